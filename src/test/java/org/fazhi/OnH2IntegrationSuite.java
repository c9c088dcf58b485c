package org.fazhi;

import org.junit.platform.suite.api.BeforeSuite;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every integration test on H2. Failsafe runs this suite and {@link OnPostgresqlIntegrationSuite} side by side, each in a
 * JVM of its own, so the database a JVM's contexts use is set once, before the first of them starts.
 */
@Suite
@SuiteDisplayName("integration tests on H2")
@SelectPackages("org.fazhi")
@IncludeClassNamePatterns(".*IntegrationTests")
class OnH2IntegrationSuite {

	@BeforeSuite
	static void onH2() {
		System.setProperty(DatabaseUnderTest.PROPERTY, "h2");
	}
}
