package org.fazhi.legal.internal.decisions;

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
 * A major administrative decision (重大行政决策, 重大行政决策程序暂行条例) of the year's catalogue, or a normative
 * document (行政规范性文件), with the steps of its procedure: public comment (第十五条), expert review (第十九条) and risk
 * assessment (第二十二条) where needed, the legality review (第二十五条至第二十八条), the collective discussion with the
 * members' opinions and dissent (第三十条), publication (第三十二条), filing of a normative document, archive
 * (第三十三条) and post-evaluation (第三十六条).
 */
@Entity
public class MajorDecision {

	public enum Kind {
		MAJOR_DECISION, NORMATIVE_DOCUMENT;

		public String messageKey() {
			return "decisionKind." + name();
		}
	}

	public enum State {
		DRAFTING, COMMENT, REVIEW, REVIEWED, DECIDED, PUBLISHED, ARCHIVED, REJECTED;

		public String messageKey() {
			return "decisionState." + name();
		}

		public DefaultMessageSourceResolvable asArgument() {
			return new DefaultMessageSourceResolvable(new String[] { messageKey() }, name());
		}
	}

	/** The legality review's opinion (第二十八条). */
	public enum Review {
		PASSED, RETURNED;

		public String messageKey() {
			return "decisionReview." + name();
		}
	}

	/** What the head decided on the basis of the collective discussion (第三十条第一款). */
	public enum Resolution {
		ADOPTED, REJECTED, DEFERRED;

		public String messageKey() {
			return "decisionResolution." + name();
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long tenantId;
	private long departmentId;
	private String decisionNo;
	@Enumerated(EnumType.STRING)
	private Kind kind;
	private String title;
	private int catalogueYear;
	@Enumerated(EnumType.STRING)
	private State state;
	private boolean expertNeeded;
	private boolean riskNeeded;
	private LocalDate commentFrom;
	private LocalDate commentDueOn;
	private Long commentDeadlineId;
	private LocalDate commentClosedOn;
	private String shortenedReason;
	private LocalDate expertReviewOn;
	private LocalDate riskAssessedOn;
	private Long reviewerId;
	@Enumerated(EnumType.STRING)
	private Review review;
	private LocalDate reviewOn;
	private String reviewText;
	private LocalDate discussedOn;
	private String meeting;
	private String opinions;
	private String dissent;
	@Enumerated(EnumType.STRING)
	private Resolution resolution;
	private LocalDate publishedOn;
	private String publishedWhere;
	private LocalDate filedOn;
	private LocalDate archivedOn;
	private LocalDate evaluatedOn;
	private String evaluation;
	private long createdBy;
	private Instant createdAt = Instant.now();
	@Version
	private int version;

	protected MajorDecision() {
	}

	MajorDecision(long tenantId, long departmentId, String decisionNo, Kind kind, String title, int catalogueYear,
			boolean expertNeeded, boolean riskNeeded, long createdBy) {
		this.tenantId = tenantId;
		this.departmentId = departmentId;
		this.decisionNo = decisionNo;
		this.kind = kind;
		this.title = title;
		this.catalogueYear = catalogueYear;
		this.expertNeeded = expertNeeded;
		this.riskNeeded = riskNeeded;
		this.createdBy = createdBy;
		this.state = State.DRAFTING;
	}

	void commentOpened(LocalDate from, LocalDate due, Long deadlineId) {
		this.commentFrom = from;
		this.commentDueOn = due;
		this.commentDeadlineId = deadlineId;
		this.state = State.COMMENT;
	}

	void commentClosed(LocalDate on, String shortenedReason) {
		this.commentClosedOn = on;
		this.shortenedReason = shortenedReason;
		this.commentDeadlineId = null;
		this.state = State.DRAFTING;
	}

	void expertReviewed(LocalDate on) {
		this.expertReviewOn = on;
	}

	void riskAssessed(LocalDate on) {
		this.riskAssessedOn = on;
	}

	void sentForReview(long reviewerId) {
		this.reviewerId = reviewerId;
		this.review = null;
		this.state = State.REVIEW;
	}

	void reviewed(Review review, LocalDate on, String text) {
		this.review = review;
		this.reviewOn = on;
		this.reviewText = text;
		this.state = review == Review.PASSED ? State.REVIEWED : State.DRAFTING;
	}

	void discussed(LocalDate on, String meeting, String opinions, String dissent, Resolution resolution) {
		this.discussedOn = on;
		this.meeting = meeting;
		this.opinions = opinions;
		this.dissent = dissent;
		this.resolution = resolution;
		this.state = resolution == Resolution.ADOPTED ? State.DECIDED
				: resolution == Resolution.REJECTED ? State.REJECTED : State.REVIEWED;
	}

	void published(LocalDate on, String where) {
		this.publishedOn = on;
		this.publishedWhere = where;
		this.state = State.PUBLISHED;
	}

	void filed(LocalDate on) {
		this.filedOn = on;
	}

	void archived(LocalDate on) {
		this.archivedOn = on;
		this.state = State.ARCHIVED;
	}

	void evaluated(LocalDate on, String text) {
		this.evaluatedOn = on;
		this.evaluation = text;
	}

	public int getVersion() {
		return version;
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

	public String getDecisionNo() {
		return decisionNo;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public int getCatalogueYear() {
		return catalogueYear;
	}

	public State getState() {
		return state;
	}

	public boolean isExpertNeeded() {
		return expertNeeded;
	}

	public boolean isRiskNeeded() {
		return riskNeeded;
	}

	public LocalDate getCommentFrom() {
		return commentFrom;
	}

	public LocalDate getCommentDueOn() {
		return commentDueOn;
	}

	public Long getCommentDeadlineId() {
		return commentDeadlineId;
	}

	public LocalDate getCommentClosedOn() {
		return commentClosedOn;
	}

	public String getShortenedReason() {
		return shortenedReason;
	}

	public LocalDate getExpertReviewOn() {
		return expertReviewOn;
	}

	public LocalDate getRiskAssessedOn() {
		return riskAssessedOn;
	}

	public Long getReviewerId() {
		return reviewerId;
	}

	public Review getReview() {
		return review;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public String getReviewText() {
		return reviewText;
	}

	public LocalDate getDiscussedOn() {
		return discussedOn;
	}

	public String getMeeting() {
		return meeting;
	}

	public String getOpinions() {
		return opinions;
	}

	public String getDissent() {
		return dissent;
	}

	public Resolution getResolution() {
		return resolution;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public String getPublishedWhere() {
		return publishedWhere;
	}

	public LocalDate getFiledOn() {
		return filedOn;
	}

	public LocalDate getArchivedOn() {
		return archivedOn;
	}

	public LocalDate getEvaluatedOn() {
		return evaluatedOn;
	}

	public String getEvaluation() {
		return evaluation;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
