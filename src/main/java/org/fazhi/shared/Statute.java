package org.fazhi.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statutes and policy documents whose articles Fazhi keeps, with the text each one is served from
 * ({@code data/laws/}, copied from the national laws and regulations database, see {@code data/SOURCES.md}). The
 * English name is in the message bundles ({@code statute.CODE}).
 */
public enum Statute {

	ADMINISTRATIVE_PENALTY("行政处罚法", "行政处罚法(2021-01-22).md"),
	ADMINISTRATIVE_COERCION("行政强制法", "行政强制法(2011-06-30).md"),
	WORK_SAFETY("安全生产法", "安全生产法(2021-06-10).md"),
	PERSONAL_INFORMATION("个人信息保护法", "个人信息保护法(2021-08-20).md"),
	ADMINISTRATIVE_RECONSIDERATION("行政复议法", "行政复议法(2023-09-01).md"),
	ADMINISTRATIVE_LITIGATION("行政诉讼法", "行政诉讼法(2017-06-27).md"),
	CIVIL_PROCEDURE("民事诉讼法", "民事诉讼法(2023-09-01).md"),
	MAJOR_DECISIONS("重大行政决策程序暂行条例", "重大行政决策程序暂行条例(2019-04-20).md"),
	PEOPLES_MEDIATION("人民调解法", "人民调解法(2010-08-28).md"),
	SHENZHEN_DISPUTES("深圳经济特区矛盾纠纷多元化解条例", "深圳经济特区矛盾纠纷多元化解条例(2022-03-28).md"),
	LABOUR_DISPUTES("劳动争议调解仲裁法", "劳动争议调解仲裁法(2007-12-29).md"),
	JUDICIAL_CONFIRMATION_RULES("最高人民法院关于人民调解协议司法确认程序的若干规定",
			"最高人民法院关于人民调解协议司法确认程序的若干规定(2011-03-23).md"),
	PROPERTY_MANAGEMENT("物业管理条例", "物业管理条例(2018-03-19).md"),
	PETITIONS("信访工作条例", "信访工作条例(2022-02-25).md"),
	INFORMATION_DISCLOSURE("政府信息公开条例", "政府信息公开条例(2019-04-03).md"),
	HOLIDAYS("全国年节及纪念日放假办法", "全国年节及纪念日放假办法(2024-11-10).md"),
	/** 国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见; no text served. */
	THREE_SYSTEMS_OPINION("国办发〔2018〕118号", null),
	/** 最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释 (2018, amended 2020); no text served. */
	PUBLIC_INTEREST_LITIGATION_INTERPRETATION("最高人民法院、最高人民检察院关于检察公益诉讼案件适用法律若干问题的解释", null),
	/** The office's own rule on contract management (its review period); each office keeps its own, no text served. */
	OWN_CONTRACT_RULES("本机关合同管理规定", null),
	/** The office's own rule on following up the decisions of its meetings (督办); no text served. */
	OWN_FOLLOW_UP_RULES("本机关会议决定事项督办规定", null);

	private final String chineseName;
	private final String textFile;

	Statute(String chineseName, String textFile) {
		this.chineseName = chineseName;
		this.textFile = textFile;
	}

	public String chineseName() {
		return chineseName;
	}

	/** The file under {@code data/laws/} holding the text, or empty when Fazhi serves no text of it. */
	public Optional<String> textFile() {
		return Optional.ofNullable(textFile);
	}

	public static Optional<Statute> byChineseName(String name) {
		return Arrays.stream(values()).filter(statute -> statute.chineseName.equals(name)).findFirst();
	}
}
