package org.fazhi;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the PostgreSQL suite's classes: the browser tests first, the others as JUnit finds them. The two suites
 * run side by side on the machine's cores; the browser tests wait on the browser much of their time, so they run
 * while the H2 suite's first classes keep the cores busy, instead of beside the H2 suite's own browser tests.
 */
public class BrowserTestsFirst implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors().sort(Comparator.comparingInt(
				d -> d.getTestClass().getSimpleName().startsWith("Browser") ? 0 : 1));
	}
}
