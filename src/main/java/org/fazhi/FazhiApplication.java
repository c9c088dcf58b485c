package org.fazhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Fazhi (法治工作台): the rule-of-law workbench of a subdistrict office or township.
 */
@SpringBootApplication
@EnableScheduling
public class FazhiApplication {

	public static void main(String[] args) {
		SpringApplication.run(FazhiApplication.class, args);
	}
}
