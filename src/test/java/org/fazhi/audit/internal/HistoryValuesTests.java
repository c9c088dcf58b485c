package org.fazhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Audit details as a person reads them: codes by their labels, but never inside a path or an HTTP method. */
class HistoryValuesTests {

	private final HistoryValues values;

	HistoryValuesTests() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		values = new HistoryValues(messages);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void codesReadAsLabelsButPathsAndMethodsStayAsTheyWere() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		assertThat(values.detail("PATROL AQ-102-01")).isEqualTo("巡查发现 AQ-102-01");
		assertThat(values.detail("INSPECTION 1: 罗东执改〔2023〕1号.docx")).startsWith("行政检查 1:");
		// the method POST is no 邮寄送达 (serviceMethod.POST), a path's DECISION no 行政处罚决定书
		assertThat(values.detail("403 POST /api/v1/enforcement/cases/71/steps"))
			.isEqualTo("403 POST /api/v1/enforcement/cases/71/steps");
		assertThat(values.detail("404 GET /documents/templates/nope/DECISION"))
			.isEqualTo("404 GET /documents/templates/nope/DECISION");
		// a refusal's message key by its message
		assertThat(values.detail("ENF-FILING-BY-HEAD case.filing.leaderOnly")).startsWith("ENF-FILING-BY-HEAD：立案须经")
			.doesNotContain("case.filing.leaderOnly");
		assertThat(values.detail("case.limitation")).contains("…").doesNotContain("{0");
		assertThat(values.detail("现场照片.png 1024 bytes")).isEqualTo("现场照片.png 1024 bytes");
		// a template's slot (module/kind) by its kind, in the detail and as the record's id; a hazard's severity
		assertThat(values.detail("enforcement/DECISION v2 bundled")).isEqualTo("行政处罚决定书 v2 bundled");
		assertThat(values.recordId("enforcement/DECISION")).isEqualTo("行政处罚决定书");
		assertThat(values.recordId("71")).isEqualTo("71");
		assertThat(values.detail("GENERAL, rectify within 7 days")).startsWith("一般隐患,");
	}
}
