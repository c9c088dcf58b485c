package org.fazhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.fazhi.DatabaseUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person's way through the platform in headless Debian Chromium: sign in as the demo administrator, read the
 * workbench, open the organisation pages, filter staff by department (htmx), have a duplicate community refused,
 * and sign out. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class BrowserIntegrationTests {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowser() throws IOException {
		Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-");
		var options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--window-size=1366,900",
				"--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
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

	@Test
	void legalOfficerCountsAPeriodAndRegistersADeadline() throws IOException {
		var wait = signIn("legal");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));

		browser.findElement(By.linkText("法定期限计算")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("calculator")));
		new Select(browser.findElement(By.id("rule"))).selectByValue("RECONSIDERATION_ANSWER");
		setDate("start", "2024-02-02");
		browser.findElement(By.cssSelector("#calculator button[type=submit]")).click();
		// 行政复议法 第四十八条: 10 working days from Fri Feb 2 2024, across the Spring Festival: Wed Feb 21
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("due-date"), "2024-02-21"));
		assertThat(browser.findElement(By.id("rule-citation")).getText()).contains("《行政复议法》第四十八条");
		assertThat(browser.findElement(By.id("counted-days")).getText()).contains("调休上班", "春节", "计入第 10 日");
		screenshot("calendar");

		browser.get(url("/deadlines/new"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
		browser.findElement(By.id("title")).sendKeys("区法院送达起诉状副本（浏览器测试）");
		new Select(browser.findElement(By.id("rule"))).selectByValue("LITIGATION_DEFENCE");
		setDate("triggerDate", "2026-11-20");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline")));
		assertThat(browser.findElement(By.id("deadline")).getText()).contains("《行政诉讼法》第六十七条", "周婷");
		screenshot("deadline");

		browser.findElement(By.linkText("执法事项")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("matters")));
		new Select(browser.findElement(By.id("domain"))).selectByValue("GAS");
		browser.findElement(By.cssSelector("#matter-filter button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matters"), "《城镇燃气管理条例》第四十六条"));
		assertThat(browser.findElement(By.id("matters")).getText()).doesNotContain("安全生产法");
		browser.findElement(By.partialLinkText("在不具备安全条件的场所储存燃气")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter"), "10000 元至 100000 元"));
		screenshot("matter");

		browser.findElement(By.linkText("市场主体")).click();
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

		browser.get(url("/"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-deadlines")));
		assertThat(browser.findElement(By.id("my-deadlines")).getText()).contains("区法院送达起诉状副本（浏览器测试）");
		screenshot("workbench-deadlines");
	}

	@Test
	void justiceOfficeRevealsPersonalDataAndTheAuditorVerifiesTheTrail() throws IOException {
		var wait = signIn("legal3");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		browser.findElement(By.linkText("外部力量")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people")));
		assertThat(browser.findElements(By.linkText("社区"))).isEmpty();
		browser.findElement(By.linkText("首席法律顾问")).click();
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
		browser.findElement(By.linkText("审计日志")).click();
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
		browser.findElement(By.linkText("行政检查")).click();
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

	@Test
	void administratorSignsInAndWorksWithTheOrganisation() throws IOException {
		var wait = signIn("admin");

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
		assertThat(browser.findElement(By.id("greeting")).getText()).isEqualTo("您好，陈志远");
		assertThat(browser.findElement(By.id("placement")).getText()).contains("东湖街道", "党政综合办", "系统管理员");
		assertThat(browser.findElement(By.id("count-communities")).getText()).isEqualTo("9");
		screenshot("workbench");

		browser.findElement(By.linkText("组织机构")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("communities")));
		assertThat(browser.findElement(By.id("communities")).getText()).contains("东乐社区", "金鹏社区");
		screenshot("communities");

		// a duplicate community code is refused on the form, in Chinese, and the list is unchanged
		browser.findElement(By.linkText("新建社区")).click();
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

		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}
}
