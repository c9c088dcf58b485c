package org.fazhi.legal.internal.demo;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestions;
import org.fazhi.legal.internal.suggestions.SuggestionWork;
import org.fazhi.organisation.FazhiUser;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's procuratorial suggestions (检察建议), each answered by a rectification plan whose items were done and a
 * written reply within the period: 2024 two, 2023 one; and one received three weeks ago, its plan still to be drawn up
 * (the justice office's to-do).
 */
@Component
@Profile("demo")
class DemoSuggestions implements org.fazhi.shared.DemoPart {

	record Item(String problem, String measure, String owner, int dueAfter, int doneAfter) {
	}

	record Demo(String procuratorate, String documentNo, LocalDate receivedOn, String problems, List<Item> plan,
			int repliedAfter) {
	}

	static final List<Demo> SUGGESTIONS = List.of(
			new Demo("深圳市罗湖区人民检察院", "罗检行公建〔2023〕12号", LocalDate.of(2023, 6, 12),
					"辖区部分沿街商铺占道经营、违规堆放可燃物，消防通道被占用，存在火灾隐患。",
					List.of(new Item("沿街商铺占用消防通道", "开展专项整治，逐户清理并建立巡查台账", "officer", 30, 25)), 40),
			new Demo("深圳市罗湖区人民检察院", "罗检行公建〔2024〕5号", LocalDate.of(2024, 4, 8),
					"辖区部分瓶装燃气用户未按规定安装燃气泄漏报警装置，餐饮场所燃气使用存在安全隐患。",
					List.of(new Item("餐饮场所未安装燃气泄漏报警装置", "联合燃气企业逐户排查，督促限期安装", "safety", 30, 28),
							new Item("瓶装燃气违规存放", "对违规存放行为依法立案查处", "officer", 45, 40)),
					50),
			new Demo("深圳市罗湖区人民检察院", "罗检行公建〔2024〕17号", LocalDate.of(2024, 10, 14),
					"部分老旧小区电动自行车违规停放充电，楼道堆放杂物，未落实消防安全管理责任。",
					List.of(new Item("楼道违规停放充电", "建设集中充电设施，开展入户宣传和清理", "safety", 40, 35)), 55));

	private final SuggestionWork work;
	private final ProcuratorialSuggestions suggestions;
	private final UserDetailsService accounts;
	private final TransactionTemplate transaction;

	DemoSuggestions(SuggestionWork work, ProcuratorialSuggestions suggestions, UserDetailsService accounts,
			PlatformTransactionManager transactions) {
		this.work = work;
		this.suggestions = suggestions;
		this.accounts = accounts;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public int order() {
		return 33;
	}

	@Override
	public boolean generate() {
		var legal = (FazhiUser) accounts.loadUserByUsername("legal");
		if (suggestions.existsByTenantId(legal.tenantId())) {
			return false;
		}
		transaction.executeWithoutResult(status -> {
			SUGGESTIONS.forEach(s -> suggestion(legal, s));
			work.receive(legal, new SuggestionWork.Receipt("深圳市罗湖区人民检察院", "罗检行公建〔" + work.today().getYear()
					+ "〕3号", work.today().minusDays(21), "辖区部分三小场所未配备灭火器材，疏散通道不畅。", null), null, null);
		});
		return true;
	}

	private void suggestion(FazhiUser legal, Demo d) {
		var s = work.receive(legal, new SuggestionWork.Receipt(d.procuratorate(), d.documentNo(), d.receivedOn(),
				d.problems(), null), null, null);
		long id = s.getId();
		for (Item item : d.plan()) {
			var owner = (FazhiUser) accounts.loadUserByUsername(item.owner());
			var planned = work.plan(legal, id, item.problem(), item.measure(), owner.accountId(),
					d.receivedOn().plusDays(item.dueAfter()));
			work.done(legal, id, planned.getId(), d.receivedOn().plusDays(item.doneAfter()), "已完成整改，相关台账和照片存档。",
					null, null);
		}
		work.reply(legal, id, d.receivedOn().plusDays(d.repliedAfter()), "已按检察建议逐项整改，整改情况及佐证材料随函报送。", null,
				null);
	}
}
