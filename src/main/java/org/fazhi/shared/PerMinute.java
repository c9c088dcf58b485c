package org.fazhi.shared;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key within the current minute, for rate limits held in memory on one node (sign-in attempts per
 * client address, refusals recorded per account). Keys of past minutes are dropped once many have gathered.
 */
public final class PerMinute<K> {

	private static final int KEYS_BEFORE_CLEANING = 10_000;

	private record Window(long minute, int count) {
	}

	private final ConcurrentHashMap<K, Window> windows = new ConcurrentHashMap<>();

	/** Counts one more event of the key and returns how many it has had this minute, this one included. */
	public int count(K key) {
		long minute = System.currentTimeMillis() / 60_000;
		var window = windows.compute(key,
				(k, w) -> w == null || w.minute() != minute ? new Window(minute, 1) : new Window(minute, w.count() + 1));
		if (windows.size() > KEYS_BEFORE_CLEANING) {
			windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
		}
		return window.count();
	}
}
