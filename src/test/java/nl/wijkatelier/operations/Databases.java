package nl.wijkatelier.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Fresh databases on the test PostgreSQL server, named after the configured one plus a suffix (so a developer's
 * {@code wk_x} gives {@code wk_x_it_backup}); each test recreates its own, so a failed run leaves them to look at.
 */
final class Databases {

	private static final String URL = "WIJKATELIER_TEST_POSTGRES_URL";

	private Databases() {
	}

	static boolean configured() {
		String url = System.getenv(URL);
		return url != null && url.startsWith("jdbc:postgresql:");
	}

	static String baseUrl() {
		return System.getenv(URL);
	}

	static String username() {
		return System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_USERNAME", "wijkatelier");
	}

	static String password() {
		return System.getenv().getOrDefault("WIJKATELIER_TEST_POSTGRES_PASSWORD", "");
	}

	/** The JDBC URL of another database on the same server, with the same parameters. */
	static String url(String database) {
		String base = baseUrl();
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		int query = base.indexOf('?', slash);
		return base.substring(0, slash + 1) + database + (query < 0 ? "" : base.substring(query));
	}

	static String baseName() {
		String base = baseUrl();
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		int query = base.indexOf('?', slash);
		return query < 0 ? base.substring(slash + 1) : base.substring(slash + 1, query);
	}

	/** Drops (closing its connections) and creates the database {@code <base>_<suffix>}; returns its name. */
	static String fresh(String suffix) {
		String name = baseName() + "_" + suffix;
		try (Connection c = connect(baseUrl()); Statement s = c.createStatement()) {
			s.execute("drop database if exists \"" + name + "\" with (force)");
			s.execute("create database \"" + name + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create database " + name + " (the role needs CREATEDB)", ex);
		}
		return name;
	}

	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, username(), password());
	}

	/** The first column of the first row of a query on the database, as a long. */
	static long number(String database, String sql, Object... args) {
		try (Connection c = connect(url(database)); PreparedStatement s = c.prepareStatement(sql)) {
			for (int i = 0; i < args.length; i++) {
				s.setObject(i + 1, args[i]);
			}
			try (ResultSet r = s.executeQuery()) {
				r.next();
				return r.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	/** The settings the jar and the scripts read for this database. */
	static Map<String, String> springEnvironment(String database) {
		return Map.of("SPRING_DATASOURCE_URL", url(database), "SPRING_DATASOURCE_USERNAME", username(),
				"SPRING_DATASOURCE_PASSWORD", password());
	}
}
