package org.fazhi.enforcement.internal.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fazhi.documents.DocumentKind;
import org.fazhi.documents.DocumentKinds;
import org.fazhi.documents.Gbt9704;
import org.springframework.stereotype.Component;

/**
 * The enforcement documents (执法文书), each from its template in {@code documents/templates/enforcement/}: every
 * template states the title, the number, the body, the issuing body and the date.
 */
@Component
class EnforcementDocumentKinds implements DocumentKinds {

	static final String MODULE = "enforcement";

	@Override
	public List<DocumentKind> kinds() {
		return Arrays.stream(CaseDocument.Type.values())
			.map(type -> new DocumentKind(MODULE, type.name(), type.messageKey(), Gbt9704.FIELDS,
					Set.of("title", "number", "paragraphs", "paragraphs.text", "issuer", "date")))
			.toList();
	}
}
