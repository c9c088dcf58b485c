package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fazhi.enforcement.internal.cases.CaseDocuments;
import org.fazhi.enforcement.internal.cases.CasePublishing;
import org.fazhi.enforcement.internal.cases.CaseWork;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the files of reconsideration and litigation (legal affairs): the penalty case a challenge is brought against,
 * read within the user's scope like every read of cases — its decision, facts, legal basis, evidence and documents,
 * which the answer (行政复议答复书) and the defence (答辩状) list; and the feedback of a decision that changed or revoked
 * it (行政复议法 第七十七条), after which enforcement's own rule withdraws the publication.
 */
@Service
@Transactional(readOnly = true)
public class ChallengedDecisions {

	/** One piece of evidence: its kind ({@code kindKey}, a message key), what it is, when it was collected. */
	public record Evidence(String kindKey, String description, LocalDate collectedOn) {
	}

	/** One document of the case: its type ({@code typeKey}, a message key) and its number. */
	public record Document(String typeKey, String docNo) {
	}

	/** What a challenge needs of the case it is brought against. */
	public record CaseFile(long caseId, String caseNo, String decisionNo, String party, String matter,
			String citation, LocalDate decidedOn, String facts, Long fine, boolean revoked, List<Evidence> evidence,
			List<Document> documents) {
	}

	private final CaseWork work;
	private final CaseDocuments documents;
	private final CasePublishing publishing;

	ChallengedDecisions(CaseWork work, CaseDocuments documents, CasePublishing publishing) {
		this.work = work;
		this.documents = documents;
		this.publishing = publishing;
	}

	/** The case with this case number or decision number, when the user reads it. */
	public Optional<CaseFile> byNumber(FazhiUser user, String number) {
		String n = Input.trim(number);
		if (n == null || n.length() > 60) {
			return Optional.empty();
		}
		return work.byNumber(user, n).map(c -> file(user, c));
	}

	/** The decisions of a year that the user reads and that stand (not revoked), the earliest first. */
	public List<CaseFile> decidedIn(FazhiUser user, int year, int most) {
		return work.decidedIn(user, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), Math.min(Math.max(most, 1), 100))
			.stream().map(c -> file(user, c)).toList();
	}

	/** The case, when the user reads it. */
	public Optional<CaseFile> of(FazhiUser user, long caseId) {
		try {
			return Optional.of(file(user, work.get(user, caseId)));
		}
		catch (org.fazhi.shared.NotFound ex) {
			return Optional.empty();
		}
	}

	private CaseFile file(FazhiUser user, PenaltyCase c) {
		var matter = work.matterOf(c);
		var evidence = work.evidence(user, c.getId()).stream()
			.map(e -> new Evidence(e.getKind().messageKey(), e.getDescription(), e.getCollectedOn())).toList();
		var docs = documents.of(user, c.getId()).stream()
			.map(d -> new Document(d.getDocType().messageKey(), d.getDocNo())).toList();
		return new CaseFile(c.getId(), c.getDisplayNo(), c.getDecisionNo(), c.getPartyName(), matter.getName(),
				matter.getCitation(), c.getDecidedOn(), c.getFacts(), c.getFine(), c.getRevokedOn() != null, evidence,
				docs);
	}

	/**
	 * A reconsideration body or a court changed, revoked or found unlawful or void the case's decision: enforcement
	 * records it on the case (once) and its own rule then asks for the publication to be withdrawn.
	 */
	@Transactional
	public boolean overturned(FazhiUser user, long caseId, LocalDate on, String reason) {
		return publishing.revokeByOutcome(user, caseId, on, reason);
	}
}
