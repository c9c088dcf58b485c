/**
 * Documents: official documents (公文、执法文书) rendered from DOCX templates laid out per GB/T 9704, a template per
 * document kind and module; an administrator may replace a tenant's template with their own, versioned and checked
 * against the fields it uses; document numbers (文号) per series and year. Each module declares its kinds
 * ({@link org.fazhi.documents.DocumentKinds}) and renders through {@link org.fazhi.documents.OfficialDocuments}.
 */
package org.fazhi.documents;
