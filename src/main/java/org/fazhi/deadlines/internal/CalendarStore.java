package org.fazhi.deadlines.internal;

import org.fazhi.deadlines.HolidayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The holiday notices in the database, and the calendar built from them. Every node reads the same table; a node
 * rebuilds its cached calendar when the table's revision changes, so a notice loaded on one node is used by all. The
 * revision is read once per transaction: within one transaction (a use case, or a batch of the demo) the calendar the
 * first step read stays the calendar of every later step.
 */
@Component
public class CalendarStore {

	private static final Logger log = LoggerFactory.getLogger(CalendarStore.class);

	private record Snapshot(long revision, HolidayCalendar calendar) {
	}

	private final HolidayNoticeRecords notices;
	private final TransactionTemplate transactions;
	private volatile Snapshot snapshot;

	CalendarStore(HolidayNoticeRecords notices, TransactionTemplate transactions) {
		this.notices = notices;
		this.transactions = transactions;
	}

	/** Stores the notices shipped with Fazhi whose year is not in the database yet (first start, or a new release). */
	public void seedBundledNotices() {
		int added = 0;
		for (HolidayNotices.Notice notice : HolidayNotices.bundled()) {
			if (notices.existsByYear(notice.year())) {
				continue;
			}
			try {
				transactions.executeWithoutResult(status -> notices.save(new HolidayNoticeRecord(notice, true, null)));
				added++;
			}
			catch (DataIntegrityViolationException ex) {
				// another node stored the same year at the same moment
			}
		}
		if (added > 0) {
			log.info("holiday notices stored from the bundled data years={}", added);
		}
	}

	@Transactional(readOnly = true)
	public HolidayCalendar calendar() {
		if (TransactionSynchronizationManager.getResource(this) instanceof Snapshot checked) {
			return checked.calendar();
		}
		long revision = notices.revision();
		Snapshot current = snapshot;
		if (current == null || current.revision() != revision) {
			var calendar = HolidayNotices
				.calendarOf(notices.findAllWithDays().stream().map(HolidayNoticeRecord::toNotice).toList());
			current = new Snapshot(revision, calendar);
			snapshot = current;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.bindResource(this, current);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CalendarStore.this);
				}
			});
		}
		return current.calendar();
	}

	/** Loads or replaces the notice of a year. */
	@Transactional
	public HolidayNoticeRecord load(HolidayNotices.Notice notice, String loadedBy) {
		// a calendar read earlier in this transaction is no longer the calendar
		TransactionSynchronizationManager.unbindResourceIfPossible(this);
		notices.findByYear(notice.year()).ifPresent(existing -> {
			notices.delete(existing);
			notices.flush();
		});
		return notices.save(new HolidayNoticeRecord(notice, false, loadedBy));
	}
}
