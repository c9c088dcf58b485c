/**
 * Files: attachments (evidence, photos, sign-in sheets, documents) checked by content, hashed (SHA-256, SM3), stored
 * outside the web root under generated names, and served only as downloads to those allowed to read their record.
 */
package org.fazhi.files;
