package org.fazhi.legal.internal.suggestions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A procuratorial suggestion (检察建议) the office received: the procuratorate and its document number, the problems it
 * names, the reply period (two months from receipt by default), the rectification plan ({@link RectificationItem}s),
 * the written reply and, once every item is done, the day the problems were rectified.
 */
@Entity
public class ProcuratorialSuggestion {

	public enum State {
		RECEIVED, RECTIFYING, REPLIED, RECTIFIED;

		public String messageKey() {
			return "suggestionState." + name();
		}

		public DefaultMessageSourceResolvable asArgument() {
			return new DefaultMessageSourceResolvable(new String[] { messageKey() }, name());
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long departmentId;
	private String suggestionNo;
	private String procuratorate;
	private String documentNo;
	private LocalDate receivedOn;
	private String problems;
	private Long letterFileId;
	private long handlerId;
	@Enumerated(EnumType.STRING)
	private State state;
	private LocalDate replyDueOn;
	private Long replyDeadlineId;
	private LocalDate repliedOn;
	private String replyText;
	private Boolean repliedOnTime;
	private Long replyFileId;
	private LocalDate rectifiedOn;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected ProcuratorialSuggestion() {
	}

	ProcuratorialSuggestion(long tenantId, long departmentId, String suggestionNo, String procuratorate,
			String documentNo, LocalDate receivedOn, String problems, long handlerId, long createdBy) {
		this.tenantId = tenantId;
		this.departmentId = departmentId;
		this.suggestionNo = suggestionNo;
		this.procuratorate = procuratorate;
		this.documentNo = documentNo;
		this.receivedOn = receivedOn;
		this.problems = problems;
		this.handlerId = handlerId;
		this.createdBy = createdBy;
		this.state = State.RECEIVED;
	}

	void tracked(LocalDate due, Long deadlineId) {
		this.replyDueOn = due;
		this.replyDeadlineId = deadlineId;
	}

	void letterFiled(Long fileId) {
		this.letterFileId = fileId;
	}

	void planned() {
		if (state == State.RECEIVED) {
			state = State.RECTIFYING;
		}
	}

	void replied(LocalDate on, String text, boolean onTime, Long fileId) {
		this.repliedOn = on;
		this.replyText = text;
		this.repliedOnTime = onTime;
		this.replyFileId = fileId;
		this.state = State.REPLIED;
	}

	void rectified(LocalDate on) {
		this.rectifiedOn = on;
		this.state = State.RECTIFIED;
	}

	public boolean open() {
		return state == State.RECEIVED || state == State.RECTIFYING;
	}

	public Long getId() {
		return id;
	}

	public long getTenantId() {
		return tenantId;
	}

	public long getDepartmentId() {
		return departmentId;
	}

	public String getSuggestionNo() {
		return suggestionNo;
	}

	public String getProcuratorate() {
		return procuratorate;
	}

	public String getDocumentNo() {
		return documentNo;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public String getProblems() {
		return problems;
	}

	public Long getLetterFileId() {
		return letterFileId;
	}

	public long getHandlerId() {
		return handlerId;
	}

	public State getState() {
		return state;
	}

	public LocalDate getReplyDueOn() {
		return replyDueOn;
	}

	public Long getReplyDeadlineId() {
		return replyDeadlineId;
	}

	public LocalDate getRepliedOn() {
		return repliedOn;
	}

	public String getReplyText() {
		return replyText;
	}

	public Boolean getRepliedOnTime() {
		return repliedOnTime;
	}

	public Long getReplyFileId() {
		return replyFileId;
	}

	public LocalDate getRectifiedOn() {
		return rectifiedOn;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
