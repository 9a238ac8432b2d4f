package nl.wijkatelier.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.shared.NeighbourhoodId;

/**
 * The versions of the data behind the public pages, in the database (table {@code page_version}), so that every
 * instance over it agrees on them. A module's after-commit reaction to its own events calls {@link #changed} for the
 * scopes the change touches; {@link PublicPageCache} serves a page rendered earlier only while the versions it was
 * rendered from are still the current ones. A version only grows: the update holds the row until its transaction
 * commits, so two changes never give one version.
 */
@Component
public class PageVersions {

	/** Programmes, their neighbourhoods' names and details, parties and themes: shown on every public page. */
	public static final String PROGRAMMES = "programmes";
	/** Changes whenever any neighbourhood's scope changes: the programme dashboards show them all. */
	public static final String NEIGHBOURHOODS = "neighbourhoods";

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;
	private final Clock clock;

	@Autowired
	PageVersions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this(jdbc, transactions, Clock.systemUTC());
	}

	PageVersions(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** The scope of everything one neighbourhood's pages (its page, its actions' pages) show. */
	public static String neighbourhood(NeighbourhoodId id) {
		return "neighbourhood:" + id.value();
	}

	/** Something a neighbourhood's pages show changed: its scope and that of all neighbourhoods move on. */
	public void neighbourhoodChanged(NeighbourhoodId id) {
		changed(List.of(neighbourhood(id), NEIGHBOURHOODS));
	}

	/** Moves these scopes on by one, in the caller's transaction. */
	public void changed(Collection<String> scopes) {
		Instant now = clock.instant();
		for (String scope : scopes.stream().sorted().distinct().toList()) {
			if (bump(scope, now) == 0) {
				createMissing(scope, now);
				bump(scope, now);
			}
		}
	}

	/**
	 * The sum of these scopes' versions (a scope never changed counts 0): it changes whenever one of them does, as
	 * each only grows. One indexed query.
	 */
	public long current(Collection<String> scopes) {
		return versions(scopes).values().stream().mapToLong(Long::longValue).sum();
	}

	Map<String, Long> versions(Collection<String> scopes) {
		if (scopes.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select scope, version from page_version where scope in (:scopes)").param("scopes", scopes)
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private int bump(String scope, Instant now) {
		return jdbc.sql("update page_version set version = version + 1, updated_at = :now where scope = :scope")
				.param("now", Timestamp.from(now)).param("scope", scope).update();
	}

	/**
	 * The first change of a scope inserts its row at version 0, in a transaction of its own: when another instance
	 * inserts it at the same moment, only that insert fails (on PostgreSQL a failed statement ends its transaction),
	 * and the caller's update then finds the row.
	 */
	private void createMissing(String scope, Instant now) {
		try {
			separately.executeWithoutResult(status -> jdbc
					.sql("insert into page_version (scope, version, updated_at) values (:scope, 0, :now)")
					.param("scope", scope).param("now", Timestamp.from(now)).update());
		}
		catch (DuplicateKeyException ex) {
			// Inserted by another instance meanwhile: the update that follows finds it.
		}
	}
}
