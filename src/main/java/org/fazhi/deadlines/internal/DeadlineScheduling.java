package org.fazhi.deadlines.internal;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.fazhi.deadlines.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Start-up and daily work of the deadlines module: the bundled holiday notices are stored before the first request;
 * every morning one node of the cluster (ShedLock, table {@code shedlock}) raises the reminders.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class DeadlineScheduling {

	private static final Logger log = LoggerFactory.getLogger(DeadlineScheduling.class);

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	SmartInitializingSingleton seedHolidayNotices(CalendarStore store) {
		return store::seedBundledNotices;
	}

	@Bean
	ReminderJob reminderJob(Deadlines deadlines, Clock clock) {
		return new ReminderJob(deadlines, clock);
	}

	static class ReminderJob {

		private final Deadlines deadlines;
		private final Clock clock;

		ReminderJob(Deadlines deadlines, Clock clock) {
			this.deadlines = deadlines;
			this.clock = clock;
		}

		@Scheduled(cron = "${fazhi.deadlines.reminder-cron:0 0 7 * * *}", zone = "Asia/Shanghai")
		@SchedulerLock(name = "deadline-reminders")
		public void raiseReminders() {
			int raised = deadlines.raiseReminders(LocalDate.now(clock));
			log.info("deadline reminders raised count={}", raised);
		}
	}
}
