package org.fazhi.deadlines.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An approved extension of a deadline: how long, approved by whom, why. */
@Entity
public class DeadlineExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "extra_length")
	private int length;
	private String approvedBy;
	private String reason;
	private LocalDate approvedOn;
	private long recordedBy;

	protected DeadlineExtension() {
	}

	DeadlineExtension(int length, String approvedBy, String reason, LocalDate approvedOn, long recordedBy) {
		this.length = length;
		this.approvedBy = approvedBy;
		this.reason = reason;
		this.approvedOn = approvedOn;
		this.recordedBy = recordedBy;
	}

	public int getLength() {
		return length;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getApprovedOn() {
		return approvedOn;
	}
}
