package org.fazhi.ledger.internal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.LedgerWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's ledgers, filled the way an office fills them: sheets in the import template's shape, imported by the
 * people who keep each ledger (the justice office, the two outside lawyers, the community workers of 东乐 and 金鹏, an
 * enforcement officer, the emergency and safety office). 2024 gives the report's figures: 410 consultations for
 * residents' committees, joint-stock companies and residents and 20 for enterprises, 6 lectures, 25 publicity events
 * held with the enforcement departments reaching 1,086 copies and 20,460 people, 17 safety boards, 2 education sites
 * and 90 safety events; 32 trainings of enforcement officers, 6 of 法律明白人 and the first-responder trainings whose
 * roster holds 393 distinct persons (37 came twice); the rule-of-law work meeting, 12 meetings of the 依法治街委员会,
 * the party committee's study of law, petition and property meetings that analysed disputes; responsibility letters
 * with all 9 communities and commitment letters with enterprises and 三小场所. 2023 is smaller and the current year has
 * begun. Rows are drawn from a fixed seed.
 */
@Component
@Profile("demo")
class DemoLedgers implements org.fazhi.shared.DemoPart {

	/** What one year holds. */
	record DemoYear(int year, int advisorConsultations, int advisor2Consultations, int communityConsultations,
			int enterpriseConsultations, int lectures, int publicity, int publicityWithDepartments, int materials,
			int people, int boards, int sites, int safetyEvents) {
	}

	static final List<DemoYear> YEARS = List.of(new DemoYear(2023, 230, 100, 50, 15, 5, 22, 18, 930, 17_800, 12, 1, 80),
			new DemoYear(2024, 250, 100, 60, 20, 6, 25, 25, 1_086, 20_460, 17, 2, 90));

	private static final String[] RESIDENT_KINDS = { "RESIDENT", "RESIDENT", "RESIDENT", "RESIDENTS_COMMITTEE",
			"JOINT_STOCK_COMPANY" };
	private static final String[] ENTERPRISE_KINDS = { "SMALL_MICRO_ENTERPRISE", "SMALL_MICRO_ENTERPRISE",
			"MEDIUM_SMALL_ENTERPRISE" };
	private static final String[] CHANNELS = { "WALK_IN", "WALK_IN", "PHONE", "ONLINE", "ON_SITE" };
	private static final String[][] RESIDENT_TOPICS = {
			{ "PROPERTY_MANAGEMENT", "小区物业费收取及公共收益分配问题咨询", "告知可向业主委员会查询收支公示，必要时申请调解" },
			{ "NEIGHBOURS", "楼上住户装修漏水造成损失的赔偿问题", "建议先行协商，协商不成可申请社区人民调解" },
			{ "MARRIAGE_FAMILY", "离婚后子女抚养费变更问题", "解答民法典第一千零八十五条，告知诉讼途径" },
			{ "INHERITANCE", "父母去世后房产继承及遗嘱效力问题", "解答法定继承顺序及遗嘱形式要件" },
			{ "LABOUR", "用人单位拖欠工资如何维权", "告知劳动仲裁程序及所需材料" },
			{ "CONTRACT", "房屋租赁合同提前解约押金退还问题", "解答合同约定及违约责任，建议保留证据" },
			{ "TORT", "宠物犬咬伤他人的责任承担问题", "解答民法典第一千二百四十五条饲养动物损害责任" },
			{ "ADMINISTRATIVE", "对违法建设拆除决定不服如何救济", "告知行政复议和行政诉讼的期限与途径" },
			{ "COMPANY", "股份合作公司股东分红及章程修改问题", "解答章程规定及股东会议事程序" } };
	private static final String[][] ENTERPRISE_TOPICS = {
			{ "LABOUR", "劳动合同签订及试用期约定合规问题", "梳理劳动合同必备条款，提示未签书面合同的双倍工资风险" },
			{ "CONTRACT", "采购合同违约金条款效力问题", "审阅合同条款并提出修改建议" },
			{ "COMPANY", "小微企业股权转让程序咨询", "解答公司法股权转让规定及工商变更材料" },
			{ "ADMINISTRATIVE", "首违不罚及轻微违法免罚清单适用", "解答行政处罚法第三十三条，提示整改要求" } };
	private static final String[][] LECTURES = {
			{ "ENTERPRISES", "优化法治营商环境，绿色助企发展服务" }, { "RESIDENTS", "民法典与百姓生活" },
			{ "STUDENTS", "未成年人保护法进校园" }, { "COMMUNITY_CADRES", "基层依法治理与人民调解实务" },
			{ "RESIDENTS", "防范电信网络诈骗" }, { "STAFF", "行政执法程序规范与案卷评查" },
			{ "ENTERPRISES", "企业安全生产主体责任" } };
	private static final String[][] PUBLICITY = {
			{ "SCHOOL", "宪法进校园", "CONSTITUTION、MINORS_PROTECTION", "罗湖区教育局、街道综合行政执法队", "东湖中学" },
			{ "FACTORY", "民法典进企业", "CIVIL_CODE", "街道综合行政执法队", "沙湾水厂" },
			{ "ECOLOGICAL_AREA", "生态保护法治宣传", "CIVIL_CODE、URBAN_PLANNING", "街道综合行政执法队、街道规划土地监察队",
					"大梧桐生态融合区" },
			{ "COMMUNITY", "民法典宣传月", "CIVIL_CODE、PEOPLES_MEDIATION", "街道综合行政执法队", "东乐社区广场" },
			{ "SHOPPING_AREA", "安全生产与消防法治宣传", "WORK_SAFETY、FIRE_PROTECTION", "街道应急管理办公室、街道消防安全委员会办公室",
					"东湖商业街" },
			{ "SCHOOL", "未成年人保护法宣讲", "MINORS_PROTECTION", "罗湖区教育局", "东湖小学" },
			{ "COMMUNITY", "反电信网络诈骗宣传", "ANTI_TELECOM_FRAUD", "东湖派出所", "金鹏社区党群服务中心" } };
	private static final String[][] SAFETY_EVENTS = { { "WORK_SAFETY_MONTH", "“安全生产月”咨询日活动", "6" },
			{ "DISASTER_PREVENTION_DAY", "“全国防灾减灾日”主题宣传", "5" }, { "FIRE_SAFETY_MONTH", "消防宣传月进社区", "11" },
			{ "GAS_SAFETY", "燃气安全进万家", "0" }, { "FLOOD_TYPHOON", "三防知识宣传", "0" }, { "FIRST_AID", "应急救护知识培训", "0" },
			{ "TRAFFIC_SAFETY", "电动自行车安全宣传", "0" } };

	private final LedgerWork work;
	private final List<Ledger<?>> ledgers;
	private final MessageSource messages;
	private final OrganisationDirectory directory;
	private final UserDetailsService accounts;
	private final JdbcTemplate jdbc;
	private final org.fazhi.ledger.internal.meetings.MeetingActionWork meetingActions;

	private final org.fazhi.enforcement.RegisteredEntities register;

	DemoLedgers(LedgerWork work, List<Ledger<?>> ledgers, MessageSource messages, OrganisationDirectory directory,
			UserDetailsService accounts, JdbcTemplate jdbc,
			org.fazhi.ledger.internal.meetings.MeetingActionWork meetingActions,
			org.fazhi.enforcement.RegisteredEntities register) {
		this.meetingActions = meetingActions;
		this.register = register;
		this.work = work;
		this.ledgers = ledgers;
		this.messages = messages;
		this.directory = directory;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public boolean generate() {
		var legal = user("legal");
		Integer any = jdbc.queryForObject("select count(*) from ledger_consultation where tenant_id = ?",
				Integer.class, legal.tenantId());
		if (any != null && any > 0) {
			return false;
		}
		var random = new Random(20240415L);
		List<String> communities = directory.activeCommunities(legal.tenantId()).stream()
			.map(OrganisationDirectory.CommunityRef::name).toList();
		List<DemoYear> years = new ArrayList<>(YEARS);
		int now = work.today().getYear();
		if (now > 2024) {
			years.add(new DemoYear(now, 60, 25, 15, 6, 2, 8, 8, 360, 6_400, 5, 0, 24));
		}
		for (DemoYear y : years) {
			consultations(y, random, communities);
			lectures(y, random);
			publicity(y, random);
			safety(y, random, communities);
			Rest rest = REST.getOrDefault(y.year(), REST_OF_CURRENT_YEAR);
			trainings(y, rest, random, communities);
			meetings(y, rest, random);
			meetingActions(y, random, now);
			letters(y, random, communities);
			studies(y, random);
			exams(y, random, now);
			dutyReports(y, now);
			legalLiterates(y, random, communities);
			publicityDuties(y, random);
		}
		return true;
	}

	/** The rest of a year: trainings, first responders (distinct, and how many came twice), meetings. */
	record Rest(int enforcementTrainings, int legalLiterateTrainings, int firstResponderTrainings, int cadreStudies,
			int firstResponders, int cameTwice, int committeeMeetings, int partyStudies, int petitionMeetings,
			int propertyMeetings) {
	}

	static final Map<Integer, Rest> REST = Map.of(2023, new Rest(28, 5, 6, 3, 350, 20, 11, 4, 4, 2),
			2024, new Rest(32, 6, 8, 4, 393, 37, 12, 4, 4, 3));

	private static final Rest REST_OF_CURRENT_YEAR = new Rest(20, 3, 4, 2, 180, 10, 10, 3, 3, 2);

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹" };
	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
			"娟", "涛", "明", "超", "秀英", "霞", "平" };
	private static final String[][] ENFORCEMENT_TOPICS = { { "行政处罚法与执法程序规范", "罗湖区司法局" },
			{ "行政执法“三项制度”实务", "街道司法所" }, { "执法文书制作与案卷评查", "街道法律顾问" },
			{ "城市管理执法证据收集", "区城管执法局" }, { "安全生产执法检查要点", "区应急管理局" } };

	private void trainings(DemoYear y, Rest rest, Random random, List<String> communities) {
		List<Map<String, String>> sessions = new ArrayList<>();
		int[] counts = { rest.enforcementTrainings(), rest.legalLiterateTrainings(), rest.firstResponderTrainings(),
				rest.cadreStudies() };
		String[] kinds = { "ENFORCEMENT", "LEGAL_LITERATE", "FIRST_RESPONDER", "CADRE_STUDY" };
		for (int k = 0; k < kinds.length; k++) {
			for (int n = 0; n < counts[k]; n++) {
				String[] topic = switch (kinds[k]) {
					case "ENFORCEMENT" -> ENFORCEMENT_TOPICS[n % ENFORCEMENT_TOPICS.length];
					case "LEGAL_LITERATE" -> new String[] { "法律明白人履职能力提升培训", "街道法律顾问" };
					case "FIRST_RESPONDER" -> new String[] { "应急第一响应人救护技能培训", "罗湖区红十字会" };
					default -> new String[] { "党工委理论学习中心组学法", "街道法律顾问" };
				};
				Map<String, String> row = new HashMap<>();
				row.put("occurredOn", day(y, random, 0).toString());
				row.put("trainingKind", kinds[k]);
				row.put("topic", topic[0]);
				row.put("trainer", topic[1]);
				row.put("hours", String.valueOf(2 + random.nextInt(3)));
				row.put("attendance", String.valueOf(kinds[k].equals("FIRST_RESPONDER")
						? rest.firstResponders() / Math.max(1, rest.firstResponderTrainings()) + 5 : 20 + random.nextInt(40)));
				sessions.add(row);
			}
		}
		importRows("trainings", user("legal"), sessions);
		// the first responders' sign-in sheets: each person once, the first few twice (a refresher)
		List<Map<String, String>> roster = new ArrayList<>();
		for (int i = 0; i < rest.firstResponders() + rest.cameTwice(); i++) {
			int person = i < rest.firstResponders() ? i : i - rest.firstResponders();
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, 0).toString());
			row.put("trainingKind", "FIRST_RESPONDER");
			row.put("topic", i < rest.firstResponders() ? "应急第一响应人救护技能培训" : "应急第一响应人复训");
			row.put("personName", SURNAMES[person % SURNAMES.length]
					+ GIVEN[(person / SURNAMES.length) % GIVEN.length] + (person >= SURNAMES.length * GIVEN.length
							? String.valueOf(person / (SURNAMES.length * GIVEN.length)) : ""));
			row.put("unit", communities.get((person / 7) % communities.size()) + "居委会");
			row.put("hours", "4");
			roster.add(row);
		}
		importRows("trained-persons", user("safety"), roster);
		// the enforcement officers' sign-ins: three hours a session; in 2024 all but one reach the yearly requirement
		var officers = directory.activeStaff(user("legal").tenantId()).stream()
			.filter(s -> s.role() == org.fazhi.organisation.Role.ENFORCEMENT_OFFICER)
			.sorted(java.util.Comparator.comparingLong(OrganisationDirectory.StaffMember::accountId))
			.toList();
		int belowRequirement = y.year() == 2024 ? 1 : y.year() == 2023 ? 2 : officers.size() / 2;
		List<Map<String, String>> signIns = new ArrayList<>();
		for (int o = 0; o < officers.size(); o++) {
			var officer = officers.get(o);
			int attended = o < officers.size() - belowRequirement ? 21 : 15;
			for (int n = 0; n < attended; n++) {
				Map<String, String> row = new HashMap<>();
				row.put("occurredOn", day(y, random, 0).toString());
				row.put("trainingKind", "ENFORCEMENT");
				row.put("topic", ENFORCEMENT_TOPICS[n % ENFORCEMENT_TOPICS.length][0]);
				row.put("personName", officer.fullName());
				row.put("unit", officer.departmentName());
				row.put("hours", "3");
				signIns.add(row);
			}
		}
		importRows("trained-persons", user("legal"), signIns);
	}

	private void meetings(DemoYear y, Rest rest, Random random) {
		String head = user("leader").fullName();
		String director = user("director").fullName();
		List<Map<String, String>> rows = new ArrayList<>();
		rows.add(meeting(y, random, "RULE_OF_LAW_WORK", y.year() + "年法治政府建设工作会议", head, "RULE_OF_LAW、STUDY",
				"部署全年法治政府建设重点任务，明确各部门责任分工。"));
		for (int n = 0; n < rest.committeeMeetings(); n++) {
			rows.add(meeting(y, random, "RULE_OF_LAW_COMMITTEE", "依法治街委员会第" + (n + 1) + "次会议", head,
					n % 3 == 0 ? "RULE_OF_LAW、MEDIATION" : "RULE_OF_LAW", "研究依法治街重点工作推进情况。"));
		}
		for (int n = 0; n < rest.partyStudies(); n++) {
			rows.add(meeting(y, random, "PARTY_COMMITTEE_STUDY", "党工委会议专题学法", head, "STUDY",
					"学习习近平法治思想及新修订的法律法规。"));
		}
		for (int n = 0; n < rest.petitionMeetings(); n++) {
			rows.add(meeting(y, random, "PETITION_JOINT", "信访工作联席会议", director, "MEDIATION、PUBLIC_SAFETY",
					"分析研判重点矛盾纠纷，明确化解责任人和时限。"));
		}
		for (int n = 0; n < rest.propertyMeetings(); n++) {
			rows.add(meeting(y, random, "PROPERTY_MANAGEMENT", "物业管理工作会议", director, "MEDIATION",
					"研究物业服务纠纷，推动物业调解室运行。"));
		}
		importRows("meetings", user("legal"), rows);
	}

	private static final String[][] ACTIONS = { { "RULE_OF_LAW", "梳理街道行政执法事项清单并报区司法局备案", "officer", "30" },
			{ "MEDIATION", "对重点物业纠纷开展联合调解并反馈结果", "worker", "20" },
			{ "PUBLIC_SAFETY", "完成三小场所消防安全专项检查", "safety", "45" },
			{ "RULE_OF_LAW", "组织执法人员参加案卷评查培训", "legal", "30" },
			{ "MEDIATION", "金鹏社区欠薪纠纷化解方案报街道", "worker2", "15" },
			{ "STUDY", "党工委会议专题学习新修订的行政复议法", "legal", "60" },
			{ "RULE_OF_LAW", "规划土地监察队整改案卷评查发现的问题", "officer2", "30" },
			{ "PUBLIC_SAFETY", "汛期前完成三防物资清点", "safety", "20" } };

	/**
	 * The decisions of the year's committee meetings, each its owner's deadline: in 2024 all done in time, this year
	 * the first few done and the rest running (or overdue, as real follow-up lists are).
	 */
	private void meetingActions(DemoYear y, Random random, int now) {
		if (y.year() != 2024 && y.year() != now) {
			return;
		}
		var legal = user("legal");
		List<Map<String, String>> rows = new ArrayList<>();
		for (int n = 0; n < ACTIONS.length; n++) {
			String[] action = ACTIONS[n];
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, y.year() == now ? 0 : 1 + n).toString());
			row.put("agendaTopic", action[0]);
			row.put("meetingSubject", "依法治街委员会第" + (n / 3 + 1) + "次会议");
			row.put("item", action[1]);
			row.put("ownerId", user(action[2]).fullName());
			row.put("days", action[3]);
			rows.add(row);
		}
		importRows("meeting-actions", legal, rows);
		var written = jdbc.query("select id, occurred_on, days from ledger_meeting_action where tenant_id = ? and"
				+ " occurred_on >= ? and occurred_on < ? order by id", (rs, i) -> new Object[] { rs.getLong(1),
						rs.getObject(2, LocalDate.class), rs.getInt(3) },
				legal.tenantId(), LocalDate.of(y.year(), 1, 1), LocalDate.of(y.year() + 1, 1, 1));
		LocalDate yesterday = work.today().minusDays(1);
		for (int n = 0; n < written.size(); n++) {
			LocalDate held = (LocalDate) written.get(n)[1];
			LocalDate done = held.plusDays(Math.max(1, (int) written.get(n)[2] - 5));
			if ((y.year() != now || n < 3) && !done.isAfter(yesterday)) {
				meetingActions.done(legal, (long) written.get(n)[0], done);
			}
		}
	}

	private Map<String, String> meeting(DemoYear y, Random random, String kind, String subject, String chair,
			String agenda, String decisions) {
		Map<String, String> row = new HashMap<>();
		row.put("occurredOn", day(y, random, 0).toString());
		row.put("meetingKind", kind);
		row.put("subject", subject);
		row.put("chair", chair);
		row.put("attendance", String.valueOf(12 + random.nextInt(20)));
		row.put("agenda", agenda);
		row.put("decisions", decisions);
		return row;
	}

	private void letters(DemoYear y, Random random, List<String> communities) {
		// the office signs the three letters with every community early in the year
		List<Map<String, String>> withCommunities = new ArrayList<>();
		for (String community : communities) {
			for (String kind : List.of("WORK_SAFETY", "FIRE_SAFETY", "THREE_PREVENTIONS")) {
				withCommunities.add(letter(y, random, community, kind, "COMMUNITY", community + "居委会",
						SURNAMES[withCommunities.size() % SURNAMES.length] + "书记", 3));
			}
		}
		importRows("letters", user("safety"), withCommunities);
		// the communities' commitment letters with the grid enterprises and 三小场所 of the register: 东乐 and 金鹏
		// enter theirs, each year with nearly every one of its entities (one in eight still without, to be chased)
		for (String keeper : List.of("worker", "worker2")) {
			List<Map<String, String>> rows = new ArrayList<>();
			var entities = register.active(user(keeper));
			for (int n = 0; n < entities.size(); n++) {
				if (n % 8 == (y.year() % 8)) {
					continue;
				}
				var entity = entities.get(n);
				var row = letter(y, random, null, n % 2 == 0 ? "FIRE_SAFETY" : "WORK_SAFETY",
						entity.smallVenue() ? "SMALL_VENUE" : "GRID_ENTERPRISE", entity.name(),
						SURNAMES[(n + 7) % SURNAMES.length] + "经理", 0);
				row.put("entityCode", entity.creditCode());
				rows.add(row);
			}
			importRows("letters", user(keeper), rows);
		}
	}

	private Map<String, String> letter(DemoYear y, Random random, String community, String kind, String partyKind,
			String party, String signatory, int month) {
		Map<String, String> row = new HashMap<>();
		row.put("occurredOn", day(y, random, month).toString());
		if (community != null) {
			row.put("community", community);
		}
		row.put("letterKind", kind);
		row.put("partyKind", partyKind);
		row.put("party", party);
		row.put("signatory", signatory);
		row.put("termYears", "1");
		return row;
	}

	private void consultations(DemoYear y, Random random, List<String> communities) {
		var advisor = user("advisor");
		var advisor2 = user("advisor2");
		importRows("consultations", advisor, rows(y.advisorConsultations(), n -> consultation(y, random,
				communities, advisor, RESIDENT_KINDS, RESIDENT_TOPICS)));
		importRows("consultations", advisor2, rows(y.advisor2Consultations(), n -> consultation(y, random,
				communities, advisor2, RESIDENT_KINDS, RESIDENT_TOPICS)));
		importRows("consultations", user("worker"), rows(y.communityConsultations(), n -> consultation(y, random,
				null, advisor, RESIDENT_KINDS, RESIDENT_TOPICS)));
		importRows("consultations", user("legal"), rows(y.enterpriseConsultations(), n -> consultation(y, random,
				null, n % 2 == 0 ? advisor : advisor2, ENTERPRISE_KINDS, ENTERPRISE_TOPICS)));
	}

	private Map<String, String> consultation(DemoYear y, Random random, List<String> communities, FazhiUser advisor,
			String[] kinds, String[][] topics) {
		String[] topic = topics[random.nextInt(topics.length)];
		Map<String, String> row = new HashMap<>();
		row.put("occurredOn", day(y, random, 0).toString());
		if (communities != null && !communities.isEmpty() && random.nextInt(3) > 0) {
			row.put("community", communities.get(random.nextInt(communities.size())));
		}
		row.put("askerKind", kinds[random.nextInt(kinds.length)]);
		row.put("channel", CHANNELS[random.nextInt(CHANNELS.length)]);
		row.put("topicKind", topic[0]);
		row.put("advisorId", String.valueOf(advisor.accountId()));
		row.put("summary", topic[1]);
		row.put("followUp", topic[2]);
		return row;
	}

	private void lectures(DemoYear y, Random random) {
		var legal = user("legal");
		var advisor = user("advisor");
		importRows("lectures", legal, rows(y.lectures(), n -> {
			String[] lecture = LECTURES[n % LECTURES.length];
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, 0).toString());
			row.put("audienceKind", lecture[0]);
			row.put("topic", lecture[1]);
			row.put("speaker", advisor.fullName());
			row.put("attendance", String.valueOf(40 + random.nextInt(80)));
			return row;
		}));
	}

	private void publicity(DemoYear y, Random random) {
		// the justice office holds most events; an enforcement officer and 东乐社区's worker enter their own
		int[] share = { y.publicity() - y.publicity() / 4 - y.publicity() / 6, y.publicity() / 4, y.publicity() / 6 };
		String[] keepers = { "legal", "officer", "worker" };
		int materialsLeft = y.materials();
		int peopleLeft = y.people();
		int index = 0;
		for (int k = 0; k < keepers.length; k++) {
			List<Map<String, String>> rows = new ArrayList<>();
			for (int i = 0; i < share[k]; i++, index++) {
				String[] event = PUBLICITY[index % PUBLICITY.length];
				boolean last = index == y.publicity() - 1;
				int materials = last ? materialsLeft : y.materials() / y.publicity() - 8 + random.nextInt(17);
				int people = last ? peopleLeft : y.people() / y.publicity() - 150 + random.nextInt(301);
				materialsLeft -= materials;
				peopleLeft -= people;
				Map<String, String> row = new HashMap<>();
				row.put("occurredOn", day(y, random, 0).toString());
				row.put("placeKind", event[0]);
				row.put("theme", event[1]);
				row.put("laws", event[2]);
				if (index < y.publicityWithDepartments()) {
					row.put("partners", event[3]);
				}
				row.put("place", event[4]);
				row.put("materials", String.valueOf(materials));
				row.put("people", String.valueOf(people));
				rows.add(row);
			}
			importRows("publicity", user(keepers[k]), rows);
		}
	}

	private void safety(DemoYear y, Random random, List<String> communities) {
		var safety = user("safety");
		List<Map<String, String>> places = new ArrayList<>();
		for (int i = 0; i < y.boards() + y.sites(); i++) {
			boolean board = i < y.boards();
			String community = communities.get(i % communities.size());
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, 0).toString());
			row.put("community", community);
			row.put("placeKind", board ? "SAFETY_BOARD" : "EDUCATION_SITE");
			row.put("name", community + (board ? "安全宣传栏" + (i / communities.size() + 1) : "应急科普宣教场所"));
			row.put("address", community + (board ? "党群服务中心旁" : "综合楼一层"));
			places.add(row);
		}
		importRows("safety-places", safety, places);
		int byWorkers = y.safetyEvents() / 6;
		importRows("safety-events", safety, rows(y.safetyEvents() - 2 * byWorkers, n -> safetyEvent(y, random,
				communities.get(n % communities.size()))));
		importRows("safety-events", user("worker"), rows(byWorkers, n -> safetyEvent(y, random, null)));
		importRows("safety-events", user("worker2"), rows(byWorkers, n -> safetyEvent(y, random, null)));
	}

	private Map<String, String> safetyEvent(DemoYear y, Random random, String community) {
		String[] event = SAFETY_EVENTS[random.nextInt(SAFETY_EVENTS.length)];
		Map<String, String> row = new HashMap<>();
		row.put("occurredOn", day(y, random, Integer.parseInt(event[2])).toString());
		if (community != null) {
			row.put("community", community);
		}
		row.put("themeKind", event[0]);
		row.put("title", event[1]);
		row.put("place", community == null ? "社区党群服务中心" : community + "广场");
		row.put("participants", String.valueOf(30 + random.nextInt(170)));
		return row;
	}

	private static final String[][] STUDIES = { { "CENTRAL_GROUP", "学习习近平法治思想", "CONSTITUTION" },
			{ "CENTRAL_GROUP", "学习民法典婚姻家庭编和继承编", "CIVIL_CODE" },
			{ "PARTY_BRANCH", "学习行政处罚法和行政执法“三项制度”", "URBAN_PLANNING" },
			{ "PARTY_BRANCH", "学习安全生产法和消防法", "WORK_SAFETY、FIRE_PROTECTION" },
			{ "PARTY_WORKING_COMMITTEE", "党工委会议专题学习人民调解法", "PEOPLES_MEDIATION" },
			{ "PARTY_BRANCH", "学习未成年人保护法", "MINORS_PROTECTION" },
			{ "CENTRAL_GROUP", "学习反电信网络诈骗法", "ANTI_TELECOM_FRAUD" } };

	private void studies(DemoYear y, Random random) {
		int sessions = y.year() == 2024 ? 16 : y.year() == 2023 ? 14 : 10;
		importRows("studies", user("legal"), rows(sessions, n -> {
			String[] study = STUDIES[n % STUDIES.length];
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, 0).toString());
			row.put("studyBody", study[0]);
			row.put("topic", study[1]);
			row.put("lawsStudied", study[2]);
			row.put("attendance", String.valueOf(study[0].equals("PARTY_BRANCH") ? 15 + random.nextInt(20) : 9 + random.nextInt(4)));
			row.put("minutes", "集中学习" + study[1].replace("学习", "") + "，结合街道工作交流研讨。");
			return row;
		}));
	}

	/** Every state functionary sits the exam; in 2024 all are excellent, in 2023 two were not, this year two have none yet. */
	private void exams(DemoYear y, Random random, int now) {
		var staff = directory.activeStaff(user("legal").tenantId()).stream()
			.filter(s -> org.fazhi.ledger.internal.studies.StudyLedgers.SIT_THE_EXAM.contains(s.role()))
			.sorted(java.util.Comparator.comparingLong(OrganisationDirectory.StaffMember::accountId))
			.toList();
		int sitting = y.year() == now ? staff.size() - 2 : staff.size();
		importRows("exams", user("legal"), rows(sitting, n -> {
			var member = staff.get(n);
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, 10).toString());
			row.put("sitting", "ANNUAL");
			row.put("examinee", member.fullName());
			row.put("unit", "东湖街道办事处" + member.departmentName());
			int score = y.year() == 2023 && n < 2 ? 82 + n * 3 : 90 + random.nextInt(11);
			row.put("score", String.valueOf(score));
			return row;
		}));
	}

	/** Each leader reports on the year in its last weeks; the current year's reports are not due yet. */
	private void dutyReports(DemoYear y, int now) {
		if (y.year() == now) {
			return;
		}
		var leaders = directory.activeStaff(user("legal").tenantId()).stream()
			.filter(s -> s.role() == org.fazhi.organisation.Role.LEADER)
			.sorted(java.util.Comparator.comparingLong(OrganisationDirectory.StaffMember::accountId))
			.toList();
		importRows("duty-reports", user("legal"), rows(leaders.size(), n -> {
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", LocalDate.of(y.year(), 12, 20 + n % 8).toString());
			row.put("leader", leaders.get(n).fullName());
			row.put("dutyYear", String.valueOf(y.year()));
			row.put("coversDuties", "YES");
			row.put("coversStudy", "YES");
			row.put("reportSummary", y.year() + "年度履行推进法治建设第一责任人职责、学法用法情况报告。");
			return row;
		}));
	}

	private static final String[] LITERATE_BACKGROUNDS = { "COMMUNITY_CADRE", "GRID_WORKER", "BUILDING_HEAD",
			"PARTY_MEMBER", "VOLUNTEER" };

	/** 东乐 and 金鹏 keep their own rosters and activities; the justice office enters the other communities'. */
	private void legalLiterates(DemoYear y, Random random, List<String> communities) {
		int joining = y.year() == 2023 ? 5 : y.year() == 2024 ? 2 : 1;
		int activities = y.year() == 2024 ? 6 : y.year() == 2023 ? 4 : 3;
		for (int c = 0; c < communities.size(); c++) {
			String community = communities.get(c);
			String keeper = community.startsWith("东乐") ? "worker" : community.startsWith("金鹏") ? "worker2" : "legal";
			int offset = y.year() == 2023 ? 0 : y.year() == 2024 ? 5 : 7;
			int first = c;
			importRows("legal-literates", user(keeper), rows(joining, n -> {
				int person = first * 10 + offset + n;
				Map<String, String> row = new HashMap<>();
				row.put("occurredOn", day(y, random, 3).toString());
				row.put("community", community);
				row.put("personName", personName(person + 500));
				row.put("background", LITERATE_BACKGROUNDS[person % LITERATE_BACKGROUNDS.length]);
				row.put("occupation", community + "居民");
				return row;
			}));
			importRows("legal-literate-activities", user(keeper), rows(activities, n -> {
				String kind = n % 3 == 0 ? "MEDIATION" : n % 3 == 1 ? "PUBLICITY" : "GOVERNANCE";
				Map<String, String> row = new HashMap<>();
				row.put("occurredOn", day(y, random, 0).toString());
				row.put("community", community);
				row.put("personName", personName(first * 10 + n % 5 + 500));
				row.put("activityKind", kind);
				row.put("description", switch (kind) {
					case "MEDIATION" -> "参与调解邻里漏水纠纷";
					case "PUBLICITY" -> "在小区开展民法典宣传";
					default -> "参与居民议事会修订居民公约";
				});
				row.put("people", String.valueOf(kind.equals("MEDIATION") ? 2 + random.nextInt(4) : 20 + random.nextInt(60)));
				return row;
			}));
		}
	}

	private static final String[][] PUBLICITY_DUTIES = {
			{ "ENFORCEMENT_DEPARTMENT", "街道综合行政执法队", "URBAN_PLANNING、CIVIL_CODE", "市容环境、违法建设执法中的以案释法" },
			{ "ENFORCEMENT_DEPARTMENT", "街道规划土地监察队", "URBAN_PLANNING", "查违工作法律法规进社区" },
			{ "ENFORCEMENT_DEPARTMENT", "街道应急管理办公室", "WORK_SAFETY", "安全生产法进企业、进场所" },
			{ "ENFORCEMENT_DEPARTMENT", "街道消防安全委员会办公室", "FIRE_PROTECTION", "消防法宣传和三小场所消防培训" },
			{ "FUNCTIONAL_OFFICE", "街道司法所", "CONSTITUTION、CIVIL_CODE、PEOPLES_MEDIATION", "宪法宣传周、民法典宣传月、调解案例宣讲" },
			{ "FUNCTIONAL_OFFICE", "街道党建工作办公室", "CONSTITUTION", "干部学法和党内法规学习" },
			{ "STATIONED_UNIT", "东湖派出所", "ANTI_TELECOM_FRAUD", "反电信网络诈骗宣传" },
			{ "COMMUNITY", "各社区居委会", "CIVIL_CODE、MINORS_PROTECTION", "居民法治讲堂和青少年普法" } };

	private void publicityDuties(DemoYear y, Random random) {
		int now = work.today().getYear();
		importRows("publicity-duties", user("legal"), rows(PUBLICITY_DUTIES.length, n -> {
			String[] duty = PUBLICITY_DUTIES[n];
			int planned = 2 + random.nextInt(5);
			Map<String, String> row = new HashMap<>();
			row.put("occurredOn", day(y, random, 1).toString());
			row.put("unitKind", duty[0]);
			row.put("dutyUnit", duty[1]);
			row.put("laws", duty[2]);
			row.put("promise", duty[3]);
			row.put("planned", String.valueOf(planned));
			row.put("held", String.valueOf(y.year() == now ? Math.max(0, planned - 1 - n % 2) : planned + n % 2));
			return row;
		}));
	}

	private static String personName(int person) {
		return SURNAMES[person % SURNAMES.length] + GIVEN[(person / SURNAMES.length) % GIVEN.length];
	}

	/** A day of the year, in the given month when one is named (0: any), never after yesterday. */
	private LocalDate day(DemoYear y, Random random, int month) {
		LocalDate last = LocalDate.of(y.year(), 12, 31);
		LocalDate yesterday = work.today().minusDays(1);
		if (last.isAfter(yesterday)) {
			last = yesterday;
		}
		if (month > 0 && LocalDate.of(y.year(), month, 1).isBefore(last)) {
			LocalDate first = LocalDate.of(y.year(), month, 1);
			LocalDate end = first.plusMonths(1).minusDays(1);
			end = end.isAfter(last) ? last : end;
			return first.plusDays(random.nextInt((int) (end.toEpochDay() - first.toEpochDay()) + 1));
		}
		LocalDate first = LocalDate.of(y.year(), 1, 2);
		return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
	}

	private static List<Map<String, String>> rows(int count, java.util.function.IntFunction<Map<String, String>> row) {
		List<Map<String, String>> rows = new ArrayList<>(count);
		for (int n = 0; n < count; n++) {
			rows.add(row.apply(n));
		}
		return rows;
	}

	private void importRows(String kind, FazhiUser keeper, List<Map<String, String>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Ledger<?> ledger = ledgers.stream().filter(l -> l.kind().equals(kind)).findFirst().orElseThrow();
		var result = work.importSheet(keeper, ledger, LedgerWork.sheet(ledger, messages, rows));
		if (!result.written()) {
			throw new IllegalStateException("the demo's " + kind + " sheet was refused: " + result.problems());
		}
	}

	private FazhiUser user(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}
}
