package org.fazhi.mediation;

import java.util.Optional;

import org.fazhi.mediation.internal.MediationRecords;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.Disputes;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.Input;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other work lines that link to a dispute the mediation committee handled (a reconsideration settled after
 * mediation): the dispute with a number, read within the user's scope like every read of disputes.
 */
@Service
@Transactional(readOnly = true)
public class MediatedDisputes {

	/** A dispute as another module links to it; {@code stateKey} is a message key. */
	public record Linked(long id, String disputeNo, String summary, String stateKey) {
	}

	private final Disputes disputes;

	MediatedDisputes(Disputes disputes) {
		this.disputes = disputes;
	}

	public Optional<Linked> byNumber(FazhiUser user, String disputeNo) {
		String n = Input.trim(disputeNo);
		if (n == null || n.length() > 40) {
			return Optional.empty();
		}
		org.springframework.data.jpa.domain.Specification<Dispute> numbered = (root, query, cb) -> cb
			.equal(root.get("disputeNo"), n);
		return disputes.findOne(DataScopes.<Dispute>readable(user, MediationRecords.DISPUTE).and(numbered))
			.map(d -> new Linked(d.getId(), d.getDisputeNo(), d.getSummary(), d.getState().messageKey()));
	}
}
