package org.fazhi.legal.internal;

import org.fazhi.legal.internal.contracts.ContractDocuments;

import java.util.List;
import java.util.Set;

import org.fazhi.documents.DocumentKind;
import org.fazhi.legal.internal.challenges.ChallengeDocuments;
import org.fazhi.documents.DocumentKinds;
import org.fazhi.documents.Gbt9704;
import org.springframework.stereotype.Component;

/** The documents of legal affairs, each from its template in {@code documents/templates/legal/}. */
@Component
class LegalDocumentKinds implements DocumentKinds {

	@Override
	public List<DocumentKind> kinds() {
		var required = Set.of("title", "number", "paragraphs", "paragraphs.text", "issuer", "date");
		return java.util.stream.Stream.of(ContractDocuments.OPINION, ChallengeDocuments.ANSWER, ChallengeDocuments.DEFENCE)
			.map(type -> new DocumentKind(ContractDocuments.MODULE, type, "legalDocument." + type, Gbt9704.FIELDS,
					required))
			.toList();
	}
}
