package nl.wijkatelier.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.atelier.AtelierPublished;
import nl.wijkatelier.knowledge.ResourceChanged;
import nl.wijkatelier.knowledge.TipChanged;
import nl.wijkatelier.programme.NeighbourhoodRegistered;

/**
 * The log of changes to what search finds ({@code search_change}), so that every instance of the application can
 * follow them ({@link SearchFollower}). A change is written in the transaction that makes it: it becomes visible
 * exactly when the change does, and not at all when that is rolled back. A row names only the subject; whoever
 * reads it reads the subject itself from the database, so reading a row twice or late does no harm.
 */
@Component
class SearchChanges {

	/** One row: the id orders rows by when they were written, not by when they were committed. */
	record Change(long id, String subject) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	SearchChanges(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = Clock.systemUTC();
	}

	@EventListener
	void on(ResourceChanged changed) {
		record("resource:" + changed.resource());
	}

	@EventListener
	void on(TipChanged changed) {
		record("tip:" + changed.tip());
	}

	@EventListener
	void on(NeighbourhoodRegistered registered) {
		record("neighbourhood:" + registered.neighbourhood());
	}

	@EventListener
	void on(AtelierPublished published) {
		record("report:" + published.atelier());
	}

	private void record(String subject) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// A read-only transaction (the demo seed announces its ateliers from one) cannot write: the row
			// follows right after it commits, and a reader that sees the row sees the change.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ownTransaction.executeWithoutResult(status -> insert(subject));
				}
			});
		}
		else {
			insert(subject);
		}
	}

	private void insert(String subject) {
		jdbc.sql("insert into search_change (subject, changed_at) values (?, ?)")
				.params(subject, clock.instant().atOffset(ZoneOffset.UTC))
				.update();
	}

	/** The changes with an id above {@code id}, in id order. */
	List<Change> after(long id) {
		return jdbc.sql("select id, subject from search_change where id > ? order by id").param(id)
				.query((rs, row) -> new Change(rs.getLong(1), rs.getString(2)))
				.list();
	}

	/** Removes the changes written before {@code cutoff}. */
	int forgetBefore(Instant cutoff) {
		return jdbc.sql("delete from search_change where changed_at < ?")
				.param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
				.update();
	}
}
