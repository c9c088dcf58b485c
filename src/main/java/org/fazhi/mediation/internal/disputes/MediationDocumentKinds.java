package org.fazhi.mediation.internal.disputes;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fazhi.documents.DocumentKind;
import org.fazhi.documents.DocumentKinds;
import org.fazhi.documents.Gbt9704;
import org.springframework.stereotype.Component;

/**
 * The documents of mediation, each from its template in {@code documents/templates/mediation/}: every template states
 * the title, the number, the body, the committee and the date.
 */
@Component
class MediationDocumentKinds implements DocumentKinds {

	@Override
	public List<DocumentKind> kinds() {
		return Arrays.stream(AgreementDocuments.Type.values())
			.map(type -> new DocumentKind(AgreementDocuments.MODULE, type.name(), type.messageKey(), Gbt9704.FIELDS,
					Set.of("title", "number", "paragraphs", "paragraphs.text", "issuer", "date")))
			.toList();
	}
}
