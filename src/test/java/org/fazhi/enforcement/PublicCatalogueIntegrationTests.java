package org.fazhi.enforcement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public catalogue (行政处罚法 第二十四条、第三十四条): readable without signing in, as a page and as JSON. */
@FazhiIntegrationTest
class PublicCatalogueIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneReadsTheSubdistrictsCatalogueWithItsLegalBases() throws Exception {
		mvc.perform(get("/public/enforcement/matters").param("tenant", "440303007").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("深圳市罗湖区东湖街道行政执法事项公示")))
			.andExpect(content().string(containsString("《中华人民共和国安全生产法》第一百零二条")))
			.andExpect(content().string(containsString("申请行政复议或者提起行政诉讼")))
			.andExpect(content().string(containsString("执法人员及执法证号")))
			.andExpect(content().string(containsString("440303001008")));
		mvc.perform(get("/api/v1/public/enforcement/matters").param("tenant", "440303007"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tenant").value("440303007"))
			.andExpect(jsonPath("$.matters.length()").value(greaterThanOrEqualTo(50)))
			.andExpect(jsonPath("$.officers[0].certificateNo").exists())
			.andExpect(jsonPath("$.officers.length()").value(7));
	}

	@Test
	void anUnknownSubdistrictIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/public/enforcement/matters").param("tenant", "440303999"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/public/enforcement/matters").param("tenant", "abc").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}
}
