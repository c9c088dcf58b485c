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

	private final org.fazhi.enforcement.internal.cases.CaseWork work;

	CaseAgenda(org.fazhi.enforcement.internal.cases.CaseWork work) {
		this.work = work;
	}

	/** A step the user took: when, what, on which case (已办). */
	public record Done(long caseId, String caseNo, String party, LocalDate on, String kind) {

		public String kindKey() {
			return "caseEvent." + kind;
		}
	}

	/** The user's latest steps on cases they still read. */
	public List<Done> doneBy(FazhiUser user) {
		return work.doneBy(user, SHOWN).stream()
			.map(e -> new Done(e.getValue().getId(), e.getValue().getDisplayNo(), e.getValue().getPartyName(),
					e.getKey().getHappenedOn(), e.getKey().getKind()))
			.toList();
	}

	/** Read within the user's data scope, like every other read of cases. */
	public List<Item> of(FazhiUser user) {
		return work.agenda(user, SHOWN).stream()
			.map(c -> new Item(c.getId(), c.getDisplayNo(), c.getPartyName(), c.getRegisteredOn(),
					c.getProposalOn() != null && c.getDecidedOn() == null && c.getState().open() ? "PROPOSED"
							: c.getState().name()))
			.toList();
	}
}
