package org.fazhi.deadlines.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.fazhi.deadlines.StatutoryRule;
import org.springframework.format.annotation.DateTimeFormat;

/** Registering a deadline by hand: a matter that arrived outside Fazhi's modules (a court's complaint copy, say). */
public class DeadlineForm {

	@NotBlank(message = "{deadline.title.required}")
	@Size(max = 200, message = "{field.tooLong}")
	private String title;

	@NotNull(message = "{deadline.rule.required}")
	private StatutoryRule rule;

	@NotNull(message = "{deadline.trigger.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate triggerDate;

	@NotNull(message = "{deadline.responsible.required}")
	private Long responsibleAccountId;

	private Long communityId;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? null : title.strip();
	}

	public StatutoryRule getRule() {
		return rule;
	}

	public void setRule(StatutoryRule rule) {
		this.rule = rule;
	}

	public LocalDate getTriggerDate() {
		return triggerDate;
	}

	public void setTriggerDate(LocalDate triggerDate) {
		this.triggerDate = triggerDate;
	}

	public Long getResponsibleAccountId() {
		return responsibleAccountId;
	}

	public void setResponsibleAccountId(Long responsibleAccountId) {
		this.responsibleAccountId = responsibleAccountId;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public void setCommunityId(Long communityId) {
		this.communityId = communityId;
	}
}
