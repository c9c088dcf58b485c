package org.fazhi.web;

import java.util.Comparator;
import java.util.List;

import org.fazhi.shared.DemoPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The one demo generator (profile {@code demo}): runs every module's {@link DemoPart} in order, with a progress line
 * per part and the total, so a first start says what it is doing and a later one that the demo is already there.
 */
@Component
@Profile("demo")
class DemoGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoGenerator.class);

	private final List<DemoPart> parts;

	DemoGenerator(List<DemoPart> parts) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(DemoPart::order)).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		int generated = 0;
		for (int i = 0; i < parts.size(); i++) {
			var part = parts.get(i);
			long partStarted = System.nanoTime();
			boolean made = part.generate();
			generated += made ? 1 : 0;
			log.info("demo [{}/{}] {} {} in {} ms", i + 1, parts.size(), name(part), made ? "generated" : "already present",
					(System.nanoTime() - partStarted) / 1_000_000);
		}
		log.info("demo ready: {} of {} parts generated in {} ms", generated, parts.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private static String name(DemoPart part) {
		String type = org.springframework.util.ClassUtils.getUserClass(part).getName();
		// org.fazhi.enforcement.internal.cases.DemoCases -> enforcement/DemoCases
		String module = type.substring("org.fazhi.".length(), type.indexOf('.', "org.fazhi.".length()));
		return module + "/" + type.substring(type.lastIndexOf('.') + 1);
	}
}
