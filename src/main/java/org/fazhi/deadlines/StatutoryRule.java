package org.fazhi.deadlines;

/**
 * The statutory periods Fazhi counts, each with the statute and article that set it. The name and the trigger event
 * of each rule are in the message bundles ({@code rule.CODE.name}, {@code rule.CODE.trigger}).
 *
 * <p>{@code maximumExtension}: the longest extension the statute allows, in the rule's unit; {@code 0} means the
 * statute provides none, {@code UNLIMITED} that the parties may agree on any.
 */
public enum StatutoryRule {

	/** 行政处罚法 第六十条: decide within 90 days of filing. */
	PENALTY_DECISION("行政处罚法", "第六十条", 90, PeriodUnit.DAYS, false, 0),
	/** 行政处罚法 第六十一条, 第八十五条: serve the decision within 7 working days when the party was absent. */
	PENALTY_SERVICE("行政处罚法", "第六十一条、第八十五条", 7, PeriodUnit.WORKING_DAYS, false, 0),
	/** 行政处罚法 第六十四条第一项, 第八十五条: the party asks for a hearing within 5 working days of the notice. */
	HEARING_REQUEST("行政处罚法", "第六十四条第（一）项、第八十五条", 5, PeriodUnit.WORKING_DAYS, false, 0),
	/**
	 * 行政处罚法 第四十四条、第四十五条、第六十二条: the party states and defends within the period the notice gives; the
	 * statute sets no length, provinces and offices do (a secondary source: {@link #locallySet()}, default 3 working
	 * days, {@code fazhi.enforcement.defence-working-days}).
	 */
	STATEMENT_DEFENCE("行政处罚法", "第四十五条、第六十二条", 3, PeriodUnit.WORKING_DAYS, false, 0),
	/** 行政处罚法 第六十四条第二项, 第八十五条: notify the hearing at least 7 working days before it. */
	HEARING_NOTICE("行政处罚法", "第六十四条第（二）项、第八十五条", 7, PeriodUnit.WORKING_DAYS, true, 0),
	/** 行政处罚法 第六十七条第三款: pay the fine within 15 days of receiving the decision; 第六十六条第二款: deferral. */
	FINE_PAYMENT("行政处罚法", "第六十七条第三款、第六十六条第二款", 15, PeriodUnit.DAYS, false, -1 /* UNLIMITED */),
	/** 行政强制法 第五十四条, 第六十九条: the court is applied to no sooner than 10 working days after the urging notice. */
	ENFORCEMENT_URGING("行政强制法", "第五十四条、第六十九条", 10, PeriodUnit.WORKING_DAYS, false, 0),
	/**
	 * 行政强制法 第五十三条: apply to the court within three months of the end of the periods for reconsideration and
	 * litigation (行政诉讼法 第四十六条: six months), or of an approved deferral (行政处罚法 第七十二条第二款).
	 */
	COURT_ENFORCEMENT("行政强制法", "第五十三条", 3, PeriodUnit.MONTHS, false, 0),
	/** 行政处罚法 第四十八条第二款, 第八十五条: withdraw a changed or revoked published decision within 3 working days. */
	PUBLICATION_WITHDRAWAL("行政处罚法", "第四十八条第二款、第八十五条", 3, PeriodUnit.WORKING_DAYS, false, 0),
	/** 国办发〔2018〕118号: publish penalty decisions within 7 working days. */
	PENALTY_PUBLICATION("国办发〔2018〕118号", "“及时公开执法信息”", 7, PeriodUnit.WORKING_DAYS, false, 0),
	/** 国办发〔2018〕118号: publish other enforcement results within 20 working days. */
	RESULT_PUBLICATION("国办发〔2018〕118号", "“及时公开执法信息”", 20, PeriodUnit.WORKING_DAYS, false, 0),
	/** 行政复议法 第四十八条, 第八十八条第二款: the respondent answers within 10 working days. */
	RECONSIDERATION_ANSWER("行政复议法", "第四十八条、第八十八条第二款", 10, PeriodUnit.WORKING_DAYS, false, 0),
	/** 行政复议法 第五十四条, 第八十八条第二款: answer within 5 working days in the simple procedure. */
	RECONSIDERATION_ANSWER_SIMPLE("行政复议法", "第五十四条、第八十八条第二款", 5, PeriodUnit.WORKING_DAYS, false, 0),
	/** 行政复议法 第六十二条: decide within 60 days, extendable by at most 30. */
	RECONSIDERATION_DECISION("行政复议法", "第六十二条", 60, PeriodUnit.DAYS, false, 30),
	/** 行政复议法 第七十六条: report the correction within 60 days of receiving the body's opinion letter (意见书). */
	RECONSIDERATION_OPINION_LETTER("行政复议法", "第七十六条", 60, PeriodUnit.DAYS, false, 0),
	/**
	 * 检察建议: the body performs its duty and replies in writing within two months of receiving the suggestion
	 * (最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释 第二十一条, the suggestion of 行政诉讼法
	 * 第二十五条第四款); for other suggestions the procuratorate's letter sets the period, so the length is a default the
	 * office configures ({@link #locallySet()}, {@code fazhi.legal.suggestion-reply-months}).
	 */
	PROCURATORIAL_SUGGESTION_REPLY("最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释", "第二十一条", 2,
			PeriodUnit.MONTHS, false, 0),
	/** 行政诉讼法 第六十七条: the defendant submits its defence within 15 days. */
	LITIGATION_DEFENCE("行政诉讼法", "第六十七条", 15, PeriodUnit.DAYS, false, 0),
	/** 行政诉讼法 第八十五条: appeal against a first-instance judgment within 15 days. */
	APPEAL_JUDGMENT("行政诉讼法", "第八十五条", 15, PeriodUnit.DAYS, false, 0),
	/** 行政诉讼法 第八十五条: appeal against a first-instance ruling within 10 days. */
	APPEAL_RULING("行政诉讼法", "第八十五条", 10, PeriodUnit.DAYS, false, 0),
	/** 重大行政决策程序暂行条例 第十五条: public comment open for at least 30 days. */
	DECISION_PUBLIC_COMMENT("重大行政决策程序暂行条例", "第十五条", 30, PeriodUnit.DAYS, false, 0),
	/** 人民调解法 第三十三条: apply jointly for judicial confirmation within 30 days of the agreement taking effect. */
	JUDICIAL_CONFIRMATION("人民调解法", "第三十三条", 30, PeriodUnit.DAYS, false, 0),
	/** 深圳经济特区矛盾纠纷多元化解条例 第二十五条: 30 days of mediation unless the parties agree otherwise. */
	MEDIATION("深圳经济特区矛盾纠纷多元化解条例", "第二十五条", 30, PeriodUnit.DAYS, false, StatutoryRule.UNLIMITED),
	/** 劳动争议调解仲裁法 第十四条第三款: a labour dispute not settled within 15 days of the application may go to arbitration. */
	LABOUR_MEDIATION("劳动争议调解仲裁法", "第十四条第三款", 15, PeriodUnit.DAYS, false, 0),
	/**
	 * 合同合法性审查: the outside lawyer returns the opinion on a contract within the working days the office's own rule
	 * on contract management sets (no statute sets them: {@link #locallySet()}, default 5 working days,
	 * {@code fazhi.legal.contract-review-working-days}); counted per 民事诉讼法 第八十五条 like every period.
	 */
	CONTRACT_REVIEW("本机关合同管理规定", "“合同审查时限”", 5, PeriodUnit.WORKING_DAYS, false, 0),
	/** 深圳经济特区矛盾纠纷多元化解条例 第四十五条: transfer a dispute outside one's remit within 3 working days. */
	ADMINISTRATIVE_MEDIATION_TRANSFER("深圳经济特区矛盾纠纷多元化解条例", "第四十五条", 3, PeriodUnit.WORKING_DAYS, false, 0),
	/** 深圳经济特区矛盾纠纷多元化解条例 第四十六条: decide on accepting an application within 5 working days. */
	ADMINISTRATIVE_MEDIATION_ACCEPTANCE("深圳经济特区矛盾纠纷多元化解条例", "第四十六条", 5, PeriodUnit.WORKING_DAYS, false,
			0),
	/** 深圳经济特区矛盾纠纷多元化解条例 第四十六条: 10 working days when complex or involving several bodies. */
	ADMINISTRATIVE_MEDIATION_ACCEPTANCE_COMPLEX("深圳经济特区矛盾纠纷多元化解条例", "第四十六条", 10, PeriodUnit.WORKING_DAYS,
			false, 0),
	/** 信访工作条例 第二十二条: register and direct a petition within 15 days. */
	PETITION_REGISTRATION("信访工作条例", "第二十二条", 15, PeriodUnit.DAYS, false, 0),
	/** 信访工作条例 第三十四条: resolve within 60 days, extendable by at most 30. */
	PETITION_RESOLUTION("信访工作条例", "第三十四条", 60, PeriodUnit.DAYS, false, 30),
	/** 政府信息公开条例 第三十三条: answer a disclosure request within 20 working days, extendable by 20. */
	INFORMATION_DISCLOSURE("政府信息公开条例", "第三十三条", 20, PeriodUnit.WORKING_DAYS, false, 20),
	/**
	 * 安全生产法 第一百零二条: a hazard is removed at once or within the period the rectification order sets; the
	 * length is the order's ({@link #setByOrder()}).
	 */
	HAZARD_RECTIFICATION("安全生产法", "第一百零二条", 0, PeriodUnit.DAYS, false, 0),
	/**
	 * A decision of a meeting (the 依法治街委员会, a joint meeting) assigned to its owner with the days the meeting gave:
	 * no statute sets them, the office's own rule on following up decisions does; the length is the meeting's
	 * ({@link #setByOrder()}).
	 */
	MEETING_ACTION_ITEM("本机关会议决定事项督办规定", "“决定事项办理时限”", 0, PeriodUnit.DAYS, false, 0);

	public static final int UNLIMITED = -1;

	private final String statute;
	private final String article;
	private final int length;
	private final PeriodUnit unit;
	private final boolean backwards;
	private final int maximumExtension;

	StatutoryRule(String statute, String article, int length, PeriodUnit unit, boolean backwards,
			int maximumExtension) {
		this.statute = statute;
		this.article = article;
		this.length = length;
		this.unit = unit;
		this.backwards = backwards;
		this.maximumExtension = maximumExtension;
	}

	public String code() {
		return name();
	}

	public String statute() {
		return statute;
	}

	public String article() {
		return article;
	}

	/** The citation as a person reads it: 《行政处罚法》第六十条. */
	public String citation() {
		return (statute.startsWith("国办发") || statute.startsWith("本机关") ? statute : "《" + statute + "》") + article;
	}

	public int length() {
		return length;
	}

	public PeriodUnit unit() {
		return unit;
	}

	/** Whether the period is counted back from its trigger (a latest day to act before an event). */
	public boolean backwards() {
		return backwards;
	}

	/** Whether the period's length is set by the order that starts it, not by the statute. */
	public boolean setByOrder() {
		return length == 0;
	}

	/**
	 * Whether the statute leaves the length to a secondary source (a province's rules or the office's own): the length
	 * above is a default that the registering module may replace with its configured one.
	 */
	public boolean locallySet() {
		return this == STATEMENT_DEFENCE || this == CONTRACT_REVIEW || this == PROCURATORIAL_SUGGESTION_REPLY;
	}

	public int maximumExtension() {
		return maximumExtension;
	}

	public String nameKey() {
		return "rule." + name() + ".name";
	}

	public String triggerKey() {
		return "rule." + name() + ".trigger";
	}

	public static java.util.Optional<StatutoryRule> byCode(String code) {
		for (StatutoryRule rule : values()) {
			if (rule.name().equals(code)) {
				return java.util.Optional.of(rule);
			}
		}
		return java.util.Optional.empty();
	}
}
