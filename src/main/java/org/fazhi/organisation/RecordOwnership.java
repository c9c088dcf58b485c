package org.fazhi.organisation;

import java.util.List;

/**
 * How a kind of record is owned, declared once by the module that keeps it: the entity, the family its role rule
 * speaks of, and the attribute names of its tenant, department, community, creator and assignees (null or empty where
 * the kind has none). {@link DataScopes} turns it and the signed-in user into the predicate of every read.
 *
 * @param recordType the record type as the audit trail, attachments and deadlines name it, e.g. {@code CASE}
 * @param entity the JPA entity class
 * @param family the family the role rules speak of
 * @param tenant the tenant attribute (always present)
 * @param department the owning department's attribute, or null: a kind without one is shared by the departments
 * @param community the community attribute, or null: a kind without one is read by a community scope only when own
 * @param creator the attribute of the account that created the record, or null
 * @param assignees the attributes of the accounts the record is assigned to
 */
public record RecordOwnership(String recordType, Class<?> entity, RecordFamily family, String tenant,
		String department, String community, String creator, List<String> assignees) {

	public RecordOwnership {
		if (tenant == null) {
			throw new IllegalArgumentException("every record kind has a tenant: " + recordType);
		}
		assignees = assignees == null ? List.of() : List.copyOf(assignees);
	}
}
