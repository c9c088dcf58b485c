package org.fazhi.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.contracts.ContractWork;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The legality review of contracts: a lawyer reads only what is assigned to them, the conflict check finds the
 * lawyer's earlier review of the counterparty (on a keyed hash for a person, never the number), revisions go round
 * again, signing before a passed review is flagged, the review period counts working days across National Day, the
 * API keeps the same guards, and the figures are recomputed in SQL with the demo's 2024 of the report (323).
 * Each test submits contracts of its own, in 2025.
 */
@FazhiIntegrationTest
class ContractReviewIntegrationTests {

	@Autowired
	ContractWork work;

	@Autowired
	LegalFigureBook figures;

	@Autowired
	LegalAgenda agenda;

	@Autowired
	org.fazhi.legal.internal.opinions.OpinionWork opinionWork;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	private static int serial = 500;

	private FazhiUser account(String username) {
		return (FazhiUser) accounts.loadUserByUsername(username);
	}

	private static String creditCode(int n) {
		String first17 = String.format("9144030377%07d", n);
		return first17 + CreditCodes.checkCharacter(first17);
	}

	private static byte[] pdf() throws Exception {
		try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
			doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

	private ContractReview submitted(String by, String code, LocalDate on) throws Exception {
		int n = serial++;
		return work.submit(account(by), new ContractWork.Submission("测试合同 " + n, ContractReview.Type.SERVICE,
				ContractReview.CounterpartyKind.ORGANISATION, "测试相对方" + n + "有限公司", code, null, 100_000L, on,
				on.plusYears(1), on), "合同.pdf", new ByteArrayInputStream(pdf()));
	}

	@Test
	void aLawyerReadsOnlyTheContractsAssignedToThem() throws Exception {
		var c = submitted("officer", creditCode(serial), LocalDate.of(2025, 3, 3));
		// the justice office's to-do until it assigns, then the lawyer's
		assertThat(agenda.contractsFor(account("legal"))).extracting(LegalAgenda.ContractToDo::id).contains(c.getId());
		work.assign(account("legal"), c.getId(), account("advisor").accountId(), LocalDate.of(2025, 3, 3));
		assertThat(agenda.contractsFor(account("advisor"))).extracting(LegalAgenda.ContractToDo::id).contains(c.getId());
		assertThat(agenda.contractsFor(account("advisor2"))).extracting(LegalAgenda.ContractToDo::id)
			.doesNotContain(c.getId());
		assertThat(work.get(account("advisor"), c.getId()).getLawyerId()).isEqualTo(account("advisor").accountId());
		assertThatThrownBy(() -> work.get(account("advisor2"), c.getId())).isInstanceOf(NotFound.class);
		mvc.perform(get("/legal/contracts/" + c.getId()).with(user(account("advisor2")))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/legal/contracts/" + c.getId()).with(user(account("advisor2"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/legal/contracts/" + c.getId()).with(user(account("advisor")))).andExpect(status().isOk());
		// mediators have no part in the office's legal affairs; another department reads not the enforcement team's
		mvc.perform(get("/legal/contracts/" + c.getId()).with(user(account("mediator3")))).andExpect(status().isForbidden());
		assertThatThrownBy(() -> work.get(account("safety"), c.getId())).isInstanceOf(NotFound.class);
		// the lawyer the contract is not assigned to cannot answer it, even knowing its id
		assertThatThrownBy(() -> work.opinion(account("advisor2"), c.getId(), ContractReview.Opinion.LAWFUL, "理由", null,
				null, null, LocalDate.of(2025, 3, 4))).isInstanceOf(NotFound.class);
	}

	@Test
	void theConflictCheckFindsTheLawyersEarlierReviewOfTheSameCounterparty() throws Exception {
		String code = creditCode(serial + 1000);
		var earlier = submitted("officer", code, LocalDate.of(2025, 4, 1));
		work.assign(account("legal"), earlier.getId(), account("advisor2").accountId(), LocalDate.of(2025, 4, 1));
		var later = submitted("director", code, LocalDate.of(2025, 5, 6));
		assertThat(work.conflicts(account("legal"), later.getId(), account("advisor2").accountId()))
			.extracting(ContractWork.Conflict::id).containsExactly(earlier.getId());
		assertThat(work.conflicts(account("legal"), later.getId(), account("advisor").accountId()))
			.extracting(ContractWork.Conflict::id).doesNotContain(earlier.getId());
		// a person as the counterparty: matched on the keyed hash of the identity number, which is never stored plain
		String identity = PersonalData.withCheckCharacter("44030319800202" + String.format("%03d", serial % 1000));
		ContractReview first = null;
		for (int i = 0; i < 2; i++) {
			var person = work.submit(account("officer"), new ContractWork.Submission("房屋租赁合同 " + serial++,
					ContractReview.Type.LEASE, ContractReview.CounterpartyKind.PERSON, "林某某", null, identity, 36_000L,
					null, null, LocalDate.of(2025, 6, 2)), "租赁合同.docx", new ByteArrayInputStream(docx()));
			if (first == null) {
				first = person;
				work.assign(account("legal"), person.getId(), account("advisor").accountId(), LocalDate.of(2025, 6, 2));
			}
			else {
				assertThat(work.conflicts(account("legal"), person.getId(), account("advisor").accountId()))
					.extracting(ContractWork.Conflict::id).containsExactly(first.getId());
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from contract_review where counterparty_identity like ?"
				+ " or counterparty_key like ?", Long.class, "%" + identity + "%", "%" + identity + "%")).isZero();
		assertThat(work.maskedIdentity(first)).startsWith("440303").contains("****").doesNotContain("19800202");
		// only the justice office runs the check
		long id = later.getId();
		assertThatThrownBy(() -> work.conflicts(account("director"), id, account("advisor").accountId()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	private static byte[] docx() throws Exception {
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new java.io.ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("房屋租赁合同");
			doc.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aRevisionGoesRoundAgainAndSigningBeforeAPassedReviewIsFlagged() throws Exception {
		var legal = account("legal");
		var lawyer = account("advisor");
		var c = submitted("officer", creditCode(serial + 2000), LocalDate.of(2025, 7, 1));
		work.assign(legal, c.getId(), lawyer.accountId(), LocalDate.of(2025, 7, 1));
		// 修改后签订 names the clauses at risk and sends the marked-up file back
		assertThatThrownBy(() -> work.opinion(lawyer, c.getId(), ContractReview.Opinion.AMEND, "违约责任不对等。", null,
				null, null, LocalDate.of(2025, 7, 2)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contract.risky.required"));
		assertThatThrownBy(() -> work.opinion(lawyer, c.getId(), ContractReview.Opinion.AMEND, "违约责任不对等。", "第八条",
				null, null, LocalDate.of(2025, 7, 2)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contract.markedUp.required"));
		work.opinion(lawyer, c.getId(), ContractReview.Opinion.AMEND, "违约责任不对等。", "第八条", "标注稿.pdf",
				new ByteArrayInputStream(pdf()), LocalDate.of(2025, 7, 2));
		assertThat(work.get(legal, c.getId()).getState()).isEqualTo(ContractReview.State.RETURNED);
		work.revise(account("officer2"), c.getId(), "修改稿.pdf", new ByteArrayInputStream(pdf()), "已修改第八条",
				LocalDate.of(2025, 7, 3));
		var revised = work.get(legal, c.getId());
		assertThat(revised.getState()).isEqualTo(ContractReview.State.IN_REVIEW);
		assertThat(revised.getRoundNo()).isEqualTo(2);
		assertThat(work.deadlinesOf(legal, c.getId())).hasSize(2);
		work.opinion(lawyer, c.getId(), ContractReview.Opinion.LAWFUL, "已按意见修改，可以签订。", null, null, null,
				LocalDate.of(2025, 7, 4));
		work.sign(account("officer"), c.getId(), LocalDate.of(2025, 7, 8));
		var signed = work.get(legal, c.getId());
		assertThat(signed.getState()).isEqualTo(ContractReview.State.SIGNED);
		assertThat(signed.isSignedBeforeReview()).isFalse();
		assertThat(work.roundsOf(legal, c.getId())).extracting(r -> r.getOpinion())
			.containsExactly(ContractReview.Opinion.AMEND, ContractReview.Opinion.LAWFUL);
		// signed while still with the lawyer: flagged, and the review period ends with the signing
		var early = submitted("officer", creditCode(serial + 3000), LocalDate.of(2025, 8, 4));
		work.assign(legal, early.getId(), lawyer.accountId(), LocalDate.of(2025, 8, 4));
		work.sign(account("officer"), early.getId(), LocalDate.of(2025, 8, 5));
		assertThat(work.get(legal, early.getId()).isSignedBeforeReview()).isTrue();
		assertThat(work.deadlinesOf(legal, early.getId())).allMatch(d -> d.completedOn() != null);
		assertThatThrownBy(() -> work.opinion(lawyer, early.getId(), ContractReview.Opinion.LAWFUL, "理由", null, null,
				null, LocalDate.of(2025, 8, 6)))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contract.step.notNow"));
	}

	@Test
	void theReviewPeriodIsFiveWorkingDaysAcrossNationalDayAndALateOpinionCounts() throws Exception {
		var legal = account("legal");
		var lawyer = account("advisor2");
		// assigned Friday 26 September 2025: Sep 28 (make-up Sunday) 1, Sep 29 2, Sep 30 3, Oct 1-8 holiday, Oct 9 4, Oct 10 5
		var c = submitted("officer", creditCode(serial + 4000), LocalDate.of(2025, 9, 26));
		work.assign(legal, c.getId(), lawyer.accountId(), LocalDate.of(2025, 9, 26));
		var period = work.deadlinesOf(legal, c.getId()).get(0);
		assertThat(period.rule()).isEqualTo(StatutoryRule.CONTRACT_REVIEW);
		assertThat(period.due()).isEqualTo(LocalDate.of(2025, 10, 10));
		work.opinion(lawyer, c.getId(), ContractReview.Opinion.LAWFUL, "主体适格，内容合法。", null, null, null,
				LocalDate.of(2025, 10, 13));
		var late = work.get(legal, c.getId());
		assertThat(late.getLateRounds()).isEqualTo(1);
		assertThat(work.roundsOf(legal, c.getId()).get(0).getOnTime()).isFalse();
	}

	@Test
	void theApiKeepsTheSameGuardsAndExportsTheScopedRegister() throws Exception {
		var officer = account("officer");
		mvc.perform(multipart("/api/v1/legal/contracts").file(new MockMultipartFile("file", "合同.pdf", "application/pdf", pdf()))
			.param("title", "接口测试合同").param("type", "PROCUREMENT").param("counterpartyKind", "ORGANISATION")
			.param("counterpartyName", "接口测试公司").param("counterpartyCode", "91440300MA5XXXXXX1")
			.param("amount", "5000").with(user(officer)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("统一社会信用代码")));
		String body = mvc.perform(multipart("/api/v1/legal/contracts")
			.file(new MockMultipartFile("file", "合同.pdf", "application/pdf", pdf())).param("title", "接口测试合同")
			.param("type", "PROCUREMENT").param("counterpartyKind", "ORGANISATION").param("counterpartyName", "接口测试公司")
			.param("counterpartyCode", creditCode(serial + 5000)).param("amount", "5000").param("submittedOn", "2025-11-03")
			.with(user(officer)).with(csrf()))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.contract.state").value("SUBMITTED"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.contract.id")).longValue();
		// the enforcement officer cannot assign, the lawyer cannot answer before the assignment
		mvc.perform(multipart("/api/v1/legal/contracts/" + id + "/assign").param("lawyerId",
				String.valueOf(account("advisor").accountId())).with(user(officer)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/legal/contracts/" + id + "/assign").param("lawyerId",
				String.valueOf(account("advisor").accountId())).param("on", "2025-11-03").with(user(account("legal")))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.contract.state").value("IN_REVIEW"));
		mvc.perform(multipart("/api/v1/legal/contracts/" + id + "/opinion").param("opinion", "LAWFUL")
			.param("on", "2025-11-04").with(user(account("advisor"))).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(multipart("/api/v1/legal/contracts/" + id + "/opinion").param("opinion", "LAWFUL")
			.param("reasons", "合法。").param("on", "2025-11-04").with(user(account("advisor"))).with(csrf()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.contract.state").value("PASSED"))
			.andExpect(jsonPath("$.rounds[0].onTime").value(true));
		// the register's export holds the officer's department's reviews, as the list does
		byte[] xlsx = mvc.perform(get("/legal/contracts/export").with(user(officer))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		long expected = jdbc.queryForObject("select count(*) from contract_review where tenant_id = ? and"
				+ " (department_id = ? or created_by = ?)", Long.class, officer.tenantId(), officer.departmentId(),
				officer.accountId());
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat((long) book.getSheetAt(0).getLastRowNum()).isEqualTo(expected);
		}
	}

	@Test
	void theFiguresAreThoseOfASecondCountInSqlAndTheDemos2024IsThatOfTheReport() {
		var leader = account("leader");
		for (int year : new int[] { 2023, 2024, 2025 }) {
			var values = figures.values(leader.tenantId(), year);
			String within = " from contract_review where tenant_id = ? and first_opinion_on >= ? and first_opinion_on < ?";
			Object[] args = { leader.tenantId(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1) };
			long reviewed = jdbc.queryForObject("select count(*)" + within, Long.class, args);
			assertThat(values.get(LegalFigureBook.CONTRACTS_REVIEWED)).as("" + year).isEqualTo(reviewed);
			assertThat(values.get(LegalFigureBook.CONTRACT_AMOUNT)).isEqualTo(
					jdbc.queryForObject("select coalesce(sum(amount), 0)" + within, Long.class, args));
			assertThat(values.get(LegalFigureBook.CONTRACTS_AMEND)).isEqualTo(
					jdbc.queryForObject("select count(*)" + within + " and opinion = 'AMEND'", Long.class, args));
			long onTime = jdbc.queryForObject("select count(*)" + within + " and late_rounds = 0", Long.class, args);
			assertThat(values.get(LegalFigureBook.ON_TIME_RATE)).isEqualTo(reviewed == 0 ? 0 : onTime * 100 / reviewed);
			assertThat(values.get(LegalFigureBook.SIGNED_BEFORE_REVIEW)).isEqualTo(jdbc.queryForObject(
					"select count(*) from contract_review where tenant_id = ? and signed_on >= ? and signed_on < ?"
							+ " and signed_before_review = true", Long.class, args));
		}
		// 2024年法律顾问审查政府合同共计323份
		assertThat(figures.values(leader.tenantId(), 2024).get(LegalFigureBook.CONTRACTS_REVIEWED)).isEqualTo(323);
		assertThat(figures.values(leader.tenantId(), 2023).get(LegalFigureBook.CONTRACTS_REVIEWED)).isEqualTo(287);
	}

	@Test
	void legalOpinionsAreRecordedByTheirLawyerOrTheJusticeOfficeAndTheDemos2024GaveSix() throws Exception {
		var legal = account("legal");
		var opinion = opinionWork.record(account("advisor2"), new org.fazhi.legal.internal.opinions.OpinionWork.Record(
				org.fazhi.legal.internal.opinions.LegalOpinion.Subject.CONTRACT, "测试合同", "付款条款是否合法？",
				"符合政府采购法规定。", account("advisor").accountId(), LocalDate.of(2025, 2, 3)), null, null);
		// a lawyer records as the author, whatever the form names
		assertThat(opinion.getAuthorId()).isEqualTo(account("advisor2").accountId());
		var byOffice = opinionWork.record(legal, new org.fazhi.legal.internal.opinions.OpinionWork.Record(
				org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DECISION, null, "问题", "意见",
				account("advisor").accountId(), LocalDate.of(2025, 2, 4)), null, null);
		assertThat(byOffice.getAuthorId()).isEqualTo(account("advisor").accountId());
		assertThatThrownBy(() -> opinionWork.record(legal, new org.fazhi.legal.internal.opinions.OpinionWork.Record(
				org.fazhi.legal.internal.opinions.LegalOpinion.Subject.DECISION, null, "问题", "意见",
				account("officer").accountId(), LocalDate.of(2025, 2, 4)), null, null))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("contract.lawyer.unknown"));
		// each lawyer reads their own; the justice office all
		String mine = mvc.perform(get("/api/v1/legal/opinions?size=500").with(user(account("advisor"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("\"id\":" + byOffice.getId() + ",").doesNotContain("\"id\":" + opinion.getId() + ",");
		mvc.perform(multipart("/api/v1/legal/opinions").param("subject", "CASE").param("question", "问题")
			.param("opinion", "意见").with(user(account("officer"))).with(csrf())).andExpect(status().isForbidden());
		// 2024年出具法律意见书6份; 2023 four; a second count in SQL
		for (int year : new int[] { 2023, 2024, 2025 }) {
			assertThat(figures.values(legal.tenantId(), year).get(LegalFigureBook.OPINIONS)).isEqualTo(
					jdbc.queryForObject("select count(*) from legal_opinion where tenant_id = ? and given_on >= ?"
							+ " and given_on < ?", Long.class, legal.tenantId(), LocalDate.of(year, 1, 1),
							LocalDate.of(year + 1, 1, 1)));
		}
		assertThat(figures.values(legal.tenantId(), 2024).get(LegalFigureBook.OPINIONS)).isEqualTo(6);
		assertThat(figures.values(legal.tenantId(), 2023).get(LegalFigureBook.OPINIONS)).isEqualTo(4);
	}
}
