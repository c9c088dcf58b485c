package org.fazhi.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** An in-app reminder to the responsible person: once when a deadline falls due soon, once when it is overdue. */
@Entity
public class DeadlineReminder {

	public enum Kind {
		DUE_SOON, OVERDUE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Deadline deadline;
	private long tenantId;
	private long accountId;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private LocalDate raisedOn;
	private Instant readAt;

	protected DeadlineReminder() {
	}

	DeadlineReminder(Deadline deadline, Kind kind, LocalDate raisedOn) {
		this.deadline = deadline;
		this.tenantId = deadline.getTenantId();
		this.accountId = deadline.getResponsibleAccountId();
		this.kind = kind;
		this.raisedOn = raisedOn;
	}

	void markRead() {
		if (readAt == null) {
			readAt = Instant.now();
		}
	}

	public Long getId() {
		return id;
	}

	public Deadline getDeadline() {
		return deadline;
	}

	public long getAccountId() {
		return accountId;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	public Instant getReadAt() {
		return readAt;
	}
}
