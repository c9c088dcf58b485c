package org.fazhi.mediation;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the workbench: the open disputes that may escalate (可能激化), which the governance centre's leaders and the
 * justice office are told of at once, read within the user's scope like every other read of disputes.
 */
@Service
@Transactional(readOnly = true)
public class MediationAgenda {

	/** How many the workbench lists. */
	public static final int SHOWN = 10;

	/** A dispute that may escalate. */
	public record Alert(long disputeId, String disputeNo, String summary, int people, LocalDate receivedOn) {
	}

	private final DisputeWork work;

	MediationAgenda(DisputeWork work) {
		this.work = work;
	}

	/** Leaders, the justice office and mediators are alerted; others get none. */
	public List<Alert> alertsFor(FazhiUser user) {
		if (!user.hasRole(Role.LEADER) && !user.hasRole(Role.LEGAL_OFFICER) && !user.hasRole(Role.MEDIATOR)) {
			return List.of();
		}
		var risky = work.page(user, new DisputeWork.DisputeFilter(null, null, null, null, null, null, false, true, null,
				(root, query, cb) -> cb.isTrue(root.get("volatileRisk"))),
				PageRequest.of(0, SHOWN, Sort.by("receivedOn", "id").descending()), false);
		return risky.getContent().stream()
			.map(d -> new Alert(d.getId(), d.getDisputeNo(), d.getSummary(), d.getPeople(), d.getReceivedOn()))
			.toList();
	}
}
