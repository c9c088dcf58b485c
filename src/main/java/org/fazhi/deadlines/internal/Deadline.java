package org.fazhi.deadlines.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.fazhi.deadlines.Pause;
import org.fazhi.deadlines.PeriodArithmetic;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.shared.RuleViolation;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A statutory deadline of one record: the rule, the day that set it running, its pauses and extensions, and the due
 * day that follows from them. Each change recomputes the due day; a refused change names the rule behind it.
 */
@Entity
@Audited
public class Deadline {

	public enum State {
		OPEN, PAUSED, COMPLETED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private Long departmentId;
	private Long communityId;
	private String recordType;
	private String recordId;
	private String title;
	private String ruleCode;
	private LocalDate triggerDate;
	private Integer baseLength;
	private int extensionLength;
	private LocalDate dueDate;
	private long responsibleAccountId;
	private String responsibleName;
	@Enumerated(EnumType.STRING)
	private State state = State.OPEN;
	private LocalDate completedOn;
	private Boolean completedOnTime;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 50)
	@JoinColumn(name = "deadline_id", nullable = false)
	@OrderBy("pausedFrom")
	@NotAudited
	private List<DeadlinePause> pauses = new ArrayList<>();
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 50)
	@JoinColumn(name = "deadline_id", nullable = false)
	@OrderBy("approvedOn")
	@NotAudited
	private List<DeadlineExtension> extensions = new ArrayList<>();

	protected Deadline() {
	}

	Deadline(long tenantId, Long departmentId, Long communityId, String recordType, String recordId, String title,
			StatutoryRule rule, LocalDate triggerDate, long responsibleAccountId, String responsibleName,
			long createdBy, Integer baseLength, PeriodArithmetic periods) {
		this.baseLength = baseLength;
		this.tenantId = tenantId;
		this.departmentId = departmentId;
		this.communityId = communityId;
		this.recordType = recordType;
		this.recordId = recordId;
		this.title = title;
		this.ruleCode = rule.code();
		this.triggerDate = triggerDate;
		this.responsibleAccountId = responsibleAccountId;
		this.responsibleName = responsibleName;
		this.createdBy = createdBy;
		recompute(periods);
	}

	StatutoryRule rule() {
		return StatutoryRule.valueOf(ruleCode);
	}

	private void recompute(PeriodArithmetic periods) {
		StatutoryRule rule = rule();
		int length = (baseLength != null ? baseLength : rule.length()) + extensionLength;
		this.dueDate = rule.backwards() ? periods.before(triggerDate, length, rule.unit()).due()
				: periods.after(triggerDate, length, rule.unit(), closedPauses()).due();
	}

	private List<Pause> closedPauses() {
		return pauses.stream().filter(p -> p.getResumedOn() != null)
			.map(p -> new Pause(p.getPausedFrom(), p.getResumedOn())).toList();
	}

	/** The period stops running from {@code from} on (中止), for example while waiting for an expert opinion. */
	void pause(LocalDate from, String reason, long by) {
		if (state != State.OPEN) {
			throw new RuleViolation(null, "deadline.pause.notOpen");
		}
		if (rule().backwards()) {
			throw new RuleViolation(null, "deadline.pause.backwards", rule().citation());
		}
		if (!from.isAfter(triggerDate)) {
			throw new RuleViolation("from", "deadline.pause.beforeStart", triggerDate);
		}
		if (from.isAfter(dueDate)) {
			throw new RuleViolation("from", "deadline.pause.afterDue", dueDate);
		}
		pauses.add(new DeadlinePause(from, reason, by));
		state = State.PAUSED;
	}

	/** The period runs again from {@code on}, which is counted. */
	void resume(LocalDate on, PeriodArithmetic periods) {
		if (state != State.PAUSED) {
			throw new RuleViolation(null, "deadline.resume.notPaused");
		}
		DeadlinePause open = pauses.stream().filter(p -> p.getResumedOn() == null).findFirst().orElseThrow();
		if (on.isBefore(open.getPausedFrom())) {
			throw new RuleViolation("on", "deadline.resume.beforePause", open.getPausedFrom());
		}
		open.resume(on);
		state = State.OPEN;
		recompute(periods);
	}

	/** Extends the period as far as the statute allows, recording who approved it and why. */
	void extend(int length, String approvedBy, String reason, LocalDate approvedOn, long by,
			PeriodArithmetic periods) {
		StatutoryRule rule = rule();
		if (state == State.COMPLETED) {
			throw new RuleViolation(null, "deadline.completed");
		}
		if (rule.maximumExtension() == 0) {
			throw RuleViolation.underWithMessage(DeadlineRules.of(rule), "deadline.extension.notProvided", "length",
					rule.citation());
		}
		if (length < 1) {
			throw new RuleViolation("length", "deadline.extension.length");
		}
		if (rule.maximumExtension() != StatutoryRule.UNLIMITED
				&& extensionLength + length > rule.maximumExtension()) {
			throw RuleViolation.underWithMessage(DeadlineRules.of(rule), "deadline.extension.tooLong", "length",
					rule.citation(), rule.maximumExtension(),
					extensionLength);
		}
		extensions.add(new DeadlineExtension(length, approvedBy, reason, approvedOn, by));
		extensionLength += length;
		if (state == State.OPEN) {
			recompute(periods);
		}
	}

	/** The deadline is met (or its record closed) on {@code on}; it was on time if that is no later than the due day. */
	void complete(LocalDate on) {
		if (state == State.COMPLETED) {
			throw new RuleViolation(null, "deadline.completed");
		}
		pauses.stream().filter(p -> p.getResumedOn() == null).forEach(p -> p.resume(on));
		state = State.COMPLETED;
		completedOn = on;
		completedOnTime = !on.isAfter(dueDate);
	}

	void changeResponsible(long accountId, String name) {
		this.responsibleAccountId = accountId;
		this.responsibleName = name;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public String getRecordType() {
		return recordType;
	}

	public String getRecordId() {
		return recordId;
	}

	public String getRuleCode() {
		return ruleCode;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getTriggerDate() {
		return triggerDate;
	}

	public int getExtensionLength() {
		return extensionLength;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public long getResponsibleAccountId() {
		return responsibleAccountId;
	}

	public String getResponsibleName() {
		return responsibleName;
	}

	public State getState() {
		return state;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public Boolean getCompletedOnTime() {
		return completedOnTime;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public List<DeadlinePause> getPauses() {
		return List.copyOf(pauses);
	}

	public List<DeadlineExtension> getExtensions() {
		return List.copyOf(extensions);
	}
}
