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
 * and 90 safety events; 2023 is smaller and the current year has begun. Rows are drawn from a fixed seed.
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

	DemoLedgers(LedgerWork work, List<Ledger<?>> ledgers, MessageSource messages, OrganisationDirectory directory,
			UserDetailsService accounts, JdbcTemplate jdbc) {
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
		}
		return true;
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
