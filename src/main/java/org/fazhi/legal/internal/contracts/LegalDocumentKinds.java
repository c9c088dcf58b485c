package org.fazhi.legal.internal.contracts;

import java.util.List;
import java.util.Set;

import org.fazhi.documents.DocumentKind;
import org.fazhi.documents.DocumentKinds;
import org.fazhi.documents.Gbt9704;
import org.springframework.stereotype.Component;

/** The documents of legal affairs, each from its template in {@code documents/templates/legal/}. */
@Component
class LegalDocumentKinds implements DocumentKinds {

	@Override
	public List<DocumentKind> kinds() {
		return List.of(new DocumentKind(ContractDocuments.MODULE, ContractDocuments.OPINION,
				"legalDocument." + ContractDocuments.OPINION, Gbt9704.FIELDS,
				Set.of("title", "number", "paragraphs", "paragraphs.text", "issuer", "date")));
	}
}
