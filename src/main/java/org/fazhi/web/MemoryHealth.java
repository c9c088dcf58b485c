package org.fazhi.web;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health says DOWN while the heap is exhausted: when, even after the last collection, the old generation is still
 * more than 95% full, the node cannot serve and the load balancer should send requests elsewhere.
 */
@Component("memory")
class MemoryHealth implements HealthIndicator {

	static final double EXHAUSTED = 0.95;

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
		.toList();

	@Override
	public Health health() {
		for (MemoryPoolMXBean pool : heapPools) {
			var afterCollection = pool.getCollectionUsage();
			long max = afterCollection == null ? -1 : afterCollection.getMax();
			if (max > 0 && afterCollection.getUsed() > EXHAUSTED * max) {
				return Health.down().build();
			}
		}
		return Health.up().build();
	}
}
