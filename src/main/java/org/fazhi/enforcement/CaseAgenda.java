package org.fazhi.enforcement;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.organisation.FazhiUser;
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

	private final org.fazhi.enforcement.internal.CaseWork work;

	CaseAgenda(org.fazhi.enforcement.internal.CaseWork work) {
		this.work = work;
	}

	/** Read within the user's data scope, like every other read of cases. */
	public List<Item> of(FazhiUser user) {
		return work.agenda(user, SHOWN).stream()
			.map(c -> new Item(c.getId(), c.getCaseNo(), c.getPartyName(), c.getRegisteredOn(), c.getState().name()))
			.toList();
	}
}
