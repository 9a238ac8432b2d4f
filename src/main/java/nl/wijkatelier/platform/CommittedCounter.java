package nl.wijkatelier.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A Prometheus counter of things stored in the database: {@link #increment()} inside a transaction counts only
 * once that transaction commits, so a rolled-back write (a refused sign-up, a deadlock retry) is not counted.
 * Each instance counts what it stored itself; Prometheus adds the instances up ({@code sum(rate(...))}).
 */
public final class CommittedCounter {

	private final Counter counter;

	private CommittedCounter(Counter counter) {
		this.counter = counter;
	}

	/** A counter with its name as Micrometer spells it ({@code wijkatelier.signups}, exported with {@code _total}). */
	public static CommittedCounter of(MeterRegistry registry, String name, String description) {
		return new CommittedCounter(Counter.builder(name).description(description).register(registry));
	}

	public void increment() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}
}
