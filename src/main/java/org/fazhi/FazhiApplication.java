package org.fazhi;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fazhi (法治工作台): the rule-of-law workbench of a subdistrict office or township.
 */
@SpringBootApplication
@EnableScheduling
public class FazhiApplication {

	/** Statutory periods are counted in China Standard Time, whatever the server's zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}

	public static void main(String[] args) {
		SpringApplication.run(FazhiApplication.class, args);
	}
}
