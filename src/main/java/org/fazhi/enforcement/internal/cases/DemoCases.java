package org.fazhi.enforcement.internal.cases;

import org.fazhi.enforcement.internal.matters.EnforcementMatter;
import org.fazhi.enforcement.internal.matters.EnforcementMatters;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.HazardRecords;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.enforcement.internal.cases.PenaltyCase.Outcome;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PartyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.PenaltyKind;
import org.fazhi.enforcement.internal.cases.PenaltyCase.ServiceMethod;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo penalty cases (profile {@code demo}), each taken step by step through the same use cases as the pages, so every
 * guard applies to them. Each hazard the demo inspections escalated becomes a case under 安全生产法 第一百零二条; small
 * fines and warnings decided on the spot (简易程序) complete the year. In 2024 that makes 37 penalty decisions, the
 * figure of the 2024 report (24 after escalated hazards, 13 on the spot; one further on-the-spot decision was revoked
 * and its publication withdrawn, so it does not count); in 2023, 29. Names, identity numbers and facts are invented.
 */
@Component
@Profile("demo")
class DemoCases implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** 2024: 13 counted on-the-spot penalties and one revoked; 2023: 21. */
	record DemoYear(int year, int summaryPenalties) {
	}

	static final List<DemoYear> YEARS = List.of(new DemoYear(2023, 21), new DemoYear(2024, 14));

	private static final String[] SURNAMES = { "陈", "李", "黄", "张", "刘", "林", "吴", "郑", "王", "周" };
	private static final String[] GIVEN = { "志强", "秀英", "建华", "丽娟", "国平", "晓东", "美玲", "海涛", "桂芳", "伟明" };

	private final CaseWork work;
	private final CaseDocuments documents;
	private final CaseRecords cases;
	private final HazardRecords hazards;
	private final EnforcementMatters matters;
	private final UserDetailsService accounts;
	private final org.fazhi.organisation.OrganisationDirectory directory;

	private final OfficeDetails offices;

	DemoCases(OfficeDetails offices, CaseWork work, CaseDocuments documents, CaseRecords cases, HazardRecords hazards,
			EnforcementMatters matters, UserDetailsService accounts, org.fazhi.organisation.OrganisationDirectory directory) {
		this.directory = directory;
		this.offices = offices;
		this.work = work;
		this.documents = documents;
		this.cases = cases;
		this.hazards = hazards;
		this.matters = matters;
		this.accounts = accounts;
	}

	private FazhiUser user(String name) {
		return (FazhiUser) accounts.loadUserByUsername(name);
	}

	@Override
	public int order() {
		return 13;
	}

	@Override
	public boolean generate() {
		var leader = user("leader");
		if (cases.countByTenantId(leader.tenantId()) > 0) {
			return false;
		}
		// the office's collecting bank and account for fines, as its decisions state them (invented for the demo)
		offices.save(leader, new OfficeDetails.Office("中国银行深圳罗湖支行", "深圳市罗湖区财政局非税收入汇缴专户",
				"7654 3210 9876 5432 10", "“粤省事”小程序非税缴费", null, null));
		var officers = List.of(user("officer"), user("officer2"), user("officer3"), user("officer4"));
		var reviewer = user("reviewer");
		var catalogue = matters.findByTenantIdOrderByCode(leader.tenantId());
		var hazardMatter = catalogue.stream().filter(m -> m.getCode().equals("AQ-102-01")).findFirst().orElseThrow();
		var fireWarning = catalogue.stream().filter(m -> m.getCode().equals("XF-063-01")).findFirst().orElseThrow();
		var gasPerson = catalogue.stream().filter(m -> m.getCode().equals("RQ-049-01")).findFirst().orElseThrow();
		var communities = directory.activeCommunities(leader.tenantId()).stream().map(c -> c.id()).toList();
		var allEscalated = hazards.findAll().stream()
			.filter(h -> h.getTenantId() == leader.tenantId() && h.getState() == Hazard.State.ESCALATED)
			.toList();
		for (DemoYear year : YEARS) {
			var escalated = allEscalated.stream()
				.filter(h -> h.getClosedOn().getYear() == year.year())
				.sorted(java.util.Comparator.comparing(Hazard::getId))
				.toList();
			int k = 0;
			for (var hazard : escalated) {
				var first = officers.get(k % officers.size());
				var second = officers.get((k + 1) % officers.size());
				hazardCase(leader, first, second, reviewer, hazard, hazardMatter, k);
				k++;
			}
			for (int i = 0; i < year.summaryPenalties(); i++) {
				var first = officers.get(i % officers.size());
				var second = officers.get((i + 2) % officers.size());
				LocalDate on = LocalDate.of(year.year(), 2, 1).plusDays(i * 300L / year.summaryPenalties());
				boolean person = i % 2 == 0;
				String name = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 3 + year.year()) % GIVEN.length];
				String identity = PersonalData.withCheckCharacter("440303" + (1960 + i) + "0" + (1 + i % 9) + "1"
						+ (i % 9) + "0" + (i % 10) + "1");
				var matter = person ? gasPerson : fireWarning;
				var registration = new CaseWork.Registration(PenaltyCase.Source.PATROL, null, null,
						person ? PartyKind.PERSON : PartyKind.ORGANISATION,
						person ? name : "罗湖区东湖" + name.substring(1) + "便利店",
						person ? identity : null, "罗湖区东湖街道" + (i % 9 + 1) + "号",
						communities.get(i % communities.size()), matter.getId(),
						person ? name + "（身份证号 " + identity + "，电话 1381234" + String.format("%04d", i)
								+ "）在居民楼道内违规使用燃气瓶，经巡查发现，当场责令改正。"
								: "巡查发现该店将疏散通道用于堆放货物，当场责令改正。",
						first.accountId(), second.accountId(), on, false, false);
				if (!person) {
					registration = new CaseWork.Registration(registration.source(), null, null,
							PartyKind.ORGANISATION, registration.partyName(), "92440303MA5" + organisationCode(i),
							registration.partyAddress(), registration.communityId(), registration.matterId(),
							registration.facts(), registration.officer1Id(), registration.officer2Id(), on, false, false);
				}
				var c = work.decideOnTheSpot(first, registration, person || i % 3 == 0 ? PenaltyKind.FINE
						: PenaltyKind.WARNING, person ? Long.valueOf(200) : i % 3 == 0 ? Long.valueOf(500) : null);
				work.publish(first, c.getId(), on.plusDays(2), work.draftSummary(c));
				if (c.getPenaltyKind() == PenaltyKind.FINE) {
					work.recordPayment(first, c.getId(), on.plusDays(5), c.getFine());
				}
				if (year.year() == 2024 && i == year.summaryPenalties() - 1) {
					work.revoke(leader, c.getId(), on.plusDays(20), "经复核，当事人提交的证据表明违法事实认定有误，本机关自行撤销原决定");
					work.withdrawPublication(leader, c.getId(), on.plusDays(21));
				}
				// a past year's on-the-spot decisions are filed away once executed, as an office closes them
				documents.generate(first, c.getId(), CaseDocument.Type.DECISION);
				work.close(first, c.getId(), on.plusDays(22), documents.of(first, c.getId()));
			}
			log.info("demo cases year={} fromHazards={} onTheSpot={}", year.year(), escalated.size(),
					year.summaryPenalties());
		}
		currentWork(leader, officers.get(0), officers.get(1), gasPerson, communities.get(0));
		return true;
	}

	/**
	 * The office's work in hand today, counted back from today: a filing waiting for the head, a case in the party's
	 * statement-and-defence period, a proposal waiting for the head's decision, and a fine served and not paid in
	 * time (kept open on purpose, to show overdue handling: the urging the page then offers).
	 */
	private void currentWork(FazhiUser leader, FazhiUser first, FazhiUser second, EnforcementMatter matter,
			long community) {
		LocalDate today = work.today();
		String[][] parties = { { "赵建国", "19650312" }, { "钱美华", "19780921" }, { "孙志明", "19830105" },
				{ "周丽萍", "19900618" } };
		long[] ids = new long[parties.length];
		int[] registeredDaysAgo = { 2, 12, 30, 70 };
		for (int i = 0; i < parties.length; i++) {
			String identity = PersonalData.withCheckCharacter("440303" + parties[i][1] + "20" + i);
			ids[i] = work.register(first, new CaseWork.Registration(PenaltyCase.Source.COMPLAINT, null, null,
					PartyKind.PERSON, parties[i][0], identity, "罗湖区东湖街道" + (20 + i) + "号", community,
					matter.getId(), "群众投诉反映当事人在出租屋内擅自操作公用燃气阀门，经现场核实属实。", first.accountId(),
					second.accountId(), today.minusDays(registeredDaysAgo[i]), false, false)).getId();
		}
		for (int i = 1; i < parties.length; i++) {
			LocalDate registered = today.minusDays(registeredDaysAgo[i]);
			work.approveFiling(leader, ids[i], registered.plusDays(1));
			work.addEvidence(first, ids[i], new CaseWork.EvidenceForm(CaseEvidence.Kind.SITE_RECORD, "现场检查笔录",
					registered.plusDays(1), false, null, null, null), null, null);
		}
		// in the party's period: the page shows the proposal and the decision closed until it ends (第四十五条)
		work.notifyIntendedPenalty(first, ids[1], today.minusDays(1), PenaltyKind.FINE, 800L, null);
		// the period has run out without a statement: the officers propose, the head has yet to decide
		work.notifyIntendedPenalty(first, ids[2], today.minusDays(20), PenaltyKind.FINE, 600L, null);
		work.propose(first, ids[2], new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 600L, null,
				today.minusDays(2), "当事人在陈述、申辩期限内未提出陈述、申辩，事实清楚，证据确凿，建议罚款600元。"));
		// decided and served, and the fifteen days to pay have passed
		work.notifyIntendedPenalty(first, ids[3], today.minusDays(60), PenaltyKind.FINE, 500L, null);
		work.waiveDefence(first, ids[3], today.minusDays(59), "当事人在告知书回执上书面声明放弃陈述、申辩");
		work.propose(first, ids[3], new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 500L, null,
				today.minusDays(58), "当事人书面放弃陈述、申辩，建议罚款500元。"));
		work.decide(leader, ids[3], new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, 500L, null,
				today.minusDays(57), null));
		work.serve(first, ids[3], today.minusDays(55), ServiceMethod.IN_PERSON);
		log.info("demo cases in hand={}", ids.length);
	}

	/** A credit code with a valid check character for an invented individual business (个体工商户). */
	private static String organisationCode(int i) {
		String first17 = "92440303MA5" + String.format("%06d", 100 + i);
		return first17.substring(11) + org.fazhi.shared.CreditCodes.checkCharacter(first17);
	}

	private void hazardCase(FazhiUser leader, FazhiUser first, FazhiUser second, FazhiUser reviewer, Hazard hazard,
			EnforcementMatter matter, int k) {
		LocalDate escalatedOn = hazard.getClosedOn();
		var c = work.register(first, new CaseWork.Registration(PenaltyCase.Source.HAZARD, hazard.getId(), null, null,
				null, null, null, null, matter.getId(),
				"经复查，该单位未按照整改通知在期限内消除事故隐患：" + hazard.getDescription() + "。",
				first.accountId(), second.accountId(), escalatedOn.plusDays(1), false, false));
		long id = c.getId();
		work.approveFiling(leader, id, escalatedOn.plusDays(2));
		work.addEvidence(first, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.SITE_RECORD, "复查现场检查笔录",
				escalatedOn, false, null, null, null), null, null);
		work.addEvidence(first, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.AUDIOVISUAL, "复查执法记录仪视频",
				escalatedOn, true, "执法记录仪 DSJ-" + (1000 + k), first.fullName(), escalatedOn.atTime(10, 30)),
				"复查记录-" + id + ".mp4", new ByteArrayInputStream(mp4(id)));
		work.addEvidence(first, id, new CaseWork.EvidenceForm(CaseEvidence.Kind.PARTY_STATEMENT, "负责人询问笔录",
				escalatedOn.plusDays(3), false, null, null, null), null, null);
		if (k == 0) {
			String reason = "复查后当日已消除隐患，未造成危害后果，且系初次违法（行政处罚法第三十三条第一款）";
			work.propose(first, id, new CaseWork.Decision(Outcome.NO_PENALTY, null, null, null, escalatedOn.plusDays(7),
					reason));
			work.decide(leader, id, new CaseWork.Decision(Outcome.NO_PENALTY, null, null, null, escalatedOn.plusDays(8),
					reason));
			work.serve(first, id, escalatedOn.plusDays(9), ServiceMethod.IN_PERSON);
			closeWithFile(first, id, escalatedOn.plusDays(10));
			return;
		}
		if (k == 1 && escalatedOn.getYear() == 2024) {
			work.end(first, id, escalatedOn.plusDays(8), true, "深圳市公安局罗湖分局",
					"隐患导致人员受伤，涉嫌重大责任事故罪（行政处罚法第二十七条、第五十七条第一款第四项）");
			return;
		}
		boolean hearing = k == 2;
		long fine = hearing ? 50000 : 10000 + (k % 5) * 5000;
		LocalDate noticeOn = escalatedOn.plusDays(5);
		var noticed = work.notifyIntendedPenalty(first, id, noticeOn, PenaltyKind.FINE, fine, null);
		// 行政处罚法 第四十五条: the officers propose once the party was heard or its period ran out, the head decides
		LocalDate proposeOn = noticed.getDefenceDueOn().plusDays(1);
		LocalDate decideOn = proposeOn.plusDays(1);
		String proposal = "事实清楚，证据确凿，依据《中华人民共和国安全生产法》第一百零二条，建议处罚款" + fine + "元。";
		if (hearing) {
			work.requestHearing(first, id, noticeOn.plusDays(2));
			var chair = officers4(first, second);
			work.noticeHearing(first, id, noticeOn.plusDays(3), noticeOn.plusDays(20), "东湖街道办事处三楼会议室",
					chair.accountId());
			work.recordHearing(first, id, noticeOn.plusDays(20), "当事人称已着手整改但资金不足，请求从轻处罚；执法人员出示复查笔录和视频。");
			work.propose(first, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, fine, null,
					noticeOn.plusDays(21), "经听证，当事人所称资金不足不属于法定从轻情形，" + proposal));
			work.submitForReview(first, id, noticeOn.plusDays(21), reviewer.accountId());
			work.review(reviewer, id, noticeOn.plusDays(23), PenaltyCase.ReviewOpinion.AGREE,
					"事实清楚，证据确凿，适用依据正确，程序合法，罚款在法定幅度内。");
			work.recordDiscussion(leader, id, noticeOn.plusDays(25), "街道党工委书记、主任、分管副主任",
					"经集体讨论，同意按告知内容作出处罚决定。");
			decideOn = noticeOn.plusDays(26);
		}
		else if (k % 4 == 0) {
			work.recordDefence(first, id, noticeOn.plusDays(1), "当事人称整改材料已采购，请求减轻处罚。", true,
					"经复核，当事人提交的采购合同和付款凭证属实，已着手整改，采纳其减轻处罚的意见，罚款减少5000元。");
			fine = fine - 5000;
			proposeOn = noticeOn.plusDays(2);
			decideOn = noticeOn.plusDays(3);
			work.propose(first, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, fine, null, proposeOn,
					"当事人陈述申辩部分采纳，" + proposal.replace(String.valueOf(fine + 5000), String.valueOf(fine))));
		}
		else if (k % 4 == 1) {
			work.waiveDefence(first, id, noticeOn.plusDays(1), "当事人于告知书送达回证上书面声明放弃陈述、申辩权利");
			proposeOn = noticeOn.plusDays(2);
			decideOn = noticeOn.plusDays(3);
			work.propose(first, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, fine, null, proposeOn,
					proposal));
		}
		else {
			work.propose(first, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, fine, null, proposeOn,
					"当事人在期限内未提出陈述申辩，" + proposal));
		}
		work.decide(leader, id, new CaseWork.Decision(Outcome.PENALTY, PenaltyKind.FINE, fine, null, decideOn, null));
		LocalDate servedOn = decideOn.plusDays(2);
		work.serve(first, id, servedOn, ServiceMethod.IN_PERSON);
		// one decision each year is published late, so the on-time figure differs from the count
		work.publish(first, id, decideOn.plusDays(k == 3 ? 20 : 3), work.draftSummary(work.get(first, id)));
		if (k == 6 && escalatedOn.getYear() == 2023) {
			// one party never paid: urged, then the court was applied to once the remedy periods had run out
			var unpaid = work.urge(first, id, servedOn.plusDays(30));
			work.applyToCourt(first, id, work.remediesEnd(unpaid).plusDays(20), "深圳市罗湖区人民法院");
			return;
		}
		LocalDate paidOn = servedOn.plusDays(k == 4 ? 19 : 10);
		var current = work.get(first, id);
		work.recordPayment(first, id, paidOn, current.getFine() + work.surcharge(current, paidOn));
		if (hearing) {
			documents.generate(first, id, CaseDocument.Type.HEARING_NOTICE);
			documents.generate(reviewer, id, CaseDocument.Type.REVIEW_OPINION);
		}
		closeWithFile(first, id, paidOn.plusDays(1));
	}

	/** The case file's documents generated and the case closed, as an office closes a past year's executed cases. */
	private void closeWithFile(FazhiUser officer, long id, LocalDate on) {
		var c = work.get(officer, id);
		for (var type : documents.available(c)) {
			if (type != CaseDocument.Type.REVIEW_OPINION && type != CaseDocument.Type.HEARING_NOTICE
					&& type != CaseDocument.Type.RECTIFICATION_NOTICE && type != CaseDocument.Type.URGING_NOTICE) {
				documents.generate(officer, id, type);
			}
		}
		work.close(officer, id, on, documents.of(officer, id));
	}

	private FazhiUser officers4(FazhiUser first, FazhiUser second) {
		for (String name : List.of("officer5", "officer6", "officer3", "officer4")) {
			var candidate = user(name);
			if (candidate.accountId() != first.accountId() && candidate.accountId() != second.accountId()) {
				return candidate;
			}
		}
		throw new IllegalStateException("no chair");
	}

	/** A minimal MP4 file (an ftyp box and a media data box) standing in for a body-camera recording. */
	private static byte[] mp4(long id) {
		byte[] header = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm',
				'p', '4', '1' };
		byte[] body = ("demo recording " + id).getBytes(StandardCharsets.US_ASCII);
		var all = java.nio.ByteBuffer.allocate(header.length + 8 + body.length);
		all.put(header).putInt(8 + body.length).put("mdat".getBytes(StandardCharsets.US_ASCII)).put(body);
		return all.array();
	}
}
