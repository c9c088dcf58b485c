package org.fazhi.audit;

/**
 * The result of walking the audit chain: how many entries were checked and, when the chain is broken, the first entry
 * whose hash or link does not match.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long brokenSeq, Long brokenEntryId,
		String reason) {

	public static ChainVerification intact(long checked) {
		return new ChainVerification(true, checked, null, null, null);
	}

	public static ChainVerification broken(long checked, long seq, long entryId, String reason) {
		return new ChainVerification(false, checked, seq, entryId, reason);
	}
}
