package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The penalty cases waiting for the user's own step, for the workbench: a leader's filings to approve and collective
 * discussions to hold, a legal reviewer's cases under review, an officer's open cases.
 */
@Service
@Transactional(readOnly = true)
public class CaseAgenda {

	/** How many cases the workbench lists. */
	public static final int SHOWN = 10;

	/** One case and the step it waits for ({@code caseStep.X} in the message bundles). */
	public record Item(long caseId, String caseNo, String party, LocalDate registeredOn, String step) {

		public String stepKey() {
			return "caseStep." + step;
		}
	}

	private final EntityManager entityManager;

	CaseAgenda(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	public List<Item> of(FazhiUser user) {
		String select = "select c.id, c.caseNo, c.partyName, c.registeredOn, c.state from PenaltyCase c where c.tenantId = :t";
		// the community scope is bound as a parameter, never spliced into the query
		String community = " and (:community is null or c.communityId = :community)";
		List<Object[]> rows;
		if (user.hasRole(Role.LEADER)) {
			rows = entityManager.createQuery(select + community + " and (c.state = org.fazhi.enforcement.internal."
					+ "PenaltyCase.State.REGISTERED or (c.state = org.fazhi.enforcement.internal.PenaltyCase.State.NOTIFIED"
					+ " and c.discussionOn is null and (c.complexCase = true or c.majorInterest = true"
					+ " or c.hearingRight = true))) order by c.registeredOn, c.id", Object[].class)
				.setParameter("t", user.tenantId()).setParameter("community", user.communityScope())
				.setMaxResults(SHOWN).getResultList();
		}
		else if (user.hasRole(Role.LEGAL_REVIEWER)) {
			rows = entityManager.createQuery(select + " and c.state = org.fazhi.enforcement.internal.PenaltyCase.State"
					+ ".REVIEW and c.reviewerId = :me order by c.reviewSubmittedOn, c.id", Object[].class)
				.setParameter("t", user.tenantId()).setParameter("me", user.accountId()).setMaxResults(SHOWN)
				.getResultList();
		}
		else if (user.hasRole(Role.ENFORCEMENT_OFFICER)) {
			rows = entityManager.createQuery(select + " and (c.officer1Id = :me or c.officer2Id = :me) and c.state not in"
					+ " (org.fazhi.enforcement.internal.PenaltyCase.State.CLOSED,"
					+ " org.fazhi.enforcement.internal.PenaltyCase.State.TERMINATED,"
					+ " org.fazhi.enforcement.internal.PenaltyCase.State.TRANSFERRED) order by c.registeredOn, c.id",
					Object[].class)
				.setParameter("t", user.tenantId()).setParameter("me", user.accountId()).setMaxResults(SHOWN)
				.getResultList();
		}
		else {
			return List.of();
		}
		return rows.stream()
			.map(r -> new Item((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3], ((Enum<?>) r[4]).name()))
			.toList();
	}
}
