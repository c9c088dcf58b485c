package org.fazhi.mediation.internal.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fazhi.mediation.internal.bodies.MediationBody;
import org.fazhi.mediation.internal.bodies.MediationOrganisation;
import org.fazhi.mediation.internal.bodies.Mediator;
import org.fazhi.mediation.internal.campaigns.CampaignWork;
import org.fazhi.mediation.internal.campaigns.MediationActivity;
import org.fazhi.mediation.internal.disputes.Dispute;
import org.fazhi.mediation.internal.disputes.DisputeParty;
import org.fazhi.mediation.internal.disputes.DisputeWork;
import org.fazhi.mediation.internal.pay.CasePay;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mediation (profile {@code demo}), every record through the module's own use cases: the 1+9+N organisation of
 * 东湖街道 (its committee, nine community committees, the four property mediation rooms and the judge studio of 东乐社区
 * opened in 2024), 4 grade-3 and 12 grade-4 mediators among the roster, and in 2024 the figures of the report: 133
 * screening campaigns, 25 publicity events, 7 trainings, 412 disputes mediated (400余宗) of which 23 major or difficult,
 * involving more than 8 million yuan (800余万): 410 of them, 21 major, generated alike, and the two the report names (沙湾水厂病危工人医疗费用纠纷, 金鹏社区火灾赔偿纠纷).
 * 2023 has fewer of each, so the years compare; this year has open disputes at every stage. Names, amounts and
 * identity numbers are invented and deterministic.
 */
@Component
@Profile("demo")
class DemoMediation implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoMediation.class);

	/** A year of the demo: disputes mediated, of them major, campaigns, publicity events, trainings. */
	record DemoYear(int year, int mediated, int major, int campaigns, int publicity, int trainings) {
	}

	static final List<DemoYear> YEARS = List.of(new DemoYear(2023, 96, 9, 118, 21, 5),
			new DemoYear(2024, 410, 21, 133, 25, 7));

	/** Disputes generated per transaction. */
	private static final int BATCH = 25;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗" };
	private static final String[] GIVEN = { "建华", "秀英", "志强", "丽娟", "海涛", "春梅", "国庆", "晓燕", "文斌", "美玲",
			"德明", "桂芳", "永红", "少华", "俊杰", "雪梅", "立新", "慧敏", "振宇", "翠兰" };

	private final DisputeWork disputes;
	private final CampaignWork campaigns;
	private final MediationOrganisation organisation;
	private final OrganisationDirectory directory;
	private final UserDetailsService accounts;
	private final CasePay pay;
	private final TransactionTemplate transaction;
	private byte[] signedCopy;

	DemoMediation(DisputeWork disputes, CampaignWork campaigns, MediationOrganisation organisation,
			OrganisationDirectory directory, UserDetailsService accounts, CasePay pay,
			PlatformTransactionManager transactions) {
		this.disputes = disputes;
		this.campaigns = campaigns;
		this.organisation = organisation;
		this.directory = directory;
		this.accounts = accounts;
		this.pay = pay;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public boolean generate() {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		if (organisation.hasBodies(legal.tenantId())) {
			return false;
		}
		var communities = directory.activeCommunities(legal.tenantId());
		Map<String, Long> accountOf = new HashMap<>();
		for (var s : directory.activeStaff(legal.tenantId())) {
			accountOf.put(s.fullName(), s.accountId());
		}
		transaction.executeWithoutResult(status -> organisation(legal, communities, accountOf));
		for (DemoYear year : YEARS) {
			transaction.executeWithoutResult(status -> ledgers(legal, communities, year));
			// a batch of disputes per transaction: each step still runs its own use case with its own rules and audit
			for (int from = 0; from < year.mediated(); from += BATCH) {
				int start = from;
				transaction.executeWithoutResult(status -> {
					for (int i = start; i < Math.min(start + BATCH, year.mediated()); i++) {
						dispute(legal, communities, year, i);
					}
				});
			}
			for (int i = 0; i < 6; i++) {
				int n = i;
				transaction.executeWithoutResult(status -> refused(legal, communities, year.year(), n));
			}
			log.info("demo mediation year={} mediated={} major={} campaigns={}", year.year(), year.mediated(),
					year.major(), year.campaigns());
		}
		transaction.executeWithoutResult(status -> named(legal, communities));
		transaction.executeWithoutResult(status -> thisYear(legal, communities));
		return true;
	}

	private void organisation(FazhiUser legal, List<OrganisationDirectory.CommunityRef> communities,
			Map<String, Long> accountOf) {
		var committee = organisation.addBody(legal, MediationBody.Kind.SUBDISTRICT_COMMITTEE, "东湖街道人民调解委员会", null,
				null, "2008");
		List<MediationBody> community = new ArrayList<>();
		for (var c : communities) {
			community.add(organisation.addBody(legal, MediationBody.Kind.COMMUNITY_COMMITTEE,
					c.name() + "人民调解委员会", c.id(), null, "2008"));
		}
		// the N: four property rooms and the judge studio of 东乐社区 opened in 2024, earlier rooms before
		for (int i : new int[] { 1, 3, 5, 8 }) {
			organisation.addBody(legal, MediationBody.Kind.PROPERTY_ROOM, communities.get(i).name() + "物业纠纷调解室",
					communities.get(i).id(), null, "2024");
		}
		organisation.addBody(legal, MediationBody.Kind.JUDGE_STUDIO, "东乐社区法官调解工作室", communities.get(0).id(),
				"深圳市罗湖区人民法院", "2024");
		organisation.addBody(legal, MediationBody.Kind.LABOUR_ROOM, "东湖街道劳动争议调解室", null, null, "2019");
		organisation.addBody(legal, MediationBody.Kind.FAMILY_ROOM, "东湖街道婚姻家庭调解室", null, null, "2021");
		organisation.addBody(legal, MediationBody.Kind.LAWYER_STUDIO, "东湖街道律师调解工作室", null, null, "2023");
		// the roster: 4 grade-3 and 12 grade-4 district mediators, and others not (yet) graded
		var m3 = organisation.addMediator(legal, committee.getId(), null, accountOf.get("胡敏"), Mediator.Force.STAFF,
				Mediator.Grade.GRADE_3, "罗调3-2022-001", 96);
		organisation.addMediator(legal, community.get(0).getId(), null, accountOf.get("孙桂英"), Mediator.Force.STAFF,
				Mediator.Grade.GRADE_3, "罗调3-2023-004", 72);
		organisation.addMediator(legal, community.get(1).getId(), null, accountOf.get("朱建平"), Mediator.Force.STAFF,
				Mediator.Grade.GRADE_3, "罗调3-2024-011", 64);
		organisation.addMediator(legal, committee.getId(), "罗心怡", null, Mediator.Force.PSYCHOLOGIST,
				Mediator.Grade.GRADE_3, "罗调3-2024-017", 40);
		Mediator.Force[] forces = { Mediator.Force.ELDERS, Mediator.Force.RETIRED, Mediator.Force.PARTY_MEMBER,
				Mediator.Force.VETERAN, Mediator.Force.LAWYER };
		for (int i = 0; i < 12; i++) {
			organisation.addMediator(legal, community.get(i % community.size()).getId(), name(100 + i), null,
					forces[i % forces.length], Mediator.Grade.GRADE_4, "罗调4-2024-" + String.format("%03d", 20 + i),
					24 + i);
		}
		for (int i = 0; i < 9; i++) {
			organisation.addMediator(legal, community.get(i).getId(), name(200 + i), null, forces[(i + 2) % 5],
					Mediator.Grade.UNGRADED, null, 8);
		}
		organisation.addMediator(legal, committee.getId(), "韩立", null, Mediator.Force.JUDGE, Mediator.Grade.UNGRADED,
				null, 0);
		for (int day = 1; day <= 5; day++) {
			organisation.addDuty(legal, committee.getId(), day, m3.getId());
		}
		// 以案定补: the standards the office paid by from 2023 on (yuan per case, general / major or difficult)
		int[][] standards = { { 100, 300 }, { 100, 300 }, { 150, 400 }, { 200, 500 }, { 300, 800 }, { 200, 500 },
				{ 150, 400 }, { 150, 400 }, { 200, 500 }, { 100, 300 } };
		List<CasePay.StandardInput> inputs = new ArrayList<>();
		for (Dispute.Kind kind : Dispute.Kind.values()) {
			inputs.add(new CasePay.StandardInput(kind, standards[kind.ordinal()][0], standards[kind.ordinal()][1]));
		}
		pay.setStandards(legal, java.time.YearMonth.of(2023, 1), inputs);
	}

	private void ledgers(FazhiUser legal, List<OrganisationDirectory.CommunityRef> communities, DemoYear year) {
		for (int i = 0; i < year.campaigns(); i++) {
			var c = communities.get(i % communities.size());
			LocalDate on = LocalDate.of(year.year(), 1, 8).plusDays(i * 340L / year.campaigns());
			var campaign = campaigns.start(legal, i % 11 == 0 ? null : c.id(),
					i % 3 == 0 ? "物业领域矛盾纠纷专项排查" : i % 3 == 1 ? "节前矛盾纠纷大排查大调解" : "劳资纠纷隐患排查",
					on, on.plusDays(6), c.name() + "居委会、网格员、人民调解员");
			if (i % 4 == 0) {
				campaigns.record(legal, campaign.getId(), on.plusDays(2), "发现邻里漏水纠纷苗头，已约谈双方");
			}
		}
		for (int i = 0; i < year.publicity(); i++) {
			campaigns.recordActivity(legal, MediationActivity.Kind.PUBLICITY, communities.get(i % 9).id(),
					LocalDate.of(year.year(), 2, 1).plusDays(i * 300L / year.publicity()),
					i % 2 == 0 ? "人民调解进社区普法宣传" : "《民法典》与邻里纠纷化解宣传", 60 + i * 3, 0);
		}
		for (int i = 0; i < year.trainings(); i++) {
			campaigns.recordActivity(legal, MediationActivity.Kind.TRAINING, null,
					LocalDate.of(year.year(), 3, 5).plusDays(i * 270L / year.trainings()),
					i % 2 == 0 ? "人民调解员业务能力提升培训" : "物业纠纷调解实务培训", 40 + i, 4);
		}
	}

	/** The i-th dispute mediated in the year: most agreed orally or in writing, some failed, ended or referred. */
	private void dispute(FazhiUser legal, List<OrganisationDirectory.CommunityRef> communities, DemoYear year, int i) {
		var community = communities.get(i % communities.size());
		Dispute.Kind kind = Dispute.Kind.values()[(i * 7) % Dispute.Kind.values().length];
		boolean major = i < year.major();
		LocalDate received = LocalDate.of(year.year(), 1, 3).plusDays(i * 345L / year.mediated());
		// the amounts: 23 major disputes of hundreds of thousands, the rest of a few thousand (800余万 in 2024)
		long amount = major ? 210_000 + i * 7_300L : (i % 5 == 0 ? 0 : 1_000 + (i * 137L) % 5_000);
		String address = community.name() + (i % 40 + 1) + "栋" + (100 + i % 17) + "室";
		var d = disputes.takeIn(legal, new DisputeWork.Intake(community.id(),
				Dispute.Channel.values()[i % 7], kind, summary(kind, i), address, amount, major ? 6 + i % 20 : 2,
				major ? Dispute.Risk.MAJOR : i % 9 == 0 ? Dispute.Risk.SERIOUS : Dispute.Risk.GENERAL, major && i % 3 == 0,
				false, false, received, null, parties(year.year() * 1000 + i, i % 6 == 0)));
		var mediators = disputes.mediators(legal).stream().filter(m -> m.role() == org.fazhi.organisation.Role.MEDIATOR)
			.toList();
		var first = mediators.get(i % mediators.size());
		var second = mediators.get((i + 1) % mediators.size());
		disputes.assign(legal, d.getId(), first.accountId(), major ? second.accountId() : null);
		var consents = new HashMap<Long, DisputeParty.Consent>();
		disputes.partiesOf(legal, d.getId()).forEach(p -> consents.put(p.getId(), DisputeParty.Consent.AGREED));
		disputes.accept(legal, d.getId(), consents, received.plusDays(1), null);
		if (major) {
			disputes.escalate(legal, d.getId(), DisputeWork.EscalationReason.MAJOR, null, "重大疑难，街道人民调解委员会专题研究",
					received.plusDays(2));
			disputes.assign(legal, d.getId(), mediators.get(2 % mediators.size()).accountId(),
					first.accountId() == mediators.get(2 % mediators.size()).accountId() ? second.accountId()
							: first.accountId());
		}
		else if (kind == Dispute.Kind.PROPERTY && year.year() == 2024 && i % 2 == 0) {
			var room = organisation.bodies(legal.tenantId()).stream()
				.filter(b -> b.getKind() == MediationBody.Kind.PROPERTY_ROOM).findFirst().orElseThrow();
			disputes.escalate(legal, d.getId(), DisputeWork.EscalationReason.SPECIALISED, room.getId(), null,
					received.plusDays(2));
			disputes.assign(legal, d.getId(), first.accountId(), null);
		}
		int outcome = i % 40;
		LocalDate session = received.plusDays(3);
		if (major || outcome < 4) {
			disputes.holdSession(legal, d.getId(), session, major ? "东湖街道人民调解委员会" : community.name() + "调解室",
					"双方当事人及代理人", "调解员释法明理，双方陈述意见，就赔偿数额初步达成一致。");
		}
		if (outcome == 37 || outcome == 38) {
			disputes.fail(legal, d.getId(), DisputeWork.DEFAULT_ROUTES, session.plusDays(2));
			return;
		}
		if (outcome == 39 && !major) {
			disputes.end(legal, d.getId(), Dispute.EndGround.WITHDRAWN, DisputeWork.DEFAULT_ROUTES, session.plusDays(1));
			return;
		}
		if (outcome == 36 && !major) {
			disputes.refer(legal, d.getId(), Dispute.ReferredTo.COURT, "深圳市罗湖区人民法院", session.plusDays(1));
			return;
		}
		boolean written = major || outcome < 4;
		LocalDate agreed = session.plusDays(2);
		disputes.agree(legal, d.getId(), new DisputeWork.AgreementInput(
				written ? Dispute.AgreementKind.WRITTEN : Dispute.AgreementKind.ORAL,
				written ? "双方因" + summary(kind, i) + "产生争议，经调查双方均有一定责任。" : null,
				written ? "赔偿数额及支付方式。" : null, "一方向另一方支付补偿款，双方就此纠纷再无其他争议。",
				written ? "银行转账，一次付清。" : null, written ? agreed.plusDays(20) : null, agreed));
		if (written) {
			disputes.signed(legal, d.getId(), true, true, true, agreed.plusDays(1), "签章协议书.pdf",
					new ByteArrayInputStream(signedCopy()));
			if (i % 3 == 0) {
				disputes.confirmationFiled(legal, d.getId(), "深圳市罗湖区人民法院", agreed.plusDays(8));
				disputes.ruled(legal, d.getId(), Dispute.Ruling.VALID, agreed.plusDays(20));
			}
		}
		if (i % 50 == 7) {
			// partly performed at the first visit, urged (人民调解法 第三十一条第二款), performed by the second
			disputes.visit(legal, d.getId(), Dispute.Performance.PARTLY, agreed.plusDays(25), "回访：尚有尾款未付，已督促履行");
		}
		disputes.visit(legal, d.getId(), Dispute.Performance.PERFORMED, agreed.plusDays(i % 50 == 7 ? 55 : 25),
				"回访：协议已履行");
	}

	/** One party refused mediation (人民调解法 第十七条): not mediated, the other routes told. */
	private void refused(FazhiUser legal, List<OrganisationDirectory.CommunityRef> communities, int year, int i) {
		var community = communities.get((i * 2) % communities.size());
		LocalDate received = LocalDate.of(year, 4, 2).plusDays(i * 40L);
		var d = disputes.takeIn(legal, new DisputeWork.Intake(community.id(), Dispute.Channel.WALK_IN,
				Dispute.Kind.NEIGHBOURS, "邻里噪音纠纷", null, 0L, 2, Dispute.Risk.GENERAL, false, false, false, received,
				null, parties(year * 1000 + 900 + i, false)));
		var consents = new HashMap<Long, DisputeParty.Consent>();
		var all = disputes.partiesOf(legal, d.getId());
		consents.put(all.get(0).getId(), DisputeParty.Consent.AGREED);
		consents.put(all.get(1).getId(), DisputeParty.Consent.REFUSED);
		disputes.accept(legal, d.getId(), consents, received.plusDays(1), null);
	}

	/** The two disputes the 2024 report names as major ones resolved with the N forces. */
	private void named(FazhiUser legal, List<OrganisationDirectory.CommunityRef> communities) {
		var mediators = disputes.mediators(legal).stream().filter(m -> m.role() == org.fazhi.organisation.Role.MEDIATOR)
			.toList();
		record Named(int community, Dispute.Kind kind, String summary, long amount, LocalDate on) {
		}
		for (var n : List.of(
				new Named(2, Dispute.Kind.MEDICAL, "沙湾水厂病危工人医疗费用纠纷：工人突发重病住院抢救，家属与用工单位就医疗费用承担发生争议",
						680_000, LocalDate.of(2024, 6, 11)),
				new Named(1, Dispute.Kind.DAMAGES, "金鹏社区火灾赔偿纠纷：出租屋火灾殃及相邻住户，多户居民与房东、租户就损失赔偿发生争议",
						520_000, LocalDate.of(2024, 9, 3)))) {
			var c = communities.get(n.community());
			var d = disputes.takeIn(legal, new DisputeWork.Intake(c.id(), Dispute.Channel.PETITION_REFERRAL, n.kind(),
					n.summary(), c.name(), n.amount(), 12, Dispute.Risk.MAJOR, true, true, false, n.on(), null,
					List.of(new DisputeWork.PartyInput(DisputeParty.Kind.PERSON, name(300 + n.community()), null, null, null),
							new DisputeWork.PartyInput(DisputeParty.Kind.ORGANISATION, n.kind() == Dispute.Kind.MEDICAL
									? "深圳市沙湾水厂（演示）" : "金鹏社区出租屋业主（演示）", null, null, null))));
			var consents = new HashMap<Long, DisputeParty.Consent>();
			disputes.partiesOf(legal, d.getId()).forEach(p -> consents.put(p.getId(), DisputeParty.Consent.AGREED));
			disputes.assign(legal, d.getId(), mediators.get(0).accountId(), mediators.get(1).accountId());
			disputes.accept(legal, d.getId(), consents, n.on().plusDays(1), null);
			disputes.escalate(legal, d.getId(), DisputeWork.EscalationReason.MAJOR, null,
					"街道人民调解委员会专题研究部署，动员律师、心理咨询师参与", n.on().plusDays(1));
			disputes.assign(legal, d.getId(), mediators.get(2 % mediators.size()).accountId(),
					mediators.get(0).accountId());
			disputes.holdSession(legal, d.getId(), n.on().plusDays(4), "东湖街道人民调解委员会", "当事人、律师、心理咨询师",
					"律师释明法律责任，心理咨询师疏导家属情绪，双方同意以补偿方案化解。");
			disputes.agree(legal, d.getId(), new DisputeWork.AgreementInput(Dispute.AgreementKind.WRITTEN,
					n.summary() + "。", "费用承担与赔偿数额。", "责任方分期支付补偿款，双方不再就此事发生争议。", "银行转账，分两期支付。",
					n.on().plusDays(40), n.on().plusDays(12)));
			disputes.signed(legal, d.getId(), true, true, true, n.on().plusDays(13), "签章协议书.pdf",
					new ByteArrayInputStream(signedCopy()));
			disputes.confirmationFiled(legal, d.getId(), "深圳市罗湖区人民法院", n.on().plusDays(20));
			disputes.ruled(legal, d.getId(), Dispute.Ruling.VALID, n.on().plusDays(30));
			disputes.visit(legal, d.getId(), Dispute.Performance.PERFORMED, n.on().plusDays(45), "两期款项均已支付");
		}
	}

	/** Open disputes of this year at every stage, relative to today, so the lists, deadlines and workbench show them. */
	private void thisYear(FazhiUser legal, List<OrganisationDirectory.CommunityRef> communities) {
		LocalDate today = disputes.today();
		var mediator = (FazhiUser) accounts.loadUserByUsername("mediator");
		var subdistrict = (FazhiUser) accounts.loadUserByUsername("mediator3");
		for (int i = 0; i < 8; i++) {
			var c = communities.get(i);
			var kind = i == 3 ? Dispute.Kind.LABOUR : i % 2 == 0 ? Dispute.Kind.NEIGHBOURS : Dispute.Kind.PROPERTY;
			var d = disputes.takeIn(legal, new DisputeWork.Intake(c.id(), Dispute.Channel.values()[i % 5], kind,
					summary(kind, i), c.name() + (i + 3) + "栋", 2_000L * (i + 1), i == 5 ? 30 : 2,
					i == 5 ? Dispute.Risk.MAJOR : Dispute.Risk.GENERAL, i == 5, i == 5, false, today.minusDays(40 - i * 4L),
					null, parties(2026_000 + i, false)));
			if (i == 5) {
				continue; // a group dispute that may escalate, just taken in: on the risk board
			}
			var consents = new HashMap<Long, DisputeParty.Consent>();
			disputes.partiesOf(legal, d.getId()).forEach(p -> consents.put(p.getId(), DisputeParty.Consent.AGREED));
			long responsible = i == 0 ? mediator.accountId() : subdistrict.accountId();
			disputes.assign(legal, d.getId(), responsible, null);
			disputes.accept(legal, d.getId(), consents, today.minusDays(38 - i * 4L), null);
			if (i == 6) {
				disputes.agree(legal, d.getId(), new DisputeWork.AgreementInput(Dispute.AgreementKind.WRITTEN,
						"双方因物业费发生争议。", "物业费及维修费用。", "业主补缴物业费，物业公司完成维修。", "现场交付。",
						today.plusDays(20), today.minusDays(3)));
			}
			if (i == 7) {
				disputes.agree(legal, d.getId(), new DisputeWork.AgreementInput(Dispute.AgreementKind.WRITTEN,
						"双方因房屋漏水发生争议。", "维修费用承担。", "楼上住户承担维修费用。", "一次付清。", today.plusDays(10),
						today.minusDays(8)));
				disputes.signed(legal, d.getId(), true, true, true, today.minusDays(7), "签章协议书.pdf",
						new ByteArrayInputStream(signedCopy()));
			}
		}
	}

	private List<DisputeWork.PartyInput> parties(int seed, boolean repeatParty) {
		// invented identity numbers of the Luohu region code 440303; every sixth dispute shares a party with an earlier
		int first = repeatParty ? seed - 6 : seed;
		return List.of(
				new DisputeWork.PartyInput(DisputeParty.Kind.PERSON, name(first), identity(first), null,
						String.format("1390030%04d", first % 10_000)),
				new DisputeWork.PartyInput(DisputeParty.Kind.PERSON, name(seed + 7), identity(seed + 500_000), null, null));
	}

	private static String identity(int seed) {
		int s = Math.abs(seed);
		return PersonalData.withCheckCharacter(String.format("440303%04d%02d%02d%03d", 1950 + s % 50, 1 + s % 12,
				1 + s % 28, s % 1000));
	}

	private static String name(int seed) {
		int s = Math.abs(seed);
		return SURNAMES[s % SURNAMES.length] + GIVEN[(s / SURNAMES.length) % GIVEN.length];
	}

	private static String summary(Dispute.Kind kind, int i) {
		return switch (kind) {
			case MARRIAGE_FAMILY -> "家庭赡养费用纠纷";
			case NEIGHBOURS -> i % 2 == 0 ? "楼上漏水致楼下受损的邻里纠纷" : "邻里噪音扰民纠纷";
			case PROPERTY -> i % 2 == 0 ? "物业服务费及维修纠纷" : "小区停车位使用纠纷";
			case LABOUR -> "拖欠工资劳动争议";
			case MEDICAL -> "诊所诊疗费用纠纷";
			case TRAFFIC -> "电动自行车交通事故赔偿纠纷";
			case DAMAGES -> "装修施工致相邻房屋损害赔偿纠纷";
			case CONTRACT -> "房屋租赁合同押金纠纷";
			case HOUSING_LAND -> "旧村房屋界址纠纷";
			case OTHER -> "商铺经营纠纷";
		};
	}

	/** A scanned copy as the demo's stand-in: a one-page PDF (the real one is the signed and sealed paper). */
	private byte[] signedCopy() {
		if (signedCopy == null) {
			try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
				pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
				pdf.save(out);
				signedCopy = out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return signedCopy;
	}
}
