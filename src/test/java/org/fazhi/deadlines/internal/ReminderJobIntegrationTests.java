package org.fazhi.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.FazhiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily reminder job runs under the cluster lock: the lock row in {@code shedlock} records the run. */
@FazhiIntegrationTest
class ReminderJobIntegrationTests {

	@Autowired
	DeadlineScheduling.ReminderJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDailyJobTakesTheClusterLock() {
		job.raiseReminders();
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'deadline-reminders'",
				Integer.class)).isEqualTo(1);
	}
}
