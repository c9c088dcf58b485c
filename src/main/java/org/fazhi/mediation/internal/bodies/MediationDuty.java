package org.fazhi.mediation.internal.bodies;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One mediator on duty at a body on one day of the week (1 Monday … 7 Sunday): the room's duty rota. */
@Entity
public class MediationDuty {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long bodyId;
	private int weekday;
	private long mediatorId;

	protected MediationDuty() {
	}

	MediationDuty(long tenantId, long bodyId, int weekday, long mediatorId) {
		this.tenantId = tenantId;
		this.bodyId = bodyId;
		this.weekday = weekday;
		this.mediatorId = mediatorId;
	}

	public Long getId() {
		return id;
	}

	public long getBodyId() {
		return bodyId;
	}

	public int getWeekday() {
		return weekday;
	}

	public long getMediatorId() {
		return mediatorId;
	}
}
