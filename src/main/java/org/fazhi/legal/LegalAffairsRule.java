package org.fazhi.legal;

import org.fazhi.shared.LegalRule;
import org.fazhi.shared.Statute;

/**
 * The guards of legal affairs: each refuses a step of a reconsideration or litigation file that the statute forbids
 * or does not yet allow, with the article in the refusal. The step names the file's step it guards.
 */
public enum LegalAffairsRule implements LegalRule {

	/** 行政复议法 第四十八条: the written answer comes with the evidence and the legal basis of the act. */
	RECONSIDERATION_ANSWER_BASIS("LEG-REC-ANSWER-BASIS", Statute.ADMINISTRATIVE_RECONSIDERATION, "第四十八条",
			"challenge.answer.basisMissing", "ANSWER"),
	/** 行政复议法 第七十三条第一款: a mediated end needs the mediation statement (行政复议调解书) signed by the parties. */
	RECONSIDERATION_MEDIATION_STATEMENT("LEG-REC-MEDIATION-STATEMENT", Statute.ADMINISTRATIVE_RECONSIDERATION,
			"第七十三条第一款", "challenge.mediation.noStatement", "OUTCOME"),
	/** 行政复议法 第七十四条: a withdrawal after settlement needs the settlement, reached before the decision. */
	RECONSIDERATION_SETTLEMENT_WITHDRAWAL("LEG-REC-SETTLEMENT-WITHDRAWAL", Statute.ADMINISTRATIVE_RECONSIDERATION,
			"第七十四条", "challenge.withdrawal.noSettlement", "OUTCOME"),
	/** 行政复议法 第七十六条: an opinion letter is answered with the correction made; only after one was received. */
	RECONSIDERATION_OPINION_LETTER("LEG-REC-OPINION-LETTER", Statute.ADMINISTRATIVE_RECONSIDERATION, "第七十六条",
			"challenge.letter.none", "LETTER_REPLY"),
	/** 行政诉讼法 第六十七条第一款: the defence comes with the evidence and the normative documents the act rests on. */
	LITIGATION_DEFENCE_EVIDENCE("LEG-LIT-DEFENCE-EVIDENCE", Statute.ADMINISTRATIVE_LITIGATION, "第六十七条第一款",
			"challenge.defence.evidenceMissing", "ANSWER"),
	/** 行政诉讼法 第三条第三款: the head appears in court, or a staff member of the body is sent, never only a lawyer. */
	LITIGATION_HEAD_IN_COURT("LEG-LIT-HEAD-IN-COURT", Statute.ADMINISTRATIVE_LITIGATION, "第三条第三款",
			"challenge.hearing.headOrStaff", "HEARING"),
	/** 重大行政决策程序暂行条例 第十五条第一款: public comment runs at least 30 days unless the urgency is stated. */
	DECISION_COMMENT_PERIOD("LEG-DEC-COMMENT-PERIOD", Statute.MAJOR_DECISIONS, "第十五条第一款",
			"decision.comment.tooShort", "CLOSE_COMMENT"),
	/** 重大行政决策程序暂行条例 第二十五条: no collective discussion without a passed legality review; nothing replaces it. */
	DECISION_LEGALITY_REVIEW("LEG-DEC-LEGALITY-REVIEW", Statute.MAJOR_DECISIONS, "第二十五条",
			"decision.discussion.noReview", "DISCUSS"),
	/** 重大行政决策程序暂行条例 第三十条第三款: the discussion is recorded as it went, dissent included. */
	DECISION_DISCUSSION_RECORDED("LEG-DEC-DISCUSSION-RECORDED", Statute.MAJOR_DECISIONS, "第三十条第三款",
			"decision.discussion.notRecorded", "DISCUSS"),
	/** 行政诉讼法 第八十五条: an appeal after 15 days from a judgment, 10 from a ruling, is out of time. */
	LITIGATION_APPEAL_PERIOD("LEG-LIT-APPEAL-PERIOD", Statute.ADMINISTRATIVE_LITIGATION, "第八十五条",
			"challenge.appeal.late", "APPEAL");

	private final Definition definition;

	LegalAffairsRule(String code, Statute statute, String article, String messageKey, String step) {
		this.definition = new Definition(code, statute, article, messageKey, step);
	}

	@Override
	public Definition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "legal";
	}
}
