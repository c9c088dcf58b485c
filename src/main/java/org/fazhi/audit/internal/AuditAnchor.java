package org.fazhi.audit.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Anchors the entries of the trail into their chain, in batches: an entry is inserted with the change it describes,
 * without a sequence number or hash, so a change never waits for the chain of its tenant; moments after its commit one
 * short transaction locks the chain's row (on every node, through the database), takes the chain's waiting entries in
 * the order they were written and gives each the next sequence number, the previous entry's hash and its own hash.
 * <p>
 * The tamper evidence is that of the chain, from the anchoring on. Until then (normally a few milliseconds after the
 * commit, at most {@code fazhi.audit.anchor-sweep-seconds} when a nudge was lost, e.g. by a node that stopped) an
 * entry can be changed behind the application's back without the chain noticing; verification and the trail's export
 * anchor the waiting entries first.
 */
@Component
public class AuditAnchor implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(AuditAnchor.class);

	/** Entries given their place in one anchoring transaction. */
	static final int BATCH = 500;

	private final AuditEntries entries;
	private final AuditChains chains;
	private final TransactionTemplate alone;
	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
	private final AtomicBoolean queued = new AtomicBoolean();
	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
		var thread = new Thread(runnable, "audit-anchor");
		thread.setDaemon(true);
		return thread;
	});

	@PersistenceContext
	private EntityManager entityManager;

	AuditAnchor(AuditEntries entries, AuditChains chains, PlatformTransactionManager transactions,
			@Value("${fazhi.audit.anchor-sweep-seconds:10}") long sweepSeconds) {
		this.entries = entries;
		this.chains = chains;
		this.alone = new TransactionTemplate(transactions);
		this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		worker.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
	}

	/** Asks for the chain's waiting entries to be anchored soon, on the anchoring thread (after a commit). */
	void nudge(long chainId) {
		waiting.add(chainId);
		if (queued.compareAndSet(false, true)) {
			worker.execute(this::drain);
		}
	}

	private void drain() {
		queued.set(false);
		for (Long chainId : List.copyOf(waiting)) {
			waiting.remove(chainId);
			try {
				anchor(chainId);
			}
			catch (RuntimeException ex) {
				// the sweep tries again; the entries stay in the trail, waiting
				LOG.warn("audit chain {} not anchored: {}", chainId, ex.toString());
			}
		}
	}

	/** Every chain with entries waiting, as a last resort for nudges that were lost. */
	private void sweep() {
		try {
			// each anchoring asks first whether its chain has anything waiting
			for (AuditChain chain : chains.findAllByOrderByChainId()) {
				anchor(chain.getChainId());
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("audit chains not swept: {}", ex.toString());
		}
	}

	/**
	 * Anchors every entry of the chain that waits, now, in the caller's thread, a batch per transaction; the caller
	 * must not be inside a transaction of its own (the anchoring commits before the caller reads the chain).
	 *
	 * @return how many entries were anchored
	 */
	public long anchor(long chainId) {
		long anchored = 0;
		while (true) {
			Integer batch = alone.execute(status -> anchorBatch(chainId));
			anchored += batch;
			if (batch < BATCH) {
				return anchored;
			}
		}
	}

	private int anchorBatch(long chainId) {
		if (!entries.existsByChainIdAndSeqIsNull(chainId)) {
			return 0;
		}
		var chain = entityManager.find(AuditChain.class, chainId, LockModeType.PESSIMISTIC_WRITE);
		if (chain == null) {
			chains.open(chainId, AuditLog.GENESIS);
			chain = entityManager.find(AuditChain.class, chainId, LockModeType.PESSIMISTIC_WRITE);
		}
		// read under the chain's lock: another node's anchoring of the same entries has committed or not begun
		var batch = entries.findByChainIdAndSeqIsNullOrderById(chainId, PageRequest.of(0, BATCH));
		long seq = chain.getLastSeq();
		String previous = chain.getLastHash();
		for (AuditEntryRecord entry : batch) {
			entry.anchor(++seq, previous);
			previous = entry.getHash();
		}
		chain.advance(seq, previous);
		return batch.size();
	}

	/** Stops the anchoring thread and anchors what still waits, so a stopped node leaves no entry unanchored. */
	@Override
	public void destroy() throws InterruptedException {
		worker.shutdown();
		worker.awaitTermination(10, TimeUnit.SECONDS);
		for (AuditChain chain : chains.findAllByOrderByChainId()) {
			try {
				anchor(chain.getChainId());
			}
			catch (RuntimeException ex) {
				LOG.warn("audit chain {} not anchored on shutdown: {}", chain.getChainId(), ex.toString());
			}
		}
	}
}
