package org.fazhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
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
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.enforcement.internal.inspections.Hazard;
import org.fazhi.enforcement.internal.inspections.Inspection;
import org.fazhi.enforcement.internal.inspections.InspectionWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inspections by two officers (行政处罚法 第四十二条), drawn at random, and hazards whose rectification period is a
 * tracked deadline; a hazard goes to a case only when not removed within its period (安全生产法 第一百零二条).
 */
@FazhiIntegrationTest
class InspectionsIntegrationTests {

	@Autowired
	InspectionWork work;

	@Autowired
	Deadlines deadlines;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	@Test
	void drawsTargetsAndTwoDifferentOfficersAtRandomWithinTheCommunity() {
		var officer = account("officer");
		long dongle = account("worker").communityId();
		var drawn = work.drawAtRandom(officer, 5, dongle, null, LocalDate.of(2026, 12, 1));
		assertThat(drawn).hasSize(5).allSatisfy(i -> {
			assertThat(i.getCommunityId()).isEqualTo(dongle);
			assertThat(i.getOfficer1Id()).isNotEqualTo(i.getOfficer2Id());
			assertThat(i.getRandomDraw()).isEqualTo(drawn.get(0).getRandomDraw()).startsWith("S");
		});
		var officerIds = work.officers(officer).stream().map(s -> s.accountId()).toList();
		assertThat(drawn).allSatisfy(i -> assertThat(officerIds).contains(i.getOfficer1Id(), i.getOfficer2Id()));
		assertThat(work.officers(officer)).allSatisfy(s -> assertThat(s.role()).isEqualTo(Role.ENFORCEMENT_OFFICER));
	}

	@Test
	void noRandomDrawWithFewerThanTwoOfficersOnDutyPerArticle42() {
		var officer = account("officer");
		// EnforcementRule.INSPECTION_OFFICERS_ON_DUTY: with one officer on duty there is nobody to inspect with; the
		// suite shares one platform, so the officers taken off duty here are put back
		List<Long> others = jdbc.queryForList("select id from staff_account where tenant_id = ? and active = true"
				+ " and role = 'ENFORCEMENT_OFFICER' and id <> ?", Long.class, officer.tenantId(), officer.accountId());
		others.forEach(id -> jdbc.update("update staff_account set active = false where id = ?", id));
		try {
			assertThatThrownBy(() -> work.drawAtRandom(officer, 1, null, null, LocalDate.of(2026, 12, 1)))
				.hasFieldOrPropertyWithValue("rule", EnforcementRule.INSPECTION_OFFICERS_ON_DUTY);
		}
		finally {
			others.forEach(id -> jdbc.update("update staff_account set active = true where id = ?", id));
		}
		assertThat(work.officers(officer)).hasSizeGreaterThan(1);
	}

	@Test
	void refusesAnInspectionByOneOfficerPerArticle42() throws Exception {
		var officer = account("officer");
		long entity = jdbc.queryForObject("select min(id) from regulated_entity", Long.class);
		mvc.perform(post("/enforcement/inspections/plan").with(user(officer)).with(csrf())
			.param("entityId", String.valueOf(entity)).param("officer1Id", String.valueOf(officer.accountId()))
			.param("officer2Id", String.valueOf(officer.accountId())).param("plannedOn", "2026-12-01"))
			.andExpect(flash().attribute("refusal", "inspection.officers.two")).andExpect(flash().attribute("refusalRule", "ENF-INSPECTION-TWO-OFFICERS"));
	}

	@Test
	void aHazardIsTrackedAgainstItsOrderAndClosedByReinspection() {
		var officer = account("officer");
		var colleague = account("officer2");
		long entity = jdbc.queryForObject("select min(id) from regulated_entity", Long.class);
		Inspection inspection = work.plan(officer, entity, officer.accountId(), colleague.accountId(),
				LocalDate.of(2026, 11, 20));
		assertThatThrownBy(() -> work.orderRectification(officer, inspection.getId(), "灭火器过期", Hazard.Severity.GENERAL, 7))
			.hasFieldOrPropertyWithValue("messageKey", "hazard.inspectionNotRecorded");
		work.record(officer, inspection.getId(), LocalDate.of(2026, 11, 20), "灭火器压力不足，疏散通道堆放杂物", "市场监管所");
		// 安全生产法 第一百零二条 with a 7-day order: Fri Nov 20 2026 + 7 = Fri Nov 27, a working day
		var hazard = work.orderRectification(officer, inspection.getId(), "疏散通道堆放杂物", Hazard.Severity.GENERAL, 7);
		var deadline = deadlines.get(officer, hazard.getDeadlineId());
		assertThat(deadline.rule()).isEqualTo(StatutoryRule.HAZARD_RECTIFICATION);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(deadlines.openFor(officer)).extracting(d -> d.id()).contains(deadline.id());

		var closed = work.rectified(officer, hazard.getId(), LocalDate.of(2026, 11, 26), "复查已清理");
		assertThat(closed.getState()).isEqualTo(Hazard.State.RECTIFIED);
		assertThat(deadlines.get(officer, hazard.getDeadlineId()).status()).isEqualTo(DeadlineStatus.COMPLETED);
		assertThat(deadlines.get(officer, hazard.getDeadlineId()).completedOnTime()).isTrue();
	}

	@Test
	void aHazardGoesToACaseOnlyWhenNotRemovedWithinItsPeriodPerArticle102() {
		var officer = account("officer3");
		var colleague = account("officer4");
		long entity = jdbc.queryForObject("select max(id) from regulated_entity", Long.class);
		var inspection = work.plan(officer, entity, officer.accountId(), colleague.accountId(), LocalDate.of(2026, 11, 25));
		work.record(officer, inspection.getId(), LocalDate.of(2026, 11, 25), "燃气管道私接", null);
		// Wed Nov 25 2026 + 10 days = Sat Dec 5: the period ends Mon Dec 7
		var pending = work.orderRectification(officer, inspection.getId(), "燃气管道私接软管", Hazard.Severity.MAJOR, 10);
		assertThatThrownBy(() -> work.escalate(officer, pending.getId(), LocalDate.of(2026, 12, 7), "未整改"))
			.isInstanceOf(RuleViolation.class)
			.hasFieldOrPropertyWithValue("rule", EnforcementRule.ESCALATE_AFTER_PERIOD);

		var earlier = work.plan(officer, entity, officer.accountId(), colleague.accountId(), LocalDate.of(2026, 10, 1));
		work.record(officer, earlier.getId(), LocalDate.of(2026, 10, 1), "消防通道被占用", null);
		// Thu Oct 1 2026 + 7 days = Thu Oct 8, a working day after 国庆 (Oct 1-7)
		var overdue = work.orderRectification(officer, earlier.getId(), "占用消防车通道", Hazard.Severity.MAJOR, 7);
		assertThat(deadlines.get(officer, overdue.getDeadlineId()).due()).isEqualTo(LocalDate.of(2026, 10, 8));
		var escalated = work.escalate(officer, overdue.getId(), LocalDate.of(2026, 10, 15), "复查仍未整改");
		assertThat(escalated.getState()).isEqualTo(Hazard.State.ESCALATED);
		assertThat(deadlines.get(officer, overdue.getDeadlineId()).completedOnTime()).isFalse();
	}

	@Test
	void overdueInspectionsAndHazardsAreFilteredAndExportedOnTheServer() throws Exception {
		var officer = account("officer5");
		var colleague = account("officer6");
		long entity = jdbc.queryForObject("select min(id) from regulated_entity", Long.class);
		LocalDate longAgo = deadlines.today().minusDays(40);
		var late = work.plan(officer, entity, officer.accountId(), colleague.accountId(), longAgo);
		var done = work.plan(officer, entity, officer.accountId(), colleague.accountId(), longAgo);
		work.record(officer, done.getId(), longAgo, "楼梯间堆放电动自行车（逾期测试）", null);
		var open = work.orderRectification(officer, done.getId(), "楼梯间停放电动自行车充电（逾期测试）",
				Hazard.Severity.MAJOR, 7);
		var overdueInspections = work.inspections(officer, new InspectionWork.InspectionFilter(null, null, null, null,
				true), org.springframework.data.domain.PageRequest.of(0, 500));
		assertThat(overdueInspections.getContent()).extracting(Inspection::getId).contains(late.getId())
			.doesNotContain(done.getId());
		var overdueHazards = work.hazards(officer, new InspectionWork.HazardFilter(null, null, null, true),
				org.springframework.data.domain.PageRequest.of(0, 500));
		assertThat(overdueHazards.getContent()).extracting(Hazard::getId).contains(open.getId())
			.allSatisfy(id -> assertThat(id).isNotNull());
		assertThat(overdueHazards.getContent()).allSatisfy(h -> assertThat(h.getState()).isEqualTo(Hazard.State.OPEN));
		byte[] xlsx = mvc.perform(get("/enforcement/hazards/export").param("overdue", "true").with(user(officer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) overdueHazards.getTotalElements());
		}
		mvc.perform(get("/enforcement/hazards").param("overdue", "true").with(user(officer)))
			.andExpect(content().string(containsString("楼梯间停放电动自行车充电（逾期测试）")));
	}

	@Test
	void aCommunityWorkerSeesOnlyTheirCommunitysInspectionsAndPagesRender() throws Exception {
		var officer = account("officer");
		var dongleWorker = account("worker");
		var jinpengWorker = account("worker2");
		var drawn = work.drawAtRandom(officer, 1, dongleWorker.communityId(), null, LocalDate.of(2026, 12, 2));
		long id = drawn.get(0).getId();
		mvc.perform(get("/enforcement/inspections/" + id).with(user(jinpengWorker))).andExpect(status().isNotFound());
		mvc.perform(get("/enforcement/inspections/" + id).with(user(dongleWorker))).andExpect(status().isOk());
		mvc.perform(get("/enforcement/inspections").with(user(officer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("双随机")));
		mvc.perform(get("/enforcement/hazards").with(user(officer))).andExpect(status().isOk());

		// a site photo, stored with its hashes and readable within the inspection's scope only
		var jpegOut = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg",
				jpegOut);
		byte[] jpeg = jpegOut.toByteArray();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/enforcement/inspections/" + id + "/attachments")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "现场照片.jpg", "image/jpeg", jpeg))
			.with(user(officer)).with(csrf()))
			.andExpect(flash().attribute("saved", true));
		long attachment = jdbc.queryForObject("select max(id) from attachment where owner_type = 'INSPECTION'", Long.class);
		mvc.perform(get("/enforcement/inspections/" + id).with(user(dongleWorker)))
			.andExpect(content().string(containsString("现场照片.jpg")));
		mvc.perform(get("/files/" + attachment + "/download").with(user(jinpengWorker))).andExpect(status().isNotFound());
		mvc.perform(get("/files/" + attachment + "/download").with(user(dongleWorker))).andExpect(status().isOk());
	}
}
