package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deadline tracking end to end: registration, status by urgency on the workbench, pause, resume, extension and
 * completion under the statute's limits, data scope, and reminders raised once.
 */
@FazhiIntegrationTest
class DeadlinesIntegrationTests {

	@Autowired
	Deadlines deadlines;

	@Autowired
	StatutoryCalendar calendar;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	MockMvc mvc;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private DeadlineView register(FazhiUser registrar, FazhiUser responsible, StatutoryRule rule, LocalDate trigger,
			String title, Long communityId) {
		return deadlines.register(new RegisterDeadline(registrar.tenantId(), responsible.departmentId(), communityId,
				"TEST", title, title, rule, trigger, responsible.accountId(), registrar.accountId()));
	}

	@Test
	void theListIsFilteredSortedAndPagedByTheDatabaseAsEachDeadlineStands() throws Exception {
		var legal = account("legal2");
		LocalDate today = deadlines.today();
		var overdue = register(legal, legal, StatutoryRule.LITIGATION_DEFENCE, today.minusDays(40), "分页 逾期", null);
		var dueSoon = register(legal, legal, StatutoryRule.ADMINISTRATIVE_MEDIATION_TRANSFER, today, "分页 临期", null);
		var onTime = register(legal, legal, StatutoryRule.PENALTY_DECISION, today, "分页 正常", null);
		var paused = register(legal, legal, StatutoryRule.PENALTY_DECISION, today.minusDays(3), "分页 暂停", null);
		deadlines.pause(legal, paused.id(), today.minusDays(1), "等待鉴定");
		var done = register(legal, legal, StatutoryRule.PENALTY_DECISION, today.minusDays(5), "分页 完成", null);
		deadlines.complete(legal, done.id(), today);
		var counts = deadlines.runningCounts(legal);
		List<DeadlineView> running = new java.util.ArrayList<>();
		for (DeadlineStatus status : DeadlineStatus.values()) {
			var listed = everyPage(legal, status);
			// the database's selection agrees with the status each deadline shows
			assertThat(listed).as(status.name()).isNotEmpty().allMatch(d -> d.status() == status);
			assertThat(listed.stream().map(DeadlineView::id).distinct().count()).isEqualTo(listed.size());
			if (status != DeadlineStatus.COMPLETED) {
				assertThat(counts.get(status)).as(status.name()).isEqualTo(listed.size());
				running.addAll(listed);
			}
		}
		assertThat(everyPage(legal, DeadlineStatus.OVERDUE)).extracting(DeadlineView::id).contains(overdue.id())
			.doesNotContain(dueSoon.id(), onTime.id(), paused.id());
		assertThat(everyPage(legal, DeadlineStatus.DUE_SOON)).extracting(DeadlineView::id).contains(dueSoon.id());
		assertThat(everyPage(legal, DeadlineStatus.ON_TIME)).extracting(DeadlineView::id).contains(onTime.id());
		assertThat(everyPage(legal, DeadlineStatus.PAUSED)).extracting(DeadlineView::id).contains(paused.id());
		// the running list: the open ones by due day (overdue first), then the paused ones, page after page
		assertThat(everyPage(legal, null)).extracting(DeadlineView::id)
			.containsExactlyElementsOf(running.stream().map(DeadlineView::id).toList());
		assertThat(everyPage(legal, DeadlineStatus.COMPLETED)).extracting(DeadlineView::id).contains(done.id());
		assertThat(everyPage(legal, DeadlineStatus.COMPLETED)).isSortedAccordingTo(java.util.Comparator
			.comparing(DeadlineView::completedOn, java.util.Comparator.reverseOrder()));
		// the API pages the same rows and refuses a status it does not know
		mvc.perform(get("/api/v1/deadlines").param("status", "OVERDUE").param("size", "500").with(user(legal)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.content[*].id")
				.value(org.hamcrest.Matchers.hasItem((int) overdue.id())))
			.andExpect(content().string(not(containsString("分页 临期"))));
		mvc.perform(get("/api/v1/deadlines").param("status", "LATE").with(user(legal)))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
				.value("status"))
			.andExpect(content().string(containsString("OVERDUE, DUE_SOON, ON_TIME, PAUSED, COMPLETED")));
		// a page past the last answers the last one, not an empty page numbered by an overflow
		mvc.perform(get("/api/v1/deadlines").param("page", "99999999").with(user(legal)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.page")
				.value(everyPage(legal, null).size() <= 50 ? 0 : (everyPage(legal, null).size() - 1) / 50))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.content")
				.isNotEmpty());
		// the export of a status holds that status's rows only
		var csv = org.fazhi.shared.Csv.read(mvc.perform(get("/deadlines/export").param("status", "OVERDUE")
			.with(user(legal))).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(csv.subList(1, csv.size())).isNotEmpty().allMatch(row -> row.get(7).equals("OVERDUE"))
			.anyMatch(row -> row.get(0).equals(String.valueOf(overdue.id())));
		mvc.perform(get("/deadlines").param("status", "PAUSED").with(user(legal)))
			.andExpect(content().string(containsString("分页 暂停")))
			.andExpect(content().string(not(containsString("分页 逾期"))));
	}

	@Test
	void onlySomeoneWhoReadsDeadlinesCanAnswerForOneNotThePlatformOperator() throws Exception {
		var legal = account("legal2");
		var operator = account("operator");
		assertThatThrownBy(() -> deadlines.register(new RegisterDeadline(legal.tenantId(), null, null, "TEST",
				"运维员期限", "运维员期限", StatutoryRule.PENALTY_DECISION, deadlines.today(), operator.accountId(),
				legal.accountId()))).isInstanceOf(RuleViolation.class);
		mvc.perform(get("/deadlines/new").with(user(legal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(legal.fullName())))
			.andExpect(content().string(not(containsString("value=\"" + operator.accountId() + "\""))));
	}

	/** Every page of the list, seven rows a page, the totals counted exactly. */
	private List<DeadlineView> everyPage(FazhiUser user, DeadlineStatus status) {
		List<DeadlineView> all = new java.util.ArrayList<>();
		for (int page = 0;; page++) {
			var result = deadlines.page(user, status, org.springframework.data.domain.PageRequest.of(page, 7), true);
			all.addAll(result.getContent());
			if (result.isLast()) {
				assertThat(result.getTotalElements()).isEqualTo(all.size());
				return all;
			}
		}
	}

	@Test
	void workbenchListsTheResponsiblePersonsDeadlinesMostUrgentFirst() throws Exception {
		var legal = account("legal2");
		LocalDate today = deadlines.today();
		var onTime = register(legal, legal, StatutoryRule.PENALTY_DECISION, today, "甲案 立案", null);
		var overdue = register(legal, legal, StatutoryRule.LITIGATION_DEFENCE, today.minusDays(40), "乙诉讼 答辩", null);
		var dueSoon = register(legal, legal, StatutoryRule.ADMINISTRATIVE_MEDIATION_TRANSFER, today, "丙纠纷 移送",
				null);

		assertThat(overdue.status()).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(dueSoon.status()).isEqualTo(DeadlineStatus.DUE_SOON);
		assertThat(dueSoon.workingDaysLeft()).isEqualTo(3);
		assertThat(onTime.status()).isEqualTo(DeadlineStatus.ON_TIME);
		// 行政处罚法 第六十条: 90 days after filing, moved off a rest day
		assertThat(onTime.due()).isEqualTo(calendar.due(StatutoryRule.PENALTY_DECISION, today).due());
		// (other tests of the suite may give this person deadlines of their own)
		assertThat(deadlines.openFor(legal)).extracting(DeadlineView::title)
			.filteredOn(title -> java.util.Set.of("甲案 立案", "乙诉讼 答辩", "丙纠纷 移送").contains(title))
			.containsExactly("乙诉讼 答辩", "丙纠纷 移送", "甲案 立案");

		String page = mvc.perform(get("/").with(user(legal))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("乙诉讼 答辩", "逾期", "临期", "《行政诉讼法》第六十七条");
		assertThat(page.indexOf("乙诉讼 答辩")).isLessThan(page.indexOf("丙纠纷 移送"));
		assertThat(page.indexOf("丙纠纷 移送")).isLessThan(page.indexOf("甲案 立案"));
	}

	@Test
	void refusesAnExtensionTheStatuteDoesNotProvide() {
		// 行政处罚法 第六十条 sets 90 days and provides no extension
		var officer = account("officer");
		var deadline = register(officer, officer, StatutoryRule.PENALTY_DECISION, LocalDate.of(2024, 7, 1), "丁案", null);
		assertThatThrownBy(() -> deadlines.extend(officer, deadline.id(), 10, "李卫东", "案情复杂", LocalDate.of(2024, 9, 1)))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("messageKey", "deadline.extension.notProvided");
		assertThat(deadlines.get(officer, deadline.id()).due()).isEqualTo(LocalDate.of(2024, 9, 29));
	}

	@Test
	void extendsAReconsiderationDecisionBy30DaysAtMostPerArticle62() throws Exception {
		// 行政复议法 第六十二条: accepted Mon Mar 4 2024 + 60 days = Fri May 3 (劳动节 May 1-5): Mon May 6;
		// +30 = 90 days: Sun Jun 2: moves to Mon Jun 3
		var legal = account("legal");
		var deadline = register(legal, legal, StatutoryRule.RECONSIDERATION_DECISION, LocalDate.of(2024, 3, 4),
				"复议 2024-1", null);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 5, 6));
		mvc.perform(post("/deadlines/" + deadline.id() + "/extend").with(user(legal)).with(csrf())
			.param("length", "31").param("approvedBy", "复议机构负责人").param("reason", "情况复杂")
			.param("approvedOn", "2024-04-20"))
			.andExpect(flash().attribute("refusal", "deadline.extension.tooLong"));
		String refused = mvc.perform(get("/deadlines/" + deadline.id()).with(user(legal))
			.flashAttr("refusal", "deadline.extension.tooLong")
			.flashAttr("refusalArguments", new Object[] { StatutoryRule.RECONSIDERATION_DECISION.citation(), 30, 0 }))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("《行政复议法》第六十二条规定延长期限最多不得超过 30");
		var extended = deadlines.extend(legal, deadline.id(), 30, "复议机构负责人", "情况复杂", LocalDate.of(2024, 4, 20));
		assertThat(extended.due()).isEqualTo(LocalDate.of(2024, 6, 3));
		assertThat(extended.extensions()).singleElement().extracting(DeadlineView.ExtensionView::approvedBy)
			.isEqualTo("复议机构负责人");
		assertThatThrownBy(() -> deadlines.extend(legal, deadline.id(), 1, "负责人", "再延", LocalDate.of(2024, 5, 20)))
			.hasFieldOrPropertyWithValue("messageKey", "deadline.extension.tooLong");
	}

	@Test
	void pausedDaysDoNotCountAndCompletionRecordsWhetherItWasOnTime() {
		// 信访工作条例 第二十二条: received Fri Mar 1 2024 + 15 days = Sat Mar 16: moves to Mon Mar 18.
		// Paused from Mar 5, resumed Mar 8 (3 days): Mar 19.
		var worker = account("worker");
		var deadline = register(worker, worker, StatutoryRule.PETITION_REGISTRATION, LocalDate.of(2024, 3, 1),
				"来信 2024-3", worker.communityId());
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 3, 18));
		var paused = deadlines.pause(worker, deadline.id(), LocalDate.of(2024, 3, 5), "等待相关部门意见");
		assertThat(paused.status()).isEqualTo(DeadlineStatus.PAUSED);
		var resumed = deadlines.resume(worker, deadline.id(), LocalDate.of(2024, 3, 8));
		assertThat(resumed.due()).isEqualTo(LocalDate.of(2024, 3, 19));
		var done = deadlines.complete(worker, deadline.id(), LocalDate.of(2024, 3, 19));
		assertThat(done.status()).isEqualTo(DeadlineStatus.COMPLETED);
		assertThat(done.completedOnTime()).isTrue();
		assertThatThrownBy(() -> deadlines.complete(worker, deadline.id(), LocalDate.of(2024, 3, 20)))
			.hasFieldOrPropertyWithValue("messageKey", "deadline.completed");
	}

	@Test
	void aHearingNoticeDeadlineCannotBePaused() {
		// 行政处罚法 第六十四条第（二）项 counts back from the hearing
		var officer = account("officer2");
		var deadline = register(officer, officer, StatutoryRule.HEARING_NOTICE, LocalDate.of(2024, 10, 10), "听证 戊案",
				null);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 9, 25));
		assertThatThrownBy(() -> deadlines.pause(officer, deadline.id(), LocalDate.of(2024, 9, 20), "x"))
			.hasFieldOrPropertyWithValue("messageKey", "deadline.pause.backwards");
	}

	@Test
	void communityWorkersSeeOnlyTheirCommunitysDeadlinesAndAuditorsChangeNothing() throws Exception {
		var legal = account("legal3");
		var dongle = account("worker"); // 东乐社区
		var jinpeng = account("worker2"); // 金鹏社区
		var auditor = account("auditor");
		var deadline = register(legal, legal, StatutoryRule.MEDIATION, deadlines.today(), "东乐 邻里纠纷调解",
				dongle.communityId());

		assertThat(deadlines.visibleTo(dongle)).extracting(DeadlineView::id).contains(deadline.id());
		assertThat(deadlines.visibleTo(jinpeng)).extracting(DeadlineView::id).doesNotContain(deadline.id());
		assertThatThrownBy(() -> deadlines.get(jinpeng, deadline.id())).isInstanceOf(NotFound.class);
		mvc.perform(get("/deadlines/" + deadline.id()).with(user(jinpeng))).andExpect(status().isNotFound());
		mvc.perform(get("/deadlines").with(user(jinpeng)))
			.andExpect(content().string(not(containsString("东乐 邻里纠纷调解"))));
		mvc.perform(get("/deadlines").with(user(dongle)))
			.andExpect(content().string(containsString("东乐 邻里纠纷调解")));
		// the same rows through the API and the export
		mvc.perform(get("/api/v1/deadlines").with(user(jinpeng)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("东乐 邻里纠纷调解"))));
		mvc.perform(get("/api/v1/deadlines/" + deadline.id()).with(user(jinpeng))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/deadlines/" + deadline.id()).with(user(dongle))).andExpect(status().isOk());
		mvc.perform(get("/deadlines/export").with(user(jinpeng)))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("东乐 邻里纠纷调解"))));
		mvc.perform(get("/deadlines/export").with(user(dongle)))
			.andExpect(content().string(containsString("东乐 邻里纠纷调解")));

		mvc.perform(get("/deadlines/" + deadline.id()).with(user(auditor))).andExpect(status().isOk());
		mvc.perform(post("/deadlines/" + deadline.id() + "/complete").with(user(auditor)).with(csrf())
			.param("on", deadlines.today().toString()))
			.andExpect(status().isForbidden());
		assertThat(deadlines.get(legal, deadline.id()).status()).isNotEqualTo(DeadlineStatus.COMPLETED);
	}

	@Test
	void anOutsideLawyerSeesOnlyWhatIsAssignedToThem() throws Exception {
		var legal = account("legal");
		var advisor = account("advisor");
		var assigned = register(legal, advisor, StatutoryRule.LITIGATION_DEFENCE, deadlines.today(), "应诉 交律师办理",
				null);
		var other = register(legal, legal, StatutoryRule.LITIGATION_DEFENCE, deadlines.today(), "应诉 司法所自办", null);
		assertThat(deadlines.visibleTo(advisor)).extracting(DeadlineView::id).contains(assigned.id())
			.doesNotContain(other.id());
		mvc.perform(get("/deadlines/" + other.id()).with(user(advisor))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/deadlines/" + other.id()).with(user(advisor))).andExpect(status().isNotFound());
		mvc.perform(get("/deadlines/export").with(user(advisor)))
			.andExpect(content().string(containsString("应诉 交律师办理")))
			.andExpect(content().string(not(containsString("应诉 司法所自办"))));
	}

	@Test
	void registersADeadlineByHandForAColleagueAndRefusesAStranger() throws Exception {
		var legal = account("legal");
		var colleague = account("reviewer2");
		mvc.perform(post("/deadlines/new").with(user(legal)).with(csrf())
			.param("title", "区法院送达起诉状副本（2026）粤0303行初1号").param("rule", "LITIGATION_DEFENCE")
			.param("triggerDate", "2026-11-20").param("responsibleAccountId", String.valueOf(colleague.accountId())))
			.andExpect(status().is3xxRedirection());
		assertThat(deadlines.openFor(colleague)).extracting(DeadlineView::title)
			.contains("区法院送达起诉状副本（2026）粤0303行初1号");

		long before = deadlines.visibleTo(legal).size();
		mvc.perform(post("/deadlines/new").with(user(legal)).with(csrf())
			.param("title", "无效承办人").param("rule", "LITIGATION_DEFENCE")
			.param("triggerDate", "2026-11-20").param("responsibleAccountId", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选承办人不是本街道在岗的工作人员")));
		mvc.perform(post("/deadlines/new").with(user(legal)).with(csrf())
			.param("title", " ").param("rule", "").param("triggerDate", "")
			.param("responsibleAccountId", String.valueOf(legal.accountId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写事项名称")))
			.andExpect(content().string(containsString("请选择法定期限规则")));
		assertThat(deadlines.visibleTo(legal)).hasSize((int) before);
	}

	@Test
	void raisesEachReminderOnceAndShowsItOnTheWorkbench() throws Exception {
		var officer = account("officer3");
		LocalDate today = deadlines.today();
		var overdue = register(officer, officer, StatutoryRule.PENALTY_SERVICE, today.minusDays(30), "己案 送达", null);
		var dueSoon = register(officer, officer, StatutoryRule.PUBLICATION_WITHDRAWAL, today, "庚案 撤回公示", null);
		assertThat(deadlines.raiseReminders(today)).isGreaterThanOrEqualTo(2);
		assertThat(deadlines.raiseReminders(today)).isZero();
		List<Deadlines.Reminder> reminders = deadlines.reminders(officer);
		assertThat(reminders).extracting(r -> r.deadline().id()).contains(overdue.id(), dueSoon.id());
		mvc.perform(get("/").with(user(officer)))
			.andExpect(content().string(containsString("逾期提醒")))
			.andExpect(content().string(containsString("临期提醒")));
		var first = reminders.get(0);
		mvc.perform(post("/deadlines/reminders/" + first.id() + "/read").with(user(officer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(deadlines.reminders(officer)).extracting(Deadlines.Reminder::id).doesNotContain(first.id());
		// someone else's reminder cannot be marked
		mvc.perform(post("/deadlines/reminders/" + reminders.get(1).id() + "/read").with(user(account("officer4")))
			.with(csrf())).andExpect(status().isNotFound());
	}
}
