package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.DatabaseUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's way through the platform in headless Debian Chromium: sign in as the demo administrator, read the
 * workbench, open the organisation pages, filter staff by department (htmx), have a duplicate community refused,
 * and sign out. Screenshots go to target/screenshots.
 */
@FazhiIntegrationTest
class BrowserIntegrationTests {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.fazhi.organisation.OrganisationDirectory directory;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	@org.springframework.beans.factory.annotation.Autowired
	org.fazhi.enforcement.ChallengedDecisions challenged;

	@org.springframework.beans.factory.annotation.Autowired
	org.fazhi.files.Attachments attachments;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeAll
	static void openBrowser() throws IOException {
		Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
		browser = Chromium.open(profile, 1366, 900);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		String database = DatabaseUnderTest.postgresql() ? "postgresql" : "h2";
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + "-" + database + ".png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private WebDriverWait signIn(String username) {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		// look often: a page of this platform answers in tens of milliseconds, the default half second is most of a step
		wait.pollingEvery(Duration.ofMillis(50));
		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.findElement(By.className("demo-banner")).getText()).contains("演示数据");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("Fazhi#Demo2024");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		return wait;
	}

	private void setDate(String id, String isoDate) {
		// a date input takes its typed value in the browser's locale format; set the ISO value directly
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)),
				isoDate);
	}

	/** A number the page computes in the browser: its layout as a person sees it. */
	private long measure(String script) {
		return ((Number) ((JavascriptExecutor) browser).executeScript("return " + script)).longValue();
	}

	/**
	 * The shell at a desk (1280 px) and on a phone (390 px), in both languages, for the roles with the longest menus:
	 * nothing widens the page, the top bar stays one line, every menu entry one line; at 1280 the side menu is beside
	 * the page, at 390 it folds behind its button. Screenshots of the workbench, a list and a case page at both widths.
	 */
	@Test
	void theLayoutHoldsAtADeskAndOnAPhoneInBothLanguages() throws IOException {
		try {
			walkTheLayout();
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
		}
	}

	private void walkTheLayout() throws IOException {
		long caseId = 0;
		for (String username : java.util.List.of("admin", "leader", "officer")) {
			var wait = signIn(username);
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
			if (caseId == 0) {
				browser.get(url("/enforcement/cases?state=CLOSED"));
				wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-count")));
				var first = browser.findElements(By.cssSelector("table a[href^='/enforcement/cases/']"));
				if (!first.isEmpty()) {
					caseId = Long.parseLong(first.get(0).getAttribute("href").replaceAll(".*/", ""));
				}
			}
			for (String lang : java.util.List.of("zh-CN", "en")) {
				for (int width : new int[] { 1280, 390 }) {
					browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
					var paths = new java.util.ArrayList<>(java.util.List.of("/", "/enforcement/cases",
							"/enforcement/cases/" + caseId));
					if (username.equals("admin")) {
						// the shared ground: the rulebook and the document templates
						paths.addAll(java.util.List.of("/public/rules", "/documents/templates"));
					}
					for (String path : paths) {
						browser.get(url(path + "?lang=" + lang));
						wait.until(ExpectedConditions.presenceOfElementLocated(By.id("top-bar")));
						String where = username + " " + lang + " " + width + " " + path;
						assertThat(measure("document.documentElement.scrollWidth")).as(where + ": page width, widened by "
								+ ((JavascriptExecutor) browser).executeScript("""
										return Array.from(document.querySelectorAll('body *'))
										  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
										  .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '
										    + Math.round(e.getBoundingClientRect().right)).join(', ')"""))
							.isLessThanOrEqualTo(measure("window.innerWidth"));
						assertThat(measure("document.getElementById('top-bar').offsetHeight")).as(where + ": top bar")
							.isLessThan(70);
						if (width == 1280) {
							assertThat(measure("document.getElementById('side-nav').offsetWidth")).as(where).isGreaterThan(100);
							assertThat(measure("Math.max(...Array.from(document.querySelectorAll('.side-link')).map(a => a.offsetHeight))"))
								.as(where + ": a menu entry wraps").isLessThan(40);
							assertThat(measure("document.querySelector('.fazhi-content').getBoundingClientRect().left"))
								.as(where + ": the page beside the menu").isGreaterThanOrEqualTo(measure("document.getElementById('side-nav').getBoundingClientRect().right") - 1);
						}
						else {
							assertThat(measure("document.getElementById('side-nav').offsetHeight")).as(where + ": folded menu")
								.isEqualTo(0);
						}
						if (username.equals("officer")) {
							screenshot("layout-" + width + "-" + lang + "-" + (path.equals("/") ? "workbench"
									: path.equals("/enforcement/cases") ? "case-list" : "case-page"));
						}
					}
				}
			}
		}
	}

	/** A forged Host header is never reflected: the server's redirects name no host at all. */
	@Test
	void redirectsNeverNameTheHostAClientSent() throws IOException {
		try (var socket = new java.net.Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			var out = socket.getOutputStream();
			out.write(("GET /deadlines HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			out.flush();
			String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 302");
			assertThat(response).containsIgnoringCase("Location: /login").doesNotContain("evil.example");
		}
	}

	@Test
	void legalOfficerCountsAPeriodAndRegistersADeadline() throws IOException {
		var wait = signIn("legal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

		clickLink("法定期限计算");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calculator")));
		new Select(browser.findElement(By.id("rule"))).selectByValue("RECONSIDERATION_ANSWER");
		setDate("start", "2024-02-02");
		browser.findElement(By.cssSelector("#calculator button[type=submit]")).click();
		// 行政复议法 第四十八条: 10 working days from Fri Feb 2 2024, across the Spring Festival: Wed Feb 21
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("due-date"), "2024-02-21"));
		assertThat(browser.findElement(By.id("rule-citation")).getText()).contains("《行政复议法》第四十八条");
		assertThat(browser.findElement(By.id("counted-days")).getText()).contains("调休上班", "春节", "计入第 10 日");
		screenshot("calendar");

		browser.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-deadlines")));
		String before = browser.findElement(By.partialLinkText("项未办结")).getText();

		browser.get(url("/deadlines/new"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		browser.findElement(By.id("title")).sendKeys("区法院送达起诉状副本（浏览器测试）");
		new Select(browser.findElement(By.id("rule"))).selectByValue("LITIGATION_DEFENCE");
		// served 14 days ago: the 15 days of 第六十七条 end tomorrow or (across a weekend or holiday) soon after
		setDate("triggerDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(14).toString());
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline")));
		assertThat(browser.findElement(By.id("deadline")).getText()).contains("《行政诉讼法》第六十七条", "周婷");
		screenshot("deadline");

		clickLink("执法事项");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matters")));
		new Select(browser.findElement(By.id("domain"))).selectByValue("GAS");
		browser.findElement(By.cssSelector("#matter-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matters"), "《城镇燃气管理条例》第四十六条"));
		assertThat(browser.findElement(By.id("matters")).getText()).doesNotContain("安全生产法");
		// a link that wraps over two lines of its cell: clicked as a person would, on the link itself
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				browser.findElement(By.partialLinkText("在不具备安全条件的场所储存燃气")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter"), "10000 元至 100000 元"));
		screenshot("matter");

		clickLink("市场主体");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("entities")));
		new Select(browser.findElement(By.id("community"))).selectByVisibleText("东乐社区");
		browser.findElement(By.cssSelector("#entity-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entities"), "东乐餐饮管理有限公司（演示）"));
		assertThat(browser.findElement(By.id("entities")).getText()).doesNotContain("金鹏").containsPattern("139\\*{4}");
		screenshot("entities");

		browser.get(url("/deadlines"));
		wait.until(ExpectedConditions.attributeToBe(By.id("status-chart"), "data-rendered", "true"));
		assertThat(browser.findElement(By.id("status-chart")).findElements(By.tagName("canvas"))).isNotEmpty();
		screenshot("deadlines-chart");

		browser.get(url("/deadlines?status=DUE_SOON"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status-chart")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("区法院送达起诉状副本（浏览器测试）");

		// the workbench counts it among the user's open deadlines (it lists the ten most urgent of them)
		browser.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-deadlines")));
		long was = Long.parseLong(before.replaceAll("\\D", ""));
		assertThat(browser.findElement(By.partialLinkText("项未办结")).getText()).contains("（" + (was + 1) + " 项未办结）");
		screenshot("workbench-deadlines");
	}

	@Test
	void justiceOfficeRevealsPersonalDataAndTheAuditorVerifiesTheTrail() throws IOException {
		var wait = signIn("legal3");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("外部力量");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people")));
		assertThat(browser.findElements(By.linkText("社区"))).isEmpty();
		clickLink("首席法律顾问");
		wait.until(ExpectedConditions.urlContains("kind=CHIEF_LEGAL_ADVISOR"));
		var contact = By.cssSelector("#people td[id^='contact-']");
		wait.until(ExpectedConditions.presenceOfElementLocated(contact));
		String masked = browser.findElement(contact).getText();
		assertThat(masked).containsPattern("138\\*{4}\\d{4}");
		// htmx POST with the CSRF header from fazhi.js: the full number replaces the masked one
		browser.findElement(By.cssSelector("#people button.reveal")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#people .revealed")));
		assertThat(browser.findElement(contact).getText()).containsPattern("1380030\\d{4}").contains("审计");
		screenshot("people-revealed");

		wait = signIn("auditor");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("审计日志");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
		new Select(browser.findElement(By.id("action"))).selectByValue("REVEAL");
		browser.findElement(By.cssSelector("#audit-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-entries"), "legal3"));
		browser.findElement(By.id("verify-chain")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "审计链完好"));
		screenshot("audit-verified");
	}

	@Test
	void enforcementOfficerDrawsInspectsAndOrdersARectification() throws IOException {
		var wait = signIn("officer5");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("行政检查");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("random-draw")));
		new Select(browser.findElement(By.id("draw-community"))).selectByVisibleText("金鹏社区");
		browser.findElement(By.id("sampleSize")).clear();
		browser.findElement(By.id("sampleSize")).sendKeys("2");
		browser.findElement(By.cssSelector("#random-draw button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "已随机抽取 2 个检查对象"));
		browser.findElement(By.cssSelector("#inspections tbody tr a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-inspection")));
		browser.findElement(By.id("findings")).sendKeys("疏散通道堆放纸箱");
		browser.findElement(By.cssSelector("#record-inspection button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-rectification")));
		browser.findElement(By.id("description")).sendKeys("疏散通道堆放纸箱");
		browser.findElement(By.cssSelector("#order-rectification button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hazards"), "7 日内整改"));
		screenshot("inspection");
		browser.get(url("/enforcement/hazards"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hazard-list"), "疏散通道堆放纸箱"));
		screenshot("hazards");
	}

	/**
	 * People's mediation end to end: a community worker takes in a dispute; the community's mediator records both
	 * parties' consent (人民调解法 第十七条), holds a session and escalates it; the subdistrict's mediator reaches a
	 * written agreement, generates and downloads the 人民调解协议书, uploads the signed and sealed copy (第二十九条), and
	 * the judicial-confirmation deadline (第三十三条) shows on the workbench; a follow-up visit closes the dispute. Then the
	 * mediation pages at a desk and on a phone, in both languages.
	 */
	@Test
	void aDisputeGoesFromIntakeThroughEscalationToAnAgreementAndAFollowUpVisit() throws Exception {
		var wait = signIn("worker");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("纠纷调解");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-dispute"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispute-intake")));
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("邻里");
		String summary = "浏览器测试：楼上装修噪音扰民纠纷 " + System.nanoTime();
		browser.findElement(By.id("summary")).sendKeys(summary);
		browser.findElement(By.id("address")).sendKeys("东乐花园12栋");
		browser.findElement(By.id("p0Name")).sendKeys("郑一帆");
		browser.findElement(By.id("p0Identity")).sendKeys("440303198805050012");
		browser.findElement(By.id("p1Name")).sendKeys("冯二娟");
		browser.findElement(By.id("p1Identity")).sendKeys(org.fazhi.shared.PersonalData.withCheckCharacter("44030319900606002"));
		submit("dispute-intake");
		// a wrong identity number is refused with its party named, and what was typed stays on the form
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "第 1 方当事人的公民身份号码"));
		assertThat(browser.findElement(By.id("summary")).getAttribute("value")).isEqualTo(summary);
		browser.findElement(By.id("p0Identity")).clear();
		browser.findElement(By.id("p0Identity")).sendKeys(org.fazhi.shared.PersonalData.withCheckCharacter("44030319880505001"));
		submit("dispute-intake");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dispute-state")));
		assertThat(browser.findElement(By.id("dispute-state")).getText()).isEqualTo("已登记");
		assertThat(browser.findElement(By.id("dispute-parties")).getText()).contains("440303********").doesNotContain("19880505");
		String disputeUrl = browser.getCurrentUrl();
		// the worker takes it in; the mediation's steps are the mediators', and the page says why
		assertThat(browser.findElements(By.id("accept-form"))).isEmpty();
		assertThat(browser.findElement(By.id("closed-ACCEPT")).getAttribute("textContent")).contains("您的角色不进行此步骤");

		wait = signIn("mediator");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(disputeUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("accept-form")));
		for (var radio : browser.findElements(By.cssSelector("#accept-form input[value=AGREED]"))) {
			press(radio);
		}
		submit("accept-form");
		wait.until(ExpectedConditions.textToBe(By.id("dispute-state"), "调解中"));
		assertThat(browser.findElement(By.id("dispute-deadlines")).getText()).contains("调解期限为三十日");
		submit("assign-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-mediators"), "孙桂英"));
		browser.findElement(By.id("minutes")).sendKeys("双方各执一词，社区调解未能达成一致。");
		submit("session-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-sessions"), "社区调解未能达成一致"));
		new Select(browser.findElement(By.id("reason"))).selectByVisibleText("社区调解不成");
		submit("escalate-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-body"), "东湖街道人民调解委员会"));
		screenshot("dispute-escalated");

		wait = signIn("mediator3");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(disputeUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assign-form")));
		submit("assign-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-mediators"), "胡敏"));
		browser.findElement(By.id("facts")).sendKeys("楼上住户夜间装修，影响楼下住户休息。");
		browser.findElement(By.id("matters")).sendKeys("装修时间及补偿。");
		browser.findElement(By.id("terms")).sendKeys("楼上住户晚八时后不施工，并补偿楼下住户五百元。");
		browser.findElement(By.id("performance")).sendKeys("现金当面支付。");
		submit("agree-form");
		wait.until(ExpectedConditions.textToBe(By.id("dispute-state"), "已达成协议"));
		// not effective before the signatures and the seal (人民调解法 第二十九条)
		assertThat(browser.findElements(By.id("dispute-effective"))).isEmpty();
		press(browser.findElement(By.id("generate-AGREEMENT")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("download-generated")));
		String download = browser.findElement(By.id("download-generated")).getAttribute("href");
		assertThat(fetch(download)).startsWith("200 PK");
		submit("signed-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "第二十九条第二款"));
		assertThat(browser.findElement(By.id("dispute-state")).getText()).isEqualTo("已达成协议");
		Path signedCopy = Files.createTempFile(Path.of("target").toAbsolutePath(), "signed-", ".pdf");
		try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
			pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			pdf.save(signedCopy.toFile());
		}
		press(browser.findElement(By.id("partiesSigned")));
		press(browser.findElement(By.id("mediatorSigned")));
		press(browser.findElement(By.id("sealed")));
		browser.findElement(By.id("signed-file")).sendKeys(signedCopy.toString());
		submit("signed-form");
		wait.until(ExpectedConditions.textToBe(By.id("dispute-state"), "协议已生效"));
		String number = browser.findElement(By.tagName("h1")).getText().split(" ")[0];
		screenshot("dispute-effective");
		browser.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-deadlines")));
		// the 30 days for a joint application for judicial confirmation, on the subdistrict mediator's workbench
		assertThat(browser.findElement(By.id("my-deadlines")).getText().lines())
			.anySatisfy(line -> assertThat(line).contains(number).contains("《人民调解法》第三十三条"));
		browser.get(disputeUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
		submit("visit-form");
		wait.until(ExpectedConditions.textToBe(By.id("dispute-state"), "已办结"));
		assertThat(browser.findElement(By.id("dispute-deadlines")).getText()).doesNotContain("逾期");

		// the mediation pages at a desk and on a phone, in both languages: nothing widens the page
		pagesFitAtADeskAndOnAPhone(wait, "mediation", java.util.List.of("/mediation/disputes", disputeUrl.replaceAll("^https?://[^/]+", ""),
							"/mediation/disputes/new", "/mediation/risks", "/mediation/organisation", "/mediation/campaigns",
							"/mediation/activities?year=2024", "/mediation/pay?month=2024-06"));

		// 以案定补 (深圳条例 第八十一条): the agreement took effect this month, so the justice office finds it on this
		// month's sheet under the subdistrict mediator, then raises a standard from this month on
		wait = signIn("legal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("以案定补");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pay-filter")));
		String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		browser.get(url("/mediation/pay?month=" + thisMonth));
		String disputePath = disputeUrl.replaceAll("^https?://[^/]+", "");
		var paid = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#pay-lines a[href='" + disputePath + "']")));
		assertThat(paid.findElement(By.xpath("ancestor::tr")).getText()).startsWith("胡敏");
		var amount = browser.findElement(By.name("amount_NEIGHBOURS"));
		amount.clear();
		amount.sendKeys("130");
		var major = browser.findElement(By.name("majorAmount_NEIGHBOURS"));
		major.clear();
		major.sendKeys("90");
		submit("set-standards");
		// lower for a major dispute than for a general one: refused, and said why
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "不得低于一般纠纷"));
		major = browser.findElement(By.name("majorAmount_NEIGHBOURS"));
		major.clear();
		major.sendKeys("390");
		amount = browser.findElement(By.name("amount_NEIGHBOURS"));
		amount.clear();
		amount.sendKeys("130");
		submit("set-standards");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pay-history"), "390"));
		assertThat(browser.findElement(By.name("amount_NEIGHBOURS")).getAttribute("value")).isEqualTo("130");
	}

	/**
	 * Contract review end to end: the enforcement team submits a contract with its file; the justice office assigns it
	 * to an outside lawyer after the conflict check; the lawyer, who reads only what is assigned to them, asks for a
	 * change (修改后签订) with a marked-up file; the department's revision passes (合法可签); the lawyer writes the
	 * 合同合法性审查意见书 and it downloads; the signing is recorded, not flagged. Then the pages at a desk and on a
	 * phone, in both languages.
	 */
	@Test
	void aContractGoesFromSubmissionThroughARevisionToAPassedReviewAndItsOpinionDocument() throws Exception {
		Path contract = Files.createTempFile(Path.of("target").toAbsolutePath(), "contract-", ".pdf");
		try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
			pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			pdf.save(contract.toFile());
		}
		var wait = signIn("officer");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("合同合法性审查");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-contract"))).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contract-submit")));
		String title = "浏览器测试：执法记录仪采购合同 " + System.nanoTime();
		browser.findElement(By.id("title")).sendKeys(title);
		new Select(browser.findElement(By.id("type"))).selectByVisibleText("采购");
		browser.findElement(By.id("counterpartyName")).sendKeys("深圳市浏览器测试科技有限公司");
		browser.findElement(By.id("counterpartyCode")).sendKeys("914403001234");
		browser.findElement(By.id("amount")).sendKeys("86000");
		browser.findElement(By.id("file")).sendKeys(contract.toString());
		submit("contract-submit");
		// a wrong credit code is refused with its reason, and what was typed stays on the form
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "统一社会信用代码"));
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
		String first17 = "91440300MA5XK7Q2" + "3";
		var code = browser.findElement(By.id("counterpartyCode"));
		code.clear();
		code.sendKeys(first17 + org.fazhi.shared.CreditCodes.checkCharacter(first17));
		browser.findElement(By.id("file")).sendKeys(contract.toString());
		submit("contract-submit");
		wait.until(ExpectedConditions.textToBe(By.id("contract-state"), "待分配"));
		String contractUrl = browser.getCurrentUrl();
		String contractPath = contractUrl.replaceAll("^https?://[^/]+", "");
		assertThat(browser.findElements(By.id("assign-form"))).isEmpty();

		// the justice office assigns it to 马晓琳 after the conflict check
		wait = signIn("legal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(contractUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assign-form")));
		chooseOptionStartingWith("lawyerId", "马晓琳");
		submit("assign-form");
		wait.until(ExpectedConditions.textToBe(By.id("contract-state"), "审查中"));
		assertThat(browser.findElement(By.id("contract-deadlines")).getText()).contains("本机关合同管理规定");

		// the lawyer reads only what is assigned: the register lists no one else's
		wait = signIn("advisor2");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url("/legal/contracts"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contracts")));
		for (var lawyer : browser.findElements(By.cssSelector("#contracts tbody tr td:nth-child(7)"))) {
			assertThat(lawyer.getText()).isEqualTo("马晓琳");
		}
		browser.get(contractUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-form")));
		new Select(browser.findElement(By.id("opinion"))).selectByVisibleText("修改后签订");
		browser.findElement(By.id("reasons")).sendKeys("违约责任约定不对等。");
		browser.findElement(By.id("riskyClauses")).sendKeys("第八条：建议增加供货方逾期交付的违约责任。");
		submit("opinion-form");
		// 修改后签订 needs the marked-up file: refused, and said why
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "修订标注稿"));
		new Select(browser.findElement(By.id("opinion"))).selectByVisibleText("修改后签订");
		browser.findElement(By.id("reasons")).sendKeys("违约责任约定不对等。");
		browser.findElement(By.id("riskyClauses")).sendKeys("第八条：建议增加供货方逾期交付的违约责任。");
		browser.findElement(By.id("markedUp")).sendKeys(contract.toString());
		submit("opinion-form");
		wait.until(ExpectedConditions.textToBe(By.id("contract-state"), "待修改"));

		// the department revises, the revision passes
		wait = signIn("officer");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(contractUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("revise-form")));
		assertThat(browser.findElement(By.id("sign-warning")).getText()).contains("尚未审查通过");
		browser.findElement(By.id("revised")).sendKeys(contract.toString());
		submit("revise-form");
		wait.until(ExpectedConditions.textToBe(By.id("contract-state"), "审查中"));
		wait = signIn("advisor2");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(contractUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-form")));
		new Select(browser.findElement(By.id("opinion"))).selectByVisibleText("合法可签");
		browser.findElement(By.id("reasons")).sendKeys("已按审查意见修改第八条，可以签订。");
		submit("opinion-form");
		wait.until(ExpectedConditions.textToBe(By.id("contract-state"), "审查通过"));
		submit("document-form");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-download")));
		assertThat(fetch(browser.findElement(By.id("opinion-download")).getAttribute("href"))).startsWith("200 PK");
		assertThat(browser.findElement(By.id("contract-rounds")).getText()).contains("修改后签订", "合法可签");

		wait = signIn("officer");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(contractUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-form")));
		assertThat(browser.findElements(By.id("sign-warning"))).isEmpty();
		submit("sign-form");
		wait.until(ExpectedConditions.textToBe(By.id("contract-state"), "已签订"));
		assertThat(browser.findElements(By.id("signed-before-review"))).isEmpty();

		// a reconsideration copy received on the Friday before National Day 2025 (Oct 1-8 rest, Sep 28 and Oct 11
		// worked): ten working days end on Oct 16; the answer document lists the challenged case's evidence
		var legal = (org.fazhi.organisation.FazhiUser) accounts.loadUserByUsername("legal");
		var challengedCase = challenged.decidedIn(legal, 2024, 40).stream().filter(f -> !f.evidence().isEmpty())
			.findFirst().orElseThrow();
		wait = signIn("legal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url("/legal/challenges/new"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("challenge-receive")));
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("行政复议");
		setDate("receivedOn", "2025-09-26");
		browser.findElement(By.id("claimant")).sendKeys("深圳市某茶饮店");
		browser.findElement(By.id("body")).sendKeys("深圳市罗湖区人民政府");
		browser.findElement(By.id("challengedAct")).sendKeys(challengedCase.decisionNo() + "行政处罚决定");
		browser.findElement(By.id("caseNo")).sendKeys(challengedCase.decisionNo());
		submit("challenge-receive");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-due")));
		String challengePath = browser.getCurrentUrl().replaceAll("^https?://[^/]+", "");
		assertThat(browser.findElement(By.id("answer-due")).getText()).isEqualTo("2025年10月16日");
		assertThat(browser.findElement(By.id("challenge-deadlines")).getText()).contains("《行政复议法》第四十八条");
		assertThat(browser.findElement(By.id("case-evidence")).getText())
			.contains(challengedCase.evidence().get(0).description());
		// without the legal basis the answer is refused, and the article is named
		browser.findElement(By.id("argument")).sendKeys("认定事实清楚，程序合法。");
		setDate("answer-on", "2025-10-14");
		submit("answer-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "第四十八条"));
		browser.findElement(By.id("basis")).sendKeys("《中华人民共和国行政处罚法》第五十七条");
		browser.findElement(By.id("argument")).sendKeys("认定事实清楚，程序合法。");
		setDate("answer-on", "2025-10-14");
		submit("answer-form");
		wait.until(ExpectedConditions.textToBe(By.id("challenge-state"), "已答复，待结果"));
		submit("document-form");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-download")));
		String answerHref = browser.findElement(By.id("answer-download")).getAttribute("href");
		assertThat(fetch(answerHref)).startsWith("200 PK");
		long answerId = Long.parseLong(answerHref.replaceAll(".*/files/(\\d+)/download.*", "$1"));
		var answerFile = attachments.open(legal, answerId);
		try (var in = answerFile.content(); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
				var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("行政复议答复书", challengedCase.decisionNo(),
					challengedCase.evidence().get(0).description());
		}

		// the pages at a desk and on a phone, in both languages: nothing widens the page
		pagesFitAtADeskAndOnAPhone(wait, "contracts", java.util.List.of("/legal/contracts", "/legal/contracts/new", contractPath,
							"/legal/challenges", "/legal/challenges/new", challengePath,
							"/legal/challenges?figure=legal_litigations&figureYear=2024",
							"/legal/contracts?figure=legal_contracts_reviewed&figureYear=2024", "/legal/opinions?figure=legal_opinions&figureYear=2024"));
	}

	/** Each page at 1280 and 390 px in both languages: nothing widens the page, no message is missing. */
	private void pagesFitAtADeskAndOnAPhone(WebDriverWait wait, String name, java.util.List<String> paths)
			throws java.io.IOException {
		try {
			for (String lang : java.util.List.of("zh-CN", "en")) {
				for (int width : new int[] { 1280, 390 }) {
					browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
					for (String path : paths) {
						browser.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
						wait.until(ExpectedConditions.presenceOfElementLocated(By.id("top-bar")));
						assertThat(measure("document.documentElement.scrollWidth")).as(lang + " " + width + " " + path)
							.isLessThanOrEqualTo(measure("window.innerWidth"));
						assertThat(browser.getPageSource()).as(path).doesNotContain("??");
					}
					screenshot(name + "-" + width + "-" + lang);
				}
			}
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
		}
	}

	/** A click as a person's, on an element scrolled into the middle of the page first. */
	private void press(org.openqa.selenium.WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				element);
	}

	private void chooseOptionStartingWith(String selectId, String prefix) {
		var select = new Select(browser.findElement(By.id(selectId)));
		String value = select.getOptions().stream().filter(o -> o.getText().startsWith(prefix)).findFirst().orElseThrow()
			.getAttribute("value");
		select.selectByValue(value);
	}

	private void submit(String formId) {
		var button = browser.findElement(By.cssSelector("#" + formId + " button[type=submit]"));
		// a native select left open may lie over the button; a script click submits the form as a person's click would
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				button);
	}

	/**
	 * Follows a link of the page: scrolled into view and clicked by script, as {@link #submit} does, since the long
	 * grouped menu may sit under the bottom bar at the test's window height.
	 */
	private void clickLink(String text) {
		var link = browser.findElement(By.linkText(text));
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", link);
	}

	/** Fetches a link's target with the browser's session and answers its status, type and first two bytes. */
	private String fetch(String href) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
				  const bytes = new Uint8Array(b);
				  done(r.status + ' ' + String.fromCharCode(bytes[0], bytes[1]) + ' ' + bytes.length);
				}));""", href);
	}

	/**
	 * The enforcement line end to end: an officer inspects and orders a rectification; the hazard is still there after
	 * its period and goes to a case against the operator; the leader approves the filing; evidence is uploaded; the
	 * intended penalty is notified; the legal reviewer agrees; the decision is made and its DOCX downloaded; the
	 * decision is served, published (the public page shows the operator as 林某) and paid; the case is closed.
	 */
	@Test
	void aCaseGoesFromInspectionToClosingAndItsPublicationMasksThePartysName() throws Exception {
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String inspected = today.minusDays(31).toString();
		var wait = signIn("officer6");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url("/enforcement/inspections"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-inspection")));
		setDate("plan-date", inspected);
		submit("plan-inspection");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspections")));
		browser.get(url("/enforcement/inspections?state=PLANNED&year=" + today.minusDays(31).getYear()));
		// other tests of the suite may have planned inspections on that day too: this test's is the newest
		var planned = browser.findElements(By.xpath("//table[@id='inspections']//tr[td[1][text()='" + inspected + "']]//a"))
			.stream()
			.max(java.util.Comparator.comparingLong(link -> Long.parseLong(link.getAttribute("href").replaceAll(".*/", ""))))
			.orElseThrow();
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
				planned);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-inspection")));
		setDate("inspectedOn", inspected);
		browser.findElement(By.id("findings")).sendKeys("厨房燃气软管老化龟裂（浏览器测试）");
		submit("record-inspection");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order-rectification")));
		browser.findElement(By.id("description")).sendKeys("燃气软管老化未更换（浏览器测试）");
		submit("order-rectification");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hazards"), "7 日内整改"));

		browser.get(url("/enforcement/hazards?state=OPEN"));
		var row = By.xpath("//table[@id='hazard-list']//tr[td[contains(., '燃气软管老化未更换（浏览器测试）')]]");
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		var escalate = browser.findElement(row).findElement(By.cssSelector("button.btn-outline-danger"));
		escalate.click();
		browser.get(url("/enforcement/hazards?state=ESCALATED"));
		wait.until(ExpectedConditions.presenceOfElementLocated(row));
		browser.findElement(row).findElement(By.cssSelector("a.file-case")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("from-hazard")));
		new Select(browser.findElement(By.id("partyKind"))).selectByValue("PERSON");
		browser.findElement(By.id("partyName")).sendKeys("林晓明");
		browser.findElement(By.id("partyCode")).sendKeys("11010519491231002X");
		browser.findElement(By.id("partyAddress")).sendKeys("东湖街道某小区3栋");
		chooseOptionStartingWith("matterId", "XF-066-01");
		submit("case-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "待批准立案"));
		String casePath = new java.net.URI(browser.getCurrentUrl()).getPath();
		screenshot("case-registered");

		wait = signIn("leader");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		submit("approve-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "调查取证"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).containsPattern("罗东执立〔\\d{4}〕\\d+号");

		wait = signIn("officer6");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-form")));
		// 行政处罚法 第四十条: no notice without evidence: the page does not offer it, and says why
		assertThat(browser.findElements(By.id("notice-form"))).isEmpty();
		assertThat(browser.findElement(By.id("closed-NOTICE")).getText()).contains("第四十条");
		Path photo = Files.createTempFile(Path.of("target").toAbsolutePath(), "hose-", ".png");
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		javax.imageio.ImageIO.write(image, "png", photo.toFile());
		new Select(browser.findElement(By.id("e-kind"))).selectByValue("SITE_RECORD");
		browser.findElement(By.id("e-description")).sendKeys("复查现场照片：软管仍未更换");
		browser.findElement(By.id("e-file")).sendKeys(photo.toString());
		submit("evidence-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence"), "复查现场照片"));
		assertThat(browser.findElement(By.id("evidence")).getText()).contains("SM3", ".png");
		browser.findElement(By.id("notice-fine")).sendKeys("3000");
		submit("notice-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已告知"));
		// 行政处罚法 第四十五条: the party's period to state and defend runs; the proposal and the decision wait for it,
		// and the page says until when, under which article; the officer is never offered the decision (第五十七条)
		assertThat(browser.findElement(By.id("closed-PROPOSE")).getText()).contains("第四十五条", "届满");
		assertThat(browser.findElements(By.id("decide-form"))).isEmpty();
		assertThat(browser.findElement(By.id("stage-DEFENCE")).getAttribute("class")).isEqualTo("stage-current");
		screenshot("case-defence-period");
		// the head, too, sees the decision closed until the period ends, with the article and the day
		wait = signIn("leader");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("closed-DECIDE")));
		assertThat(browser.findElement(By.id("closed-DECIDE")).getText()).contains("第四十五条", "届满", "年");
		assertThat(browser.findElements(By.id("decide-form"))).isEmpty();
		wait = signIn("officer6");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("defence-waiver-form")));
		browser.findElement(By.name("waiver")).sendKeys("当事人在告知书回执上书面声明放弃陈述、申辩");
		submit("defence-waiver-form");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("defence-waiver-summary")));
		new Select(browser.findElement(By.id("reviewerId"))).selectByVisibleText("唐静");
		submit("submit-review-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "法制审核"));

		wait = signIn("reviewer");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-form")));
		browser.findElement(By.id("review-text")).sendKeys("事实清楚，证据确凿，罚款在裁量幅度内。");
		submit("review-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-summary"), "同意"));
		new Select(browser.findElement(By.id("doc-type"))).selectByValue("REVIEW_OPINION");
		submit("document-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), "法制审核意见书"));

		wait = signIn("officer6");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("propose-form")));
		assertThat(browser.findElement(By.id("closed-DECIDE")).getText()).contains("第五十七条");
		browser.findElement(By.id("propose-reason")).sendKeys("事实清楚，证据确凿，当事人书面放弃陈述申辩，建议罚款3000元。");
		submit("propose-form");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("proposal-summary")));

		wait = signIn("leader");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide-form")));
		screenshot("case-head-decides");
		// the decision cannot be undone: the page asks first, and nothing is decided when the head cancels
		submit("decide-form");
		wait.until(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(browser.findElement(By.id("case-state")).getText()).isEqualTo("已提请，待负责人决定");
		submit("decide-form");
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已决定"));
		assertThat(browser.findElement(By.id("decision-summary")).getText()).contains("李卫东");

		wait = signIn("officer6");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url(casePath));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("serve-form")));
		assertThat(browser.findElement(By.id("decision-summary")).getText()).containsPattern("罗东执罚〔\\d{4}〕\\d+号")
			.contains("3000 元");
		var documentTitles = new java.util.LinkedHashMap<String, String>();
		documentTitles.put("DECISION", "行政处罚决定书");
		documentTitles.put("FILING_APPROVAL", "立案审批表");
		documentTitles.put("PRIOR_NOTICE", "行政处罚事先告知书");
		documentTitles.put("SERVICE_RECEIPT", "送达回证");
		for (var document : documentTitles.entrySet()) {
			new Select(browser.findElement(By.id("doc-type"))).selectByValue(document.getKey());
			submit("document-form");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("documents"), document.getValue()));
		}
		var decisionLink = browser.findElement(By.partialLinkText("行政处罚决定书"));
		assertThat(fetch(decisionLink.getAttribute("href"))).startsWith("200 PK");
		screenshot("case-decided");
		submit("serve-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已送达"));
		// a summary that names the operator is previewed with the name marked, then refused; the draft passes
		var summary = browser.findElement(By.id("publish-summary"));
		String draft = summary.getAttribute("value");
		assertThat(draft).contains("林某").doesNotContain("林晓明");
		summary.clear();
		summary.sendKeys("经营者林 晓明未按规定配置灭火器");
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				browser.findElement(By.cssSelector("#publish-form button[name=preview]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("publication-preview")));
		assertThat(browser.findElement(By.cssSelector("#publication-preview mark")).getText()).isEqualTo("林 晓明");
		screenshot("case-publication-preview");
		submit("publish-form");
		wait.until(ExpectedConditions.stalenessOf(summary));
		screenshot("case-publication-refused");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-danger"), "个人信息"));
		summary = browser.findElement(By.id("publish-summary"));
		summary.clear();
		summary.sendKeys(draft);
		submit("publish-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-summary"), "公示日期"));
		submit("pay-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已执行"));
		submit("close-form");
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已结案"));
		assertThat(browser.findElement(By.id("file-check")).getText()).doesNotContain("✗");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("批准立案", "取证", "法制审核意见", "作出决定",
				"送达", "公示", "结案");
		screenshot("case-closed");

		browser.manage().deleteAllCookies();
		browser.get(url("/public/enforcement/decisions?tenant=440303007&year=" + today.getYear()));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions")));
		String published = browser.findElement(By.id("decisions")).getText();
		assertThat(published).contains("林某").doesNotContain("林晓明").doesNotContain("11010519491231002X");
		screenshot("public-decisions");
	}

	@Test
	void administratorSignsInAndWorksWithTheOrganisation() throws IOException {
		var wait = signIn("admin");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("您好，陈志远");
		assertThat(browser.findElement(By.id("placement")).getText()).contains("东湖街道", "党政综合办", "系统管理员");
		// the demo's nine communities, and any a test of the shared context opened since
		long tenant = ((org.fazhi.organisation.FazhiUser) accounts.loadUserByUsername("admin")).tenantId();
		assertThat(browser.findElement(By.id("count-communities")).getText())
			.isEqualTo(String.valueOf(directory.activeCommunities(tenant).size()));
		screenshot("workbench");

		clickLink("组织机构");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("communities")));
		assertThat(browser.findElement(By.id("communities")).getText()).contains("东乐社区", "金鹏社区");
		screenshot("communities");

		// a duplicate community code is refused on the form, in Chinese, and the list is unchanged
		clickLink("新建社区");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code")));
		browser.findElement(By.id("code")).clear();
		browser.findElement(By.id("code")).sendKeys("440303007002");
		browser.findElement(By.id("name")).sendKeys("重复社区");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("invalid-feedback"),
				"社区代码 440303007002 已被使用"));
		screenshot("community-refused");

		// staff filtered by department through htmx, without a page load
		browser.get(url("/organisation/staff"));
		var rows = By.cssSelector("#staff-rows tr");
		wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(rows, 25));
		new Select(browser.findElement(By.id("department"))).selectByVisibleText("司法所");
		wait.until(ExpectedConditions.numberOfElementsToBeLessThan(rows, 10));
		assertThat(browser.findElement(By.id("staff-rows")).getText()).contains("周婷").doesNotContain("黄伟");
		screenshot("staff-by-department");

		browser.get(url("/organisation/people"));
		assertThat(browser.findElement(By.id("people")).getText()).contains("首席法律顾问", "法律明白人", "网格员");

		browser.findElement(By.cssSelector("#logout-form button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

	@org.springframework.beans.factory.annotation.Autowired
	java.util.List<org.fazhi.ledger.internal.sheets.Ledger<?>> ledgers;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.MessageSource messages;

	/**
	 * A ledger kept in the browser by 东乐社区's worker: an entry with a day after today refused with its reason and
	 * what was typed kept; saved, its page; a sheet with one bad row imported not at all, the row and column named;
	 * corrected, imported whole; 金鹏社区's worker sees none of it; as that worker, the list, the letters' coverage of the community's register and a commitment letter's page at a desk and
	 * on a phone in both languages.
	 */
	@Test
	void aCommunityWorkerKeepsThePublicityLedgerByFormAndBySheet() throws Exception {
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String theme = "浏览器测试：民法典进社区 " + System.nanoTime();
		var wait = signIn("worker");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("普法活动台账");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-form")));
		setDate("l-occurredOn", today.plusDays(3).toString());
		new Select(browser.findElement(By.id("l-placeKind"))).selectByVisibleText("社区");
		browser.findElement(By.id("l-theme")).sendKeys(theme);
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				browser.findElement(By.id("l-laws-CIVIL_CODE")));
		browser.findElement(By.id("l-place")).sendKeys("东乐社区广场");
		browser.findElement(By.id("l-materials")).sendKeys("40");
		browser.findElement(By.id("l-people")).sendKeys("260");
		submit("ledger-form");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "不能晚于今天"));
		assertThat(browser.findElement(By.id("l-theme")).getAttribute("value")).isEqualTo(theme);
		assertThat(browser.findElement(By.id("l-laws-CIVIL_CODE")).isSelected()).isTrue();
		setDate("l-occurredOn", today.minusDays(1).toString());
		submit("ledger-form");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-entry")));
		assertThat(browser.findElement(By.id("ledger-entry")).getText()).contains(theme, "民法典", "东乐社区");
		String entryUrl = browser.getCurrentUrl();
		// a figure typed wrong is corrected on the record's own page, the form holding what was entered
		browser.findElement(By.id("ledger-correct-link")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-correct")));
		assertThat(browser.findElement(By.id("l-theme")).getAttribute("value")).isEqualTo(theme);
		browser.findElement(By.id("l-people")).clear();
		browser.findElement(By.id("l-people")).sendKeys("280");
		submit("ledger-correct");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-entry")));
		assertThat(browser.findElement(By.id("ledger-entry")).getText()).contains("280");

		// a sheet: one row names a kind of place that is not offered
		var ledger = ledgers.stream().filter(l -> l.kind().equals("publicity")).findFirst().orElseThrow();
		var rows = new java.util.ArrayList<java.util.Map<String, String>>();
		for (int n = 0; n < 3; n++) {
			rows.add(new java.util.HashMap<>(java.util.Map.of("occurredOn", today.minusDays(10 + n).toString(),
					"placeKind", "学校", "theme", theme + " 导入" + n, "laws", "宪法、未成年人保护法", "place", "东湖小学",
					"materials", "20", "people", "150")));
		}
		rows.get(1).put("placeKind", "外星基地");
		Path sheet = Files.createTempFile(Path.of("target").toAbsolutePath(), "publicity-", ".xlsx");
		Files.write(sheet, org.fazhi.ledger.internal.sheets.LedgerWork.sheet(ledger, messages, rows));
		browser.get(url("/ledgers/publicity"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-import")));
		browser.findElement(By.id("l-file")).sendKeys(sheet.toString());
		submit("ledger-import");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
		assertThat(browser.findElement(By.id("import-problems")).getText()).contains("外星基地", "阵地类型", "3");
		assertThat(browser.findElement(By.id("ledger-entries")).getText()).doesNotContain(theme + " 导入");
		rows.get(1).put("placeKind", "学校");
		Files.write(sheet, org.fazhi.ledger.internal.sheets.LedgerWork.sheet(ledger, messages, rows));
		browser.findElement(By.id("l-file")).sendKeys(sheet.toString());
		submit("ledger-import");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
		assertThat(browser.findElement(By.id("imported")).getText()).contains("3");
		assertThat(browser.findElement(By.id("ledger-entries")).getText()).contains(theme + " 导入0");

		// another community's worker: not in the list, not found by its address
		wait = signIn("worker2");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.get(url("/ledgers/publicity"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-entries")));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(theme);
		browser.get(entryUrl);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(theme);

		// the list at a desk and on a phone, in both languages
		long commitment = jdbc.queryForObject("select min(l.id) from ledger_responsibility_letter l join regulated_entity e"
				+ " on e.tenant_id = l.tenant_id and e.credit_code = l.entity_code where e.active = true and l.community_id = ?",
				Long.class,
				((org.fazhi.organisation.FazhiUser) accounts.loadUserByUsername("worker2")).communityId()); // signed in above
		try {
			for (String lang : java.util.List.of("zh-CN", "en")) {
				for (int width : new int[] { 1280, 390 }) {
					browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
					browser.get(url("/ledgers/publicity?lang=" + lang));
					wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-entries")));
					assertThat(measure("document.documentElement.scrollWidth")).as(lang + " " + width)
						.isLessThanOrEqualTo(measure("window.innerWidth"));
					screenshot("ledger-publicity-" + width + "-" + lang);
					// the letters with their coverage of the community's register, and a commitment letter's page
					browser.get(url("/ledgers/letters?year=2024&lang=" + lang));
					wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-coverage-table")));
					assertThat(measure("document.documentElement.scrollWidth")).as("letters " + lang + " " + width)
						.isLessThanOrEqualTo(measure("window.innerWidth"));
					assertThat(browser.getPageSource()).doesNotContain("??").doesNotContain("ledger.letters");
					screenshot("ledger-letters-" + width + "-" + lang);
					browser.get(url("/ledgers/letters/" + commitment + "?lang=" + lang));
					wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letter-entity")));
					assertThat(measure("document.documentElement.scrollWidth")).as("letter " + lang + " " + width)
						.isLessThanOrEqualTo(measure("window.innerWidth"));
					assertThat(browser.getPageSource()).doesNotContain("??");
				}
			}
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
		}
	}

	/**
	 * The justice office keeps its ledgers in the browser: a publicity event entered by form and its photo attached;
	 * 30 consultations imported from the template's sheet, the figure's drill-down 30 higher afterwards; the year's
	 * consultations exported; the exam results list the staff still without a result.
	 */
	@Test
	void theJusticeOfficeEntersAnEventWithPhotosImportsConsultationsAndExportsThem() throws Exception {
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String theme = "浏览器测试：宪法宣传周 " + System.nanoTime();
		var wait = signIn("legal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		clickLink("普法活动台账");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-form")));
		setDate("l-occurredOn", today.minusDays(2).toString());
		new Select(browser.findElement(By.id("l-placeKind"))).selectByVisibleText("社区");
		browser.findElement(By.id("l-theme")).sendKeys(theme);
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				browser.findElement(By.id("l-laws-CONSTITUTION")));
		browser.findElement(By.id("l-partners")).sendKeys("街道综合行政执法队");
		browser.findElement(By.id("l-place")).sendKeys("东湖社区广场");
		browser.findElement(By.id("l-materials")).sendKeys("120");
		browser.findElement(By.id("l-people")).sendKeys("800");
		submit("ledger-form");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-attach")));
		Path photo = Files.createTempFile(Path.of("target").toAbsolutePath(), "constitution-week-", ".png");
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		javax.imageio.ImageIO.write(image, "png", photo.toFile());
		browser.findElement(By.id("a-file")).sendKeys(photo.toString());
		submit("ledger-attach");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ledger-files"), "constitution-week-"));
		assertThat(browser.findElement(By.id("ledger-entry")).getText()).contains(theme, "宪法", "街道综合行政执法队");

		// the figure before: the drill-down of the year's consultations
		int year = 2025;
		String drill = "/ledgers/consultations?figure=ledger_consultations&figureYear=" + year;
		browser.get(url(drill));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledgerEntry-count")));
		long before = firstNumber(browser.findElement(By.id("ledgerEntry-count")).getText());
		var ledger = ledgers.stream().filter(l -> l.kind().equals("consultations")).findFirst().orElseThrow();
		var rows = new java.util.ArrayList<java.util.Map<String, String>>();
		for (int n = 0; n < 30; n++) {
			rows.add(new java.util.HashMap<>(java.util.Map.of("occurredOn",
					java.time.LocalDate.of(year, 1 + n % 12, 3 + n % 20).toString(), "askerKind",
					n % 5 == 0 ? "小微企业" : "居民", "channel", "来访", "topicKind", "LABOUR", "summary",
					theme + " 咨询" + n)));
		}
		Path sheet = Files.createTempFile(Path.of("target").toAbsolutePath(), "consultations-", ".xlsx");
		Files.write(sheet, org.fazhi.ledger.internal.sheets.LedgerWork.sheet(ledger, messages, rows));
		browser.get(url("/ledgers/consultations"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-import")));
		browser.findElement(By.id("l-file")).sendKeys(sheet.toString());
		submit("ledger-import");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
		assertThat(browser.findElement(By.id("imported")).getText()).contains("30");
		browser.get(url(drill));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledgerEntry-count")));
		assertThat(firstNumber(browser.findElement(By.id("ledgerEntry-count")).getText())).isEqualTo(before + 30);

		// the year's consultations exported from the filtered list
		browser.get(url("/ledgers/consultations?year=" + year));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-export")));
		String exportUrl = browser.findElement(By.id("ledger-export")).getAttribute("href");
		assertThat(exportUrl).contains("year=" + year);
		Object exported = ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
				+ "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' ' + "
				+ "r.headers.get('content-type') + ' ' + b.byteLength))).catch(e => done('error ' + e));", exportUrl);
		assertThat(String.valueOf(exported)).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml");

		// the exam results: who has not sat this year's exam yet
		browser.get(url("/ledgers/exams"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-gaps")));
		assertThat(browser.findElement(By.id("ledger-gaps")).getText()).contains(today.getYear() + "年应参加考试但尚无成绩的人员");
		assertThat(browser.findElements(By.cssSelector("#ledger-gaps li"))).isNotEmpty();
		screenshot("ledger-exams-gaps");

		// the 法律明白人's figures of 2024 by community, at a desk and on a phone, in both languages (Chinese last);
		// a community's number opens exactly its records
		try {
			for (String lang : java.util.List.of("en", "zh-CN")) {
				for (int width : new int[] { 1280, 390 }) {
					browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
					browser.get(url("/ledgers/legal-literate-activities?year=2024&lang=" + lang));
					wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-community-figures-table")));
					assertThat(measure("document.documentElement.scrollWidth")).as(lang + " " + width)
						.isLessThanOrEqualTo(measure("window.innerWidth"));
					assertThat(browser.getPageSource()).doesNotContain("??").doesNotContain("ledger.figures");
					screenshot("ledger-community-figures-" + width + "-" + lang);
				}
			}
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
		}
		var part = browser.findElement(By.cssSelector("#ledger-community-figures-table tbody td a"));
		long shown = Long.parseLong(part.getText().strip());
		browser.get(part.getAttribute("href"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledgerEntry-count")));
		assertThat(firstNumber(browser.findElement(By.id("ledgerEntry-count")).getText())).isEqualTo(shown);
	}

	/** The first number of a text, e.g. the count of "共 430 条记录，第 1/9 页". */
	private static long firstNumber(String text) {
		var number = java.util.regex.Pattern.compile("\\d+").matcher(text);
		assertThat(number.find()).as(text).isTrue();
		return Long.parseLong(number.group());
	}
}
