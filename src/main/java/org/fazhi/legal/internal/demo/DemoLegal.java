package org.fazhi.legal.internal.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.contracts.ContractReviews;
import org.fazhi.legal.internal.contracts.ContractWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's contract reviews, each taken through the use cases: submitted by a department, assigned to one of the two
 * outside lawyers, answered, revised where a change was asked for, and signed. 2024 gives the report's 323 contracts
 * reviewed; 2023 has 287. Counterparties recur, so the conflict check finds earlier reviews; names and codes are
 * invented (the credit codes carry a valid check character).
 */
@Component
@Profile("demo")
class DemoLegal implements org.fazhi.shared.DemoPart {

	private static final Logger log = LoggerFactory.getLogger(DemoLegal.class);

	record DemoYear(int year, int contracts) {
	}

	static final List<DemoYear> YEARS = List.of(new DemoYear(2023, 287), new DemoYear(2024, 323));

	private static final int BATCH = 40;

	private static final String[] COUNTERPARTIES = { "深圳市东湖物业服务有限公司", "深圳市罗湖区安居保洁服务有限公司",
			"深圳市梧桐山园林绿化工程有限公司", "深圳市明光消防设备有限公司", "深圳市罗湖区启航培训中心",
			"深圳市信达信息技术有限公司", "深圳市东乐建筑装饰工程有限公司", "深圳市安泰保安服务有限公司",
			"深圳市清泉饮用水有限公司", "深圳市鹏城印务有限公司", "深圳市水库社区股份合作公司", "深圳市大望文化传播有限公司" };

	private static final String[] TITLES = { "物业管理服务合同", "保洁服务采购合同", "绿化养护工程合同", "消防设施维保合同",
			"法治宣传培训服务合同", "政务信息系统运维合同", "社区党群服务中心装修工程合同", "安保服务采购合同", "桶装饮用水采购合同",
			"宣传资料印刷合同", "社区用房租赁合同", "文化活动合作协议" };

	private static final ContractReview.Type[] TYPES = { ContractReview.Type.SERVICE, ContractReview.Type.PROCUREMENT,
			ContractReview.Type.CONSTRUCTION, ContractReview.Type.SERVICE, ContractReview.Type.SERVICE,
			ContractReview.Type.SERVICE, ContractReview.Type.CONSTRUCTION, ContractReview.Type.PROCUREMENT,
			ContractReview.Type.PROCUREMENT, ContractReview.Type.PROCUREMENT, ContractReview.Type.LEASE,
			ContractReview.Type.COOPERATION };

	/** The departments' posts that submit, in turn: the leadership, the justice office, enforcement, emergencies. */
	private static final String[] SUBMITTERS = { "director", "legal2", "officer", "safety" };

	private final ContractWork contracts;
	private final ContractReviews reviews;
	private final org.fazhi.legal.internal.opinions.OpinionWork opinions;
	private final UserDetailsService accounts;
	private final TransactionTemplate transaction;
	private byte[] pdf;

	DemoLegal(ContractWork contracts, ContractReviews reviews, org.fazhi.legal.internal.opinions.OpinionWork opinions,
			UserDetailsService accounts, PlatformTransactionManager transactions) {
		this.contracts = contracts;
		this.opinions = opinions;
		this.reviews = reviews;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int order() {
		return 30;
	}

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	@Override
	public boolean generate() {
		var legal = account("legal");
		if (reviews.count(org.fazhi.organisation.DataScopes.readable(legal,
				org.fazhi.legal.internal.LegalRecords.CONTRACT)) > 0) {
			return false;
		}
		var lawyers = List.of(account("advisor"), account("advisor2"));
		var submitters = java.util.Arrays.stream(SUBMITTERS).map(this::account).toList();
		for (DemoYear year : YEARS) {
			for (int from = 0; from < year.contracts(); from += BATCH) {
				int start = from;
				transaction.executeWithoutResult(status -> {
					for (int i = start; i < Math.min(start + BATCH, year.contracts()); i++) {
						contract(legal, lawyers, submitters, year, i);
					}
				});
			}
			log.info("demo legal year={} contracts={}", year.year(), year.contracts());
		}
		transaction.executeWithoutResult(status -> opinions(lawyers));
		return true;
	}

	private static String creditCode(int n) {
		String first17 = String.format("91440303%09d", 310_000_000 + n * 7919).substring(0, 17)
			.replace('I', 'J');
		return first17 + CreditCodes.checkCharacter(first17);
	}

	private void contract(FazhiUser legal, List<FazhiUser> lawyers, List<FazhiUser> submitters, DemoYear year, int i) {
		int kind = i % COUNTERPARTIES.length;
		// spread over the year, Jan 3 to Dec 18, so each first opinion falls in the year of its submission
		LocalDate on = LocalDate.of(year.year(), 1, 3).plusDays((long) i * 349 / year.contracts());
		boolean person = kind == 10 && i % 24 == 10;
		var submission = new ContractWork.Submission(
				(year.year() + "年度" + TITLES[kind]).replace("年度社区用房", "社区用房"), TYPES[kind],
				person ? ContractReview.CounterpartyKind.PERSON : ContractReview.CounterpartyKind.ORGANISATION,
				person ? "陈某华" : COUNTERPARTIES[kind], person ? null : creditCode(kind),
				person ? PersonalData.withCheckCharacter("44030319700101" + String.format("%03d", 100 + i % 50)) : null,
				(long) (20_000 + (i * 7_919L % 480_000)), on, on.plusYears(1).minusDays(1), on);
		var submitter = submitters.get(i % submitters.size());
		var review = contracts.submit(submitter, submission, "合同文本.pdf", new ByteArrayInputStream(pdf()));
		var lawyer = lawyers.get(i % lawyers.size());
		contracts.assign(legal, review.getId(), lawyer.accountId(), on);
		LocalDate answered = on.plusDays(2);
		if (i % 10 == 3) {
			// a change asked for, the revision passes
			contracts.opinion(lawyer, review.getId(), ContractReview.Opinion.AMEND, "部分条款约定不明，违约责任不对等。",
					"第八条违约责任仅约束我方，建议增加对方违约责任；第十二条争议解决约定不明，建议明确由罗湖区人民法院管辖。",
					"修订标注稿.pdf", new ByteArrayInputStream(pdf()), answered);
			contracts.revise(submitter, review.getId(), "合同文本（修改稿）.pdf", new ByteArrayInputStream(pdf()),
					"已按审查意见修改第八条、第十二条。", answered.plusDays(1));
			answered = answered.plusDays(2);
		}
		if (i % 53 == 7) {
			contracts.opinion(lawyer, review.getId(), ContractReview.Opinion.NOT_ADVISED,
					"合同约定的付款方式与政府采购程序不符，且相对方资质存疑。", "第三条付款方式、第五条预付款比例。", null, null, answered);
			contracts.withdraw(submitter, review.getId());
			return;
		}
		contracts.opinion(lawyer, review.getId(), ContractReview.Opinion.LAWFUL, "合同主体适格，内容不违反法律、行政法规的强制性规定，权利义务约定基本对等。",
				null, null, null, answered);
		if (i % 7 != 0 || year.year() == 2023) {
			contracts.sign(submitter, review.getId(), answered.plusDays(3));
		}
	}

	/** 2024年出具法律意见书6份 (the report); 2023 four. */
	private void opinions(List<FazhiUser> lawyers) {
		Object[][] given = {
				{ LocalDate.of(2023, 3, 14), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DECISION, "老旧小区加装电梯补贴方案", "补贴方案是否须作为重大行政决策履行公众参与程序？" },
				{ LocalDate.of(2023, 6, 8), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DISPUTE, "社区股份公司租金纠纷", "街道能否就股份合作公司与租户的租金纠纷作出处理决定？" },
				{ LocalDate.of(2023, 9, 21), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.CASE, "违法建设拆除", "对违法建设的限期拆除决定应否告知听证权利？" },
				{ LocalDate.of(2023, 11, 30), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DOCUMENT, "街道公务用车管理办法", "制度文件中的追责条款是否超出上位法？" },
				{ LocalDate.of(2024, 1, 16), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DECISION, "城中村消防安全综合整治方案", "整治方案中对出租屋的限制措施是否有法律依据？" },
				{ LocalDate.of(2024, 3, 27), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DISPUTE, "沙湾水厂病危工人医疗费用纠纷", "用工单位与劳务派遣单位的赔偿责任如何划分？" },
				{ LocalDate.of(2024, 5, 22), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.CONTRACT, "社区党群服务中心装修工程合同", "合同约定的工程款支付方式是否符合政府投资项目管理规定？" },
				{ LocalDate.of(2024, 7, 10), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DISPUTE, "金鹏社区火灾赔偿纠纷", "火灾责任未认定前能否先行调解赔偿？" },
				{ LocalDate.of(2024, 9, 5), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.CASE, "燃气经营单位行政处罚", "拟处罚款是否属于较大数额，应否告知听证？" },
				{ LocalDate.of(2024, 11, 19), org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DOCUMENT, "街道物业管理区域划分指引", "指引能否设定业主义务？" } };
		int i = 0;
		for (Object[] g : given) {
			var lawyer = lawyers.get(i++ % lawyers.size());
			opinions.record(lawyer, new org.fazhi.legal.internal.opinions.OpinionWork.Record(
					(org.fazhi.legal.internal.opinions.LegalOpinion.Subject) g[1], (String) g[2], (String) g[3],
					"经审查，结合相关法律法规，提出如下意见：一、事实与依据已梳理；二、建议依法履行相应程序后实施；三、注意保留书面记录。",
					null, (LocalDate) g[0]), "法律意见书.pdf", new ByteArrayInputStream(pdf()));
		}
	}

	private byte[] pdf() {
		if (pdf == null) {
			try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new ByteArrayOutputStream()) {
				doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
				doc.save(out);
				pdf = out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return pdf;
	}
}
