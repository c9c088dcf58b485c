package org.fazhi.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import org.fazhi.FazhiIntegrationTest;
import org.fazhi.enforcement.CaseDecided;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events between modules: enforcement's past-tense events are stored in the event publication registry with the
 * change and completed there once the figures module's listener has recorded that the year's figures changed; a
 * delivery repeated (as the registry's republication after a restart would make it) changes nothing more, and an event
 * whose delivery a stop interrupted is delivered on the next start.
 */
@FazhiIntegrationTest
class EventsIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FigureChanges changes;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Autowired
	org.springframework.modulith.events.support.PersistentApplicationEventMulticaster multicaster;

	/** A tenant id no other test uses, so the rows seen here are this test's. */
	private static final long TENANT = 990_001;

	private long completed(String event) {
		return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?"
				+ " and completion_date is not null", Long.class, "%" + event + "%");
	}

	@Test
	void aDecisionChangesItsYearsFiguresOnceAndItsPublicationIsCompleted() {
		var decided = new CaseDecided(TENANT, 424242, "罗东执罚〔2031〕1号", "PENALTY", LocalDate.of(2031, 3, 2));
		transactions.executeWithoutResult(status -> events.publishEvent(decided));
		await().atMost(Duration.ofSeconds(60)).until(() -> changes.lastChange(TENANT, 2031).isPresent()
				&& completed("罗东执罚〔2031〕1号") == 1);
		var first = changes.lastChange(TENANT, 2031).orElseThrow();
		assertThat(jdbc.queryForObject("select last_event from figure_change where tenant_id = ? and figure_year = 2031",
				String.class, TENANT)).isEqualTo("CaseDecided 424242");

		// the same event again (a redelivery) leaves the row as it was
		changes.on(decided);
		assertThat(changes.lastChange(TENANT, 2031)).contains(first);
		assertThat(jdbc.queryForObject("select count(*) from figure_change where tenant_id = ?", Long.class, TENANT))
			.isEqualTo(1);
	}

	@Test
	void anEventStoredButNotDeliveredBeforeAStopIsDeliveredOnTheNextStart() {
		var decided = new CaseDecided(TENANT + 1, 434343, "罗东执罚〔2032〕7号", "PENALTY", LocalDate.of(2032, 5, 6));
		transactions.executeWithoutResult(status -> events.publishEvent(decided));
		await().atMost(Duration.ofSeconds(60)).until(() -> completed("罗东执罚〔2032〕7号") == 1);

		// the process stopped after the change committed and before the listener ran: the publication is stored and
		// incomplete, and the figures module has not recorded the change
		jdbc.update("update event_publication set completion_date = null, status = 'PUBLISHED'"
				+ " where serialized_event like ?", "%罗东执罚〔2032〕7号%");
		jdbc.update("delete from figure_change where tenant_id = ?", TENANT + 1);
		assertThat(changes.lastChange(TENANT + 1, 2032)).isEmpty();

		// what a start does once its beans are ready (spring.modulith.events.republish-outstanding-events-on-restart)
		assertThat(environment.getProperty("spring.modulith.events.republish-outstanding-events-on-restart",
				Boolean.class)).isTrue();
		multicaster.afterSingletonsInstantiated();

		await().atMost(Duration.ofSeconds(60)).until(() -> changes.lastChange(TENANT + 1, 2032).isPresent()
				&& completed("罗东执罚〔2032〕7号") == 1);
		assertThat(jdbc.queryForObject("select last_event from figure_change where tenant_id = ? and figure_year = 2032",
				String.class, TENANT + 1)).isEqualTo("CaseDecided 434343");
	}
}
