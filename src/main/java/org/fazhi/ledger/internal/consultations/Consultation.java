package org.fazhi.ledger.internal.consultations;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A legal consultation (法律咨询) answered for a residents' committee, a joint-stock company, a resident or an
 * enterprise: who asked, by which channel, about what kind of question, the lawyer who answered, a summary and the
 * follow-up.
 */
@Entity
@Table(name = "ledger_consultation")
public class Consultation extends LedgerEntry {

	/** Who asked (咨询对象). */
	public enum AskerKind {
		RESIDENTS_COMMITTEE, JOINT_STOCK_COMPANY, RESIDENT, SMALL_MICRO_ENTERPRISE, MEDIUM_SMALL_ENTERPRISE, OTHER
	}

	/** How the question came (咨询方式). */
	public enum Channel {
		WALK_IN, PHONE, ONLINE, ON_SITE
	}

	/** What the question was about (咨询类别). */
	public enum TopicKind {
		CONTRACT, PROPERTY_MANAGEMENT, LABOUR, MARRIAGE_FAMILY, INHERITANCE, NEIGHBOURS, TORT, COMPANY,
		ADMINISTRATIVE, OTHER
	}

	@Enumerated(EnumType.STRING)
	private AskerKind askerKind;
	@Enumerated(EnumType.STRING)
	private Channel channel;
	@Enumerated(EnumType.STRING)
	private TopicKind topicKind;
	private Long advisorId;
	private String summary;
	private String followUp;

	protected Consultation() {
	}

	public AskerKind getAskerKind() {
		return askerKind;
	}

	public Channel getChannel() {
		return channel;
	}

	public TopicKind getTopicKind() {
		return topicKind;
	}

	public Long getAdvisorId() {
		return advisorId;
	}

	public String getSummary() {
		return summary;
	}

	public String getFollowUp() {
		return followUp;
	}
}
