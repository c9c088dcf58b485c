package org.fazhi.enforcement;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.Statute;

/**
 * The guards of administrative enforcement: each refuses a step of a case, an inspection, a hazard or a catalogue
 * entry that the statute forbids, with the article in the refusal. The step names the case step it guards (see the
 * case page), or the register, inspection, hazard, catalogue or document work it belongs to.
 */
public enum EnforcementRule implements LegalRule {

	/** 行政处罚法 第三十六条: no penalty for a violation undiscovered for two years (five where life and health). */
	LIMITATION("ENF-LIMITATION", Statute.ADMINISTRATIVE_PENALTY, "第三十六条第一款", "case.limitation", "REGISTER"),
	/** 行政处罚法 第四十二条、第五十五条: at least two enforcement officers. */
	TWO_OFFICERS("ENF-TWO-OFFICERS", Statute.ADMINISTRATIVE_PENALTY, "第四十二条第一款、第五十五条", "case.officers.two",
			"REGISTER"),
	/** 安全生产法 第一百零二条: only a hazard not removed in its period becomes a case. */
	HAZARD_NOT_ESCALATED("ENF-HAZARD-NOT-ESCALATED", Statute.WORK_SAFETY, "第一百零二条", "case.hazard.notEscalated",
			"REGISTER"),
	/** 行政处罚法 第五十四条第二款: the head of the body approves the filing. */
	FILING_BY_HEAD("ENF-FILING-BY-HEAD", Statute.ADMINISTRATIVE_PENALTY, "第五十四条第二款", "case.filing.leaderOnly",
			"APPROVE"),
	/** 行政处罚法 第四十七条: the whole-process record is audio-visual or electronic. */
	WHOLE_PROCESS_KIND("ENF-WHOLE-PROCESS-KIND", Statute.ADMINISTRATIVE_PENALTY, "第四十七条",
			"evidence.wholeProcess.kind", "EVIDENCE"),
	/** 行政处罚法 第四十七条: the whole-process record names its file, device, operator and time. */
	WHOLE_PROCESS_COMPLETE("ENF-WHOLE-PROCESS-COMPLETE", Statute.ADMINISTRATIVE_PENALTY, "第四十七条",
			"evidence.wholeProcess.incomplete", "EVIDENCE"),
	/** 行政处罚法 第四十条: no penalty where the facts are unclear or the evidence insufficient. */
	NOTICE_NEEDS_EVIDENCE("ENF-NOTICE-NEEDS-EVIDENCE", Statute.ADMINISTRATIVE_PENALTY, "第四十条",
			"case.notice.noEvidence", "NOTICE"),
	/** 行政处罚法 第四十四条、第五十九条: the notice and the decision name the provision the party breached. */
	NOTICE_NEEDS_ARTICLE("ENF-NOTICE-NEEDS-ARTICLE", Statute.ADMINISTRATIVE_PENALTY, "第四十四条、第五十九条第一款第（二）项",
			"case.notice.noViolatedArticle", "NOTICE"),
	/** 行政处罚法 第六十三条: a hearing only for the penalties the article lists. */
	HEARING_RIGHT("ENF-HEARING-RIGHT", Statute.ADMINISTRATIVE_PENALTY, "第六十三条", "case.hearing.noRight",
			"HEARING_REQUEST"),
	/** 行政处罚法 第六十四条第（一）项: the hearing is asked for within five working days of the notice. */
	HEARING_REQUEST_PERIOD("ENF-HEARING-REQUEST-PERIOD", Statute.ADMINISTRATIVE_PENALTY, "第六十四条第（一）项、第八十五条",
			"case.hearing.requestLate", "HEARING_REQUEST"),
	/** 行政处罚法 第六十四条第（二）项: the party is notified seven working days before the hearing. */
	HEARING_NOTICE_PERIOD("ENF-HEARING-NOTICE-PERIOD", Statute.ADMINISTRATIVE_PENALTY, "第六十四条第（二）项、第八十五条",
			"case.hearing.noticeTooLate", "HEARING_NOTICE"),
	/** 行政处罚法 第六十四条第（四）项: the hearing is chaired by someone who did not investigate the case. */
	HEARING_CHAIR("ENF-HEARING-CHAIR", Statute.ADMINISTRATIVE_PENALTY, "第六十四条第（四）项",
			"case.hearing.chairInvestigated", "HEARING_NOTICE"),
	/** 行政处罚法 第五十八条: the legal review is not done by the case's investigators. */
	REVIEW_NOT_BY_INVESTIGATOR("ENF-REVIEW-NOT-BY-INVESTIGATOR", Statute.ADMINISTRATIVE_PENALTY, "第五十八条第一款",
			"case.review.investigator", "SUBMIT_REVIEW"),
	/** 行政处罚法 第五十八条第二款: a first-time reviewer holds the legal professional qualification. */
	REVIEWER_QUALIFIED("ENF-REVIEWER-QUALIFIED", Statute.ADMINISTRATIVE_PENALTY, "第五十八条第二款",
			"case.review.unqualified", "SUBMIT_REVIEW"),
	/** 行政处罚法 第五十七条第二款: collective discussion by the heads of the body. */
	DISCUSSION_BY_HEADS("ENF-DISCUSSION-BY-HEADS", Statute.ADMINISTRATIVE_PENALTY, "第五十七条第二款",
			"case.discussion.leaderOnly", "DISCUSSION"),
	/** 行政处罚法 第五十七条第一款: the officers in charge submit the result of the investigation and the proposal. */
	PROPOSAL_BY_OFFICERS("ENF-PROPOSAL-BY-OFFICERS", Statute.ADMINISTRATIVE_PENALTY, "第五十七条第一款",
			"case.propose.officers", "PROPOSE"),
	/** 行政处罚法 第五十七条第一款: the head of the body decides in the ordinary procedure. */
	DECISION_BY_HEAD("ENF-DECISION-BY-HEAD", Statute.ADMINISTRATIVE_PENALTY, "第五十七条第一款", "case.decide.headOnly",
			"DECIDE"),
	/** 行政处罚法 第五十七条第一款: the head reviews the officers' result and proposal. */
	DECISION_ON_PROPOSAL("ENF-DECISION-ON-PROPOSAL", Statute.ADMINISTRATIVE_PENALTY, "第五十七条第一款",
			"case.decide.noProposal", "DECIDE"),
	/** 行政处罚法 第四十四条、第六十二条: no decision before the party was notified of the intended penalty. */
	DECISION_AFTER_NOTICE("ENF-DECISION-AFTER-NOTICE", Statute.ADMINISTRATIVE_PENALTY, "第四十四条、第六十二条",
			"case.decide.noNotice", "DECIDE"),
	/** 行政处罚法 第四十五条、第六十二条: no proposal or decision while the party's period to state and defend runs. */
	DEFENCE_PERIOD("ENF-DEFENCE-PERIOD", Statute.ADMINISTRATIVE_PENALTY, "第四十五条第一款、第六十二条",
			"case.decide.defencePeriodOpen", "DECIDE"),
	/** 行政处罚法 第四十五条第二款: no heavier penalty because the party stated and defended. */
	NOT_HEAVIER_AFTER_DEFENCE("ENF-NOT-HEAVIER-AFTER-DEFENCE", Statute.ADMINISTRATIVE_PENALTY, "第四十五条第二款",
			"case.decide.heavierAfterDefence", "DECIDE"),
	/** 行政处罚法 第四十四条: a heavier penalty than notified needs a new notice. */
	NOT_HEAVIER_THAN_NOTICE("ENF-NOT-HEAVIER-THAN-NOTICE", Statute.ADMINISTRATIVE_PENALTY, "第四十四条",
			"case.decide.heavierThanNotice", "DECIDE"),
	/** 行政处罚法 第六十四条第（一）项: no decision while the party may still ask for a hearing. */
	HEARING_PERIOD_OPEN("ENF-HEARING-PERIOD-OPEN", Statute.ADMINISTRATIVE_PENALTY, "第六十四条第（一）项",
			"case.decide.hearingPeriodOpen", "DECIDE"),
	/** 行政处罚法 第六十五条: after a hearing, decide on its record. */
	DECISION_AFTER_HEARING("ENF-DECISION-AFTER-HEARING", Statute.ADMINISTRATIVE_PENALTY, "第六十五条",
			"case.decide.hearingPending", "DECIDE"),
	/** 行政处罚法 第五十八条: the legal review passes before the decision in the cases the article lists. */
	DECISION_AFTER_REVIEW("ENF-DECISION-AFTER-REVIEW", Statute.ADMINISTRATIVE_PENALTY, "第五十八条第一款",
			"case.decide.noLegalReview", "DECIDE"),
	/** 行政处罚法 第五十八条: the decision keeps to what the review passed. */
	DECISION_AS_REVIEWED("ENF-DECISION-AS-REVIEWED", Statute.ADMINISTRATIVE_PENALTY, "第五十八条第一款",
			"case.decide.notAsReviewed", "DECIDE"),
	/** 行政处罚法 第五十七条第二款: complex or major cases are decided after collective discussion. */
	DECISION_AFTER_DISCUSSION("ENF-DECISION-AFTER-DISCUSSION", Statute.ADMINISTRATIVE_PENALTY, "第五十七条第二款",
			"case.decide.noDiscussion", "DECIDE"),
	/** 行政处罚法 第六十条: decide within ninety days of filing. */
	DECISION_PERIOD("ENF-DECISION-PERIOD", Statute.ADMINISTRATIVE_PENALTY, "第六十条", "case.decide.limitPassed",
			"DECIDE"),
	/** 行政处罚法 第四条、第三十四条: the fine within the statutory range of the matter. */
	FINE_IN_RANGE("ENF-FINE-IN-RANGE", Statute.ADMINISTRATIVE_PENALTY, "第四条、第三十四条", "case.fine.outsideRange",
			"DECIDE"),
	/** 行政处罚法 第三十四条: the fine within the chosen discretion level. */
	FINE_IN_LEVEL("ENF-FINE-IN-LEVEL", Statute.ADMINISTRATIVE_PENALTY, "第三十四条", "case.fine.outsideLevel", "DECIDE"),
	/** 行政处罚法 第五十九条第一款第（四）项: the decision states how and where to pay. */
	DECISION_STATES_PAYMENT("ENF-DECISION-STATES-PAYMENT", Statute.ADMINISTRATIVE_PENALTY, "第五十九条第一款第（四）项",
			"document.payment.missing", "DECIDE"),
	/** 行政处罚法 第五十一条: the simple procedure only for a warning or a small fine. */
	SUMMARY_LIMIT("ENF-SUMMARY-LIMIT", Statute.ADMINISTRATIVE_PENALTY, "第五十一条", "case.summary.limit", "SUMMARY"),
	/** 行政处罚法 第六十六条第二款: a deferral moves the payment period later. */
	DEFERRAL_LATER("ENF-DEFERRAL-LATER", Statute.ADMINISTRATIVE_PENALTY, "第六十六条第二款", "case.defer.notLater",
			"DEFER"),
	/** 行政处罚法 第六十六条第二款: instalments within the number the office allows. */
	INSTALMENTS("ENF-INSTALMENTS", Statute.ADMINISTRATIVE_PENALTY, "第六十六条第二款", "case.instalments.range", "DEFER"),
	/** 行政处罚法 第七十二条第一款第（一）项: the late-payment surcharge is paid with the fine. */
	SURCHARGE("ENF-SURCHARGE", Statute.ADMINISTRATIVE_PENALTY, "第七十二条第一款第（一）项", "case.pay.amount", "PAY"),
	/** 行政强制法 第五十四条: the party is urged before the court is applied to. */
	COURT_AFTER_URGING("ENF-COURT-AFTER-URGING", Statute.ADMINISTRATIVE_COERCION, "第五十四条", "case.court.notUrged",
			"COURT"),
	/** 行政强制法 第五十四条: ten working days after the urging notice was served. */
	COURT_URGING_PERIOD("ENF-COURT-URGING-PERIOD", Statute.ADMINISTRATIVE_COERCION, "第五十四条、第六十九条",
			"case.court.urgingPeriod", "COURT"),
	/** 行政强制法 第五十三条: after the periods for reconsideration and litigation end. */
	COURT_NOT_BEFORE_REMEDIES("ENF-COURT-NOT-BEFORE-REMEDIES", Statute.ADMINISTRATIVE_COERCION, "第五十三条",
			"case.court.tooEarly", "COURT"),
	/** 行政强制法 第五十三条: within three months of their end. */
	COURT_WITHIN_THREE_MONTHS("ENF-COURT-WITHIN-THREE-MONTHS", Statute.ADMINISTRATIVE_COERCION, "第五十三条",
			"case.court.tooLate", "COURT"),
	/** 行政处罚法 第四十八条第二款: only a published decision that was changed or revoked is withdrawn. */
	WITHDRAW_PUBLICATION("ENF-WITHDRAW-PUBLICATION", Statute.ADMINISTRATIVE_PENALTY, "第四十八条第二款",
			"case.withdraw.notPublished", "WITHDRAW"),
	/** 个人信息保护法 第二十八条: no identity numbers, telephone numbers, names or addresses in the published summary. */
	PUBLICATION_WITHOUT_PERSONAL_DATA("ENF-PUBLICATION-WITHOUT-PERSONAL-DATA", Statute.PERSONAL_INFORMATION,
			"第六条、第二十八条", "case.publish.leak", "PUBLISH"),
	/** 行政处罚法 第四十二条: an inspection by two different officers. */
	INSPECTION_TWO_OFFICERS("ENF-INSPECTION-TWO-OFFICERS", Statute.ADMINISTRATIVE_PENALTY, "第四十二条第一款",
			"inspection.officers.two", "INSPECT"),
	/** 行政处罚法 第四十二条: no random draw with fewer than two officers on duty. */
	INSPECTION_OFFICERS_ON_DUTY("ENF-INSPECTION-OFFICERS-ON-DUTY", Statute.ADMINISTRATIVE_PENALTY, "第四十二条第一款",
			"inspection.officers.tooFew", "INSPECT"),
	/** 安全生产法 第一百零二条: a hazard becomes a case only after its rectification period ends. */
	ESCALATE_AFTER_PERIOD("ENF-ESCALATE-AFTER-PERIOD", Statute.WORK_SAFETY, "第一百零二条", "hazard.escalate.beforeDue",
			"ESCALATE"),
	/** 行政处罚法 第三十四条: a discretion level inside the statutory range. */
	DISCRETION_IN_RANGE("ENF-DISCRETION-IN-RANGE", Statute.ADMINISTRATIVE_PENALTY, "第三十四条",
			"discretion.outsideRange", "CATALOGUE"),
	/** 行政处罚法 第五十九条: a matter names the articles of its penalty. */
	MATTER_ARTICLES("ENF-MATTER-ARTICLES", Statute.ADMINISTRATIVE_PENALTY, "第五十九条第一款第（三）项",
			"matter.articles.format", "CATALOGUE");

	private final Definition definition;

	EnforcementRule(String code, Statute statute, String article, String messageKey, String step) {
		this.definition = new Definition(code, statute, article, messageKey, step);
	}

	@Override
	public Definition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "enforcement";
	}
}
