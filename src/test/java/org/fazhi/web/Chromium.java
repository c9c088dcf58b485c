package org.fazhi.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Finds a headless Chromium for the browser tests, so that {@code ./mvnw verify} passes on a machine with only a JDK.
 * In order: a Chromium or Chrome with its driver already installed (or named by {@code CHROME_BIN} and
 * {@code CHROMEDRIVER}); on Debian or Ubuntu as root, {@code apt-get install chromium chromium-driver} and a CJK font,
 * the way Playwright's {@code install --with-deps} does it; elsewhere Selenium Manager, which fetches Chrome for
 * Testing and its driver. When none of these works the failure is one line naming what to install.
 */
final class Chromium {

	static final String WHAT_TO_INSTALL = "The browser tests need Chromium: run `sudo apt-get install chromium "
			+ "chromium-driver fonts-wqy-microhei` (Debian/Ubuntu) or install Google Chrome, or set CHROME_BIN and "
			+ "CHROMEDRIVER to a browser and its driver.";

	static final List<String> PACKAGES = List.of("chromium", "chromium-driver", "fonts-wqy-microhei");

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver",
			"/usr/lib/chromium-browser/chromedriver");

	private Chromium() {
	}

	/** A headless browser with the given window width and height. */
	static WebDriver open(Path profile, int width, int height) {
		var options = new ChromeOptions();
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
		Optional<Installed> installed = installed().or(Chromium::installWithApt);
		if (installed.isPresent() && !hasCjkFont() && aptCanInstall()) {
			installPackages(List.of("fonts-wqy-microhei"));
		}
		try {
			if (installed.isPresent()) {
				options.setBinary(installed.get().browser().toString());
				var service = new ChromeDriverService.Builder()
					.usingDriverExecutable(installed.get().driver().toFile())
					.usingAnyFreePort()
					.build();
				return new ChromeDriver(service, options);
			}
			// Selenium Manager: downloads Chrome for Testing and its driver into ~/.cache/selenium
			return new ChromeDriver(options);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(WHAT_TO_INSTALL + " (" + firstLine(ex) + ")", ex);
		}
	}

	record Installed(Path browser, Path driver) {
	}

	static Optional<Installed> installed() {
		Optional<Path> browser = first(System.getenv("CHROME_BIN"), BROWSERS);
		Optional<Path> driver = first(System.getenv("CHROMEDRIVER"), DRIVERS);
		if (browser.isPresent() && driver.isPresent()) {
			return Optional.of(new Installed(browser.get(), driver.get()));
		}
		return Optional.empty();
	}

	private static Optional<Path> first(String named, List<String> candidates) {
		return Stream.concat(Stream.ofNullable(named).filter(name -> !name.isBlank()), candidates.stream())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

	/** As root on Debian or Ubuntu: the distribution's Chromium, its driver and a CJK font; one build at a time. */
	static Optional<Installed> installWithApt() {
		if (!aptCanInstall()) {
			return Optional.empty();
		}
		Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "fazhi-chromium-install.lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			Optional<Installed> meanwhile = installed();
			if (meanwhile.isPresent()) {
				return meanwhile;
			}
			installPackages(PACKAGES);
			return installed();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void installPackages(List<String> packages) {
		System.out.println("Installing " + String.join(" ", packages) + " with apt-get for the browser tests");
		try {
			run(List.of("apt-get", "update", "-qq"));
			List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq",
					"--no-install-recommends"));
			install.addAll(packages);
			run(install);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether Chinese pages render legibly in screenshots. */
	static boolean hasCjkFont() {
		for (String folder : List.of("/usr/share/fonts", "/usr/local/share/fonts")) {
			Path root = Path.of(folder);
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> fonts = Files.walk(root)) {
				if (fonts.map(font -> font.getFileName().toString().toLowerCase())
					.anyMatch(name -> name.contains("wqy") || name.contains("cjk") || name.contains("droidsansfallback"))) {
					return true;
				}
			}
			catch (IOException ex) {
				return false;
			}
		}
		return false;
	}

	static boolean aptCanInstall() {
		return "root".equals(System.getProperty("user.name")) && Files.exists(Path.of("/etc/debian_version"))
				&& Files.isExecutable(Path.of("/usr/bin/apt-get"));
	}

	private static void run(List<String> command) throws IOException {
		var process = new ProcessBuilder(command).inheritIO();
		process.environment().put("DEBIAN_FRONTEND", "noninteractive");
		try {
			Process started = process.start();
			if (!started.waitFor(15, TimeUnit.MINUTES) || started.exitValue() != 0) {
				started.destroyForcibly();
				System.out.println(String.join(" ", command) + " did not succeed; " + WHAT_TO_INSTALL);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while running " + command, ex);
		}
	}

	private static String firstLine(Throwable ex) {
		String message = String.valueOf(ex.getMessage());
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}

}
