package org.fazhi.deadlines;

import java.time.LocalDate;

/**
 * A module's request to track a statutory deadline of one of its records.
 *
 * @param recordType the kind of record, e.g. {@code PENALTY_CASE}; {@code MANUAL} for deadlines registered by hand
 * @param recordId the record's identifier within its module
 * @param title what a person reads in lists: the case, application or matter the deadline belongs to
 * @param departmentId the department the record belongs to, for data scope; may be null
 * @param communityId the community the record belongs to, for data scope; may be null
 * @param registeredBy the staff account that registers it
 * @param length the period's length where the order sets it ({@link StatutoryRule#setByOrder()}); otherwise null
 */
public record RegisterDeadline(long tenantId, Long departmentId, Long communityId, String recordType, String recordId,
		String title, StatutoryRule rule, LocalDate triggerDate, long responsibleAccountId, long registeredBy,
		Integer length) {

	/** A deadline whose length the statute sets. */
	public RegisterDeadline(long tenantId, Long departmentId, Long communityId, String recordType, String recordId,
			String title, StatutoryRule rule, LocalDate triggerDate, long responsibleAccountId, long registeredBy) {
		this(tenantId, departmentId, communityId, recordType, recordId, title, rule, triggerDate, responsibleAccountId,
				registeredBy, null);
	}
}
