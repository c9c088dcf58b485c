package org.fazhi;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every integration test on PostgreSQL (embedded, zonky). Failsafe runs this suite and {@link OnH2IntegrationSuite}
 * side by side, each in a JVM of its own, so the database a JVM's contexts use is set once, before the first of them
 * starts. Its browser tests run first ({@link BrowserTestsFirst}).
 */
@Suite
@SuiteDisplayName("integration tests on PostgreSQL")
@SelectPackages("org.fazhi")
@IncludeClassNamePatterns(".*IntegrationTests")
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.fazhi.BrowserTestsFirst")
class OnPostgresqlIntegrationSuite {

	@BeforeSuite
	static void onPostgresql() {
		System.setProperty(DatabaseUnderTest.PROPERTY, "postgresql");
	}
}
