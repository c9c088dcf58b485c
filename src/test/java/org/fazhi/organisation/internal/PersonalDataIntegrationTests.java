package org.fazhi.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.organisation.FazhiUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Personal data: SM4-encrypted at rest, masked on pages and in the API, revealed only to allowed roles, audited. */
@FazhiIntegrationTest
class PersonalDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ExternalPeople people;

	@Autowired
	OrganisationAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	private ExternalPerson chiefAdvisor() {
		return people.findAll().stream().filter(p -> p.getKind() == ExternalPersonKind.CHIEF_LEGAL_ADVISOR)
			.findFirst().orElseThrow();
	}

	@Test
	void isStoredEncryptedAndShownMasked() throws Exception {
		var advisor = chiefAdvisor();
		String phone = advisor.getPhone();
		assertThat(phone).matches("1380030\\d{4}");
		String stored = jdbc.queryForObject("select phone from external_person where id = ?", String.class,
				advisor.getId());
		assertThat(stored).startsWith("sm4gcm1:").doesNotContain(phone);

		mvc.perform(get("/organisation/people").with(user(accounts.loadUserByUsername("legal"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(advisor.getMaskedPhone())))
			.andExpect(content().string(containsString(advisor.getMaskedIdNumber())))
			.andExpect(content().string(not(containsString(phone))))
			.andExpect(content().string(not(containsString(advisor.getIdNumber()))));
		mvc.perform(get("/api/v1/organisation/people").with(user(accounts.loadUserByUsername("leader"))))
			.andExpect(jsonPath("$[0].phone").value(org.hamcrest.Matchers.matchesPattern("138\\*{4}\\d{4}")))
			.andExpect(content().string(not(containsString(phone))));
	}

	@Test
	void isRevealedOnlyToAllowedRolesAndEachLookIsAudited() throws Exception {
		// AccessLawRule.PERSONAL_DATA_IN_CLEAR (个人信息保护法 第五十一条): in clear only for the administrator and the
		// justice office, and each look recorded
		var advisor = chiefAdvisor();
		long before = jdbc.queryForObject("select count(*) from audit_entry where action = 'REVEAL'", Long.class);
		mvc.perform(post("/organisation/people/" + advisor.getId() + "/reveal")
			.with(user(accounts.loadUserByUsername("legal"))).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(advisor.getPhone())))
			.andExpect(content().string(containsString(advisor.getIdNumber())));
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'REVEAL'", Long.class))
			.isEqualTo(before + 1);
		mvc.perform(post("/organisation/people/" + advisor.getId() + "/reveal")
			.with(user(accounts.loadUserByUsername("leader"))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void refusesAnIdentityNumberWithAWrongCheckCharacterPerGb11643() {
		var admin = (FazhiUser) accounts.loadUserByUsername("admin");
		var form = ExternalPersonForm.of(chiefAdvisor());
		form.setIdNumber("110105194912310021");
		assertThatThrownBy(() -> administration.updateExternalPerson(admin, chiefAdvisor().getId(), form))
			.hasFieldOrPropertyWithValue("messageKey", "external.idNumber.invalid");
		form.setIdNumber(null);
		form.setPhone("12345");
		assertThatThrownBy(() -> administration.updateExternalPerson(admin, chiefAdvisor().getId(), form))
			.hasFieldOrPropertyWithValue("messageKey", "external.phone.invalid");
	}
}
