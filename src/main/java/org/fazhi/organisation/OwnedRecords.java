package org.fazhi.organisation;

/**
 * Implemented by each module for each kind of record it keeps, so that what hangs on a record (its deadlines, files
 * and history) follows the record's own rules: the other modules ask here before they show or change any of it.
 */
public interface OwnedRecords {

	RecordOwnership ownership();

	/** Whether the user may read the record; false also when it does not exist. */
	boolean mayRead(FazhiUser user, String recordId);

	/** Those of the records the user may read (one query where the module can; one check per record otherwise). */
	default java.util.Set<String> readable(FazhiUser user, java.util.Collection<String> recordIds) {
		var readable = new java.util.HashSet<String>();
		for (String id : recordIds) {
			if (mayRead(user, id)) {
				readable.add(id);
			}
		}
		return readable;
	}
}
