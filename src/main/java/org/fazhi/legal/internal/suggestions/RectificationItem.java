package org.fazhi.legal.internal.suggestions;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One line of a suggestion's rectification plan (整改方案): the problem it answers, the measure, the owner and the day it
 * is due by; done on a day with a note and the evidence of rectification.
 */
@Entity
@Table(name = "suggestion_item")
public class RectificationItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long suggestionId;
	private long tenantId;
	private int seq;
	private String problem;
	private String measure;
	private long ownerId;
	private LocalDate dueOn;
	private LocalDate doneOn;
	private String doneNote;
	private Long evidenceFileId;
	@Version
	private int version;

	protected RectificationItem() {
	}

	RectificationItem(long suggestionId, long tenantId, int seq, String problem, String measure, long ownerId,
			LocalDate dueOn) {
		this.suggestionId = suggestionId;
		this.tenantId = tenantId;
		this.seq = seq;
		this.problem = problem;
		this.measure = measure;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	void done(LocalDate on, String note, Long evidenceFileId) {
		this.doneOn = on;
		this.doneNote = note;
		this.evidenceFileId = evidenceFileId;
	}

	/** Past its day and not done, seen on {@code today}. */
	public boolean overdueOn(LocalDate today) {
		return doneOn == null && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public long getSuggestionId() {
		return suggestionId;
	}

	public long getTenantId() {
		return tenantId;
	}

	public int getSeq() {
		return seq;
	}

	public String getProblem() {
		return problem;
	}

	public String getMeasure() {
		return measure;
	}

	public long getOwnerId() {
		return ownerId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public String getDoneNote() {
		return doneNote;
	}

	public Long getEvidenceFileId() {
		return evidenceFileId;
	}
}
