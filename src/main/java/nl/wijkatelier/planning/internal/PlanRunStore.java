package nl.wijkatelier.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code plan_run} rows. Every change of state is one conditional update, so two instances that try the same
 * change (claim a queued run, finish or abandon a running one) cannot both succeed. Times are the database's clock
 * ({@code current_timestamp}), so instances whose clocks differ still agree on how old a heartbeat is.
 */
public class PlanRunStore {

	/** A run's row. {@code best*} are empty until the run has a schedule; {@code result} until it has finished with one. */
	public record Row(UUID id, UUID neighbourhood, String requestedBy, int seconds, Optional<UUID> basedOn, String pinned,
			String granularity, long shiftCostCents, String status, boolean cancelRequested, Optional<Long> bestElapsedMillis,
			Optional<Long> bestHardPenalty, Optional<Long> bestObjectiveCents, Optional<String> owner,
			Optional<Instant> heartbeat, Instant created, Optional<Instant> started, Optional<Instant> finished,
			String agreedPackages, long nuisanceCostCents, long valueCentsPerPoint, Optional<String> valuation) {
	}

	/** What a new row holds. */
	public record NewRun(UUID id, UUID neighbourhood, String requestedBy, int seconds, Optional<UUID> basedOn,
			String pinned, String granularity, long shiftCostCents, String portfolio, String agreedPackages,
			long nuisanceCostCents, long valueCentsPerPoint, String valuation) {
	}

	private static final String COLUMNS = "id, neighbourhood_id, requested_by, seconds, based_on, pinned, granularity,"
			+ " shift_cost_cents, status, cancel_requested, best_elapsed_ms, best_hard_penalty, best_objective_cents,"
			+ " owner_instance, heartbeat_at, created_at, started_at, finished_at, agreed_packages,"
			+ " nuisance_cost_cents, value_cents_per_point, valuation";

	private final JdbcTemplate jdbc;

	public PlanRunStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(NewRun run) {
		jdbc.update("insert into plan_run (id, neighbourhood_id, requested_by, seconds, based_on, pinned, granularity,"
				+ " shift_cost_cents, portfolio, agreed_packages, nuisance_cost_cents, value_cents_per_point, valuation,"
				+ " status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', current_timestamp)",
				run.id(), run.neighbourhood(), run.requestedBy(), run.seconds(), run.basedOn().orElse(null), run.pinned(),
				run.granularity(), run.shiftCostCents(), run.portfolio(), run.agreedPackages(), run.nuisanceCostCents(),
				run.valueCentsPerPoint(), run.valuation());
	}

	public Optional<Row> find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from plan_run where id = ?", (rs, n) -> row(rs), id).stream().findFirst();
	}

	public Optional<String> portfolio(UUID id) {
		return jdbc.queryForList("select portfolio from plan_run where id = ?", String.class, id).stream().findFirst();
	}

	public Optional<String> result(UUID id) {
		return jdbc.query("select result from plan_run where id = ?", (rs, n) -> Optional.ofNullable(rs.getString(1)), id)
				.stream().findFirst().flatMap(r -> r);
	}

	public Optional<String> conflicts(UUID id) {
		return jdbc.query("select conflicts from plan_run where id = ?", (rs, n) -> Optional.ofNullable(rs.getString(1)),
				id).stream().findFirst().flatMap(r -> r);
	}

	/** Runs of this person in this neighbourhood that are queued or running. */
	public int active(UUID neighbourhood, String requestedBy) {
		return jdbc.queryForObject("select count(*) from plan_run where neighbourhood_id = ? and requested_by = ?"
				+ " and status in ('QUEUED', 'RUNNING')", Integer.class, neighbourhood, requestedBy);
	}

	public int queued() {
		return jdbc.queryForObject("select count(*) from plan_run where status = 'QUEUED'", Integer.class);
	}

	/**
	 * Takes this queued run for the instance; false when another instance took it, it was cancelled, or another run
	 * is already RUNNING in its neighbourhood. The {@code not exists} answers the common case; two claims in the same
	 * neighbourhood at the same moment (each blind to the other's uncommitted row) are kept apart by the unique index
	 * on {@code running_in}, where the second one fails.
	 */
	public boolean claim(UUID id, String instance) {
		try {
			return jdbc.update("update plan_run set status = 'RUNNING', running_in = neighbourhood_id, owner_instance = ?,"
					+ " heartbeat_at = current_timestamp, started_at = current_timestamp where id = ? and status = 'QUEUED'"
					+ " and not exists (select 1 from plan_run r where r.neighbourhood_id = plan_run.neighbourhood_id"
					+ " and r.status = 'RUNNING')", instance, id) == 1;
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			return false;
		}
	}

	/** The run that is RUNNING in the neighbourhood, which a queued run there waits behind. */
	public Optional<UUID> runningIn(UUID neighbourhood) {
		return jdbc.queryForList("select id from plan_run where neighbourhood_id = ? and status = 'RUNNING'"
				+ " order by started_at, id limit 1", UUID.class, neighbourhood).stream().findFirst();
	}

	/**
	 * Takes the oldest queued run whose neighbourhood has no run going (one running run per neighbourhood, so one
	 * neighbourhood's queue cannot hold up the others'), trying the next when another instance was quicker.
	 */
	public Optional<UUID> claimNext(String instance) {
		for (int attempt = 0; attempt < 5; attempt++) {
			List<UUID> next = jdbc.queryForList("select q.id from plan_run q where q.status = 'QUEUED' and not exists"
					+ " (select 1 from plan_run r where r.status = 'RUNNING' and r.neighbourhood_id = q.neighbourhood_id)"
					+ " order by q.created_at, q.id limit 1", UUID.class);
			if (next.isEmpty()) {
				return Optional.empty();
			}
			if (claim(next.get(0), instance)) {
				return Optional.of(next.get(0));
			}
		}
		return Optional.empty();
	}

	/**
	 * The owner's heartbeat with the best schedule so far.
	 *
	 * @return whether a cancel was asked for; empty when the run is no longer this instance's running run (it was
	 *         declared abandoned meanwhile), so the owner should stop it
	 */
	public Optional<Boolean> heartbeat(UUID id, String instance, Optional<long[]> best) {
		int updated = best.isPresent()
				? jdbc.update("update plan_run set heartbeat_at = current_timestamp, best_elapsed_ms = ?,"
						+ " best_hard_penalty = ?, best_objective_cents = ? where id = ? and owner_instance = ?"
						+ " and status = 'RUNNING'", best.get()[0], best.get()[1], best.get()[2], id, instance)
				: jdbc.update("update plan_run set heartbeat_at = current_timestamp where id = ? and owner_instance = ?"
						+ " and status = 'RUNNING'", id, instance);
		if (updated == 0) {
			return Optional.empty();
		}
		return Optional.of(Boolean.TRUE.equals(jdbc.queryForObject("select cancel_requested from plan_run where id = ?",
				Boolean.class, id)));
	}

	/** Ends this instance's running run; false when it had been declared abandoned meanwhile. */
	public boolean finish(UUID id, String instance, String status, Optional<String> result, Optional<String> conflicts,
			Optional<long[]> best) {
		return jdbc.update("update plan_run set status = ?, running_in = null, result = ?, conflicts = ?,"
				+ " finished_at = current_timestamp, heartbeat_at = current_timestamp, best_elapsed_ms = coalesce(?, best_elapsed_ms),"
				+ " best_hard_penalty = coalesce(?, best_hard_penalty),"
				+ " best_objective_cents = coalesce(?, best_objective_cents)"
				+ " where id = ? and owner_instance = ? and status = 'RUNNING'", status, result.orElse(null),
				conflicts.orElse(null), best.map(b -> b[0]).orElse(null), best.map(b -> b[1]).orElse(null),
				best.map(b -> b[2]).orElse(null), id, instance) == 1;
	}

	/** Asks the run to stop: a queued run is cancelled at once, a running one by its owner at its next heartbeat. */
	public void requestCancel(UUID id) {
		jdbc.update("update plan_run set cancel_requested = true where id = ? and status in ('QUEUED', 'RUNNING')", id);
		jdbc.update("update plan_run set status = 'CANCELLED', finished_at = current_timestamp where id = ?"
				+ " and status = 'QUEUED'", id);
	}

	/** Running runs whose heartbeat is older than {@code after}: their process died or stalled. */
	public int abandonStale(Duration after) {
		return jdbc.update("update plan_run set status = 'ABANDONED', running_in = null, finished_at = current_timestamp"
				+ " where status = 'RUNNING' and heartbeat_at < ?", now().minus(after));
	}

	/** The same for one run, when it is read. */
	public int abandonIfStale(UUID id, Duration after) {
		return jdbc.update("update plan_run set status = 'ABANDONED', running_in = null, finished_at = current_timestamp"
				+ " where id = ? and status = 'RUNNING' and heartbeat_at < ?", id, now().minus(after));
	}

	/**
	 * This instance's running runs left from an earlier process under the same instance id: those whose last
	 * heartbeat came before {@code before} (this process's start, on the database's clock).
	 */
	public int abandonOwn(String instance, OffsetDateTime before) {
		return jdbc.update("update plan_run set status = 'ABANDONED', running_in = null, finished_at = current_timestamp"
				+ " where status = 'RUNNING' and owner_instance = ? and heartbeat_at < ?", instance, before);
	}

	/** Keeps the newest {@code keep} finished runs of the neighbourhood and deletes the older ones. */
	public void forgetOld(UUID neighbourhood, int keep) {
		List<UUID> old = jdbc.queryForList("select id from plan_run where neighbourhood_id = ? and status not in"
				+ " ('QUEUED', 'RUNNING') order by created_at desc, id offset ? rows", UUID.class, neighbourhood, keep);
		old.forEach(id -> jdbc.update("delete from plan_run where id = ?", id));
	}

	/** The database's clock. */
	public OffsetDateTime now() {
		return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("neighbourhood_id", UUID.class),
				rs.getString("requested_by"), rs.getInt("seconds"), Optional.ofNullable(rs.getObject("based_on", UUID.class)),
				rs.getString("pinned"), rs.getString("granularity"), rs.getLong("shift_cost_cents"), rs.getString("status"),
				rs.getBoolean("cancel_requested"), optionalLong(rs, "best_elapsed_ms"),
				optionalLong(rs, "best_hard_penalty"), optionalLong(rs, "best_objective_cents"),
				Optional.ofNullable(rs.getString("owner_instance")), instant(rs, "heartbeat_at"),
				instant(rs, "created_at").orElseThrow(), instant(rs, "started_at"), instant(rs, "finished_at"),
				Optional.ofNullable(rs.getString("agreed_packages")).orElse("[]"), rs.getLong("nuisance_cost_cents"),
				rs.getLong("value_cents_per_point"), Optional.ofNullable(rs.getString("valuation")));
	}

	private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? Optional.empty() : Optional.of(value);
	}

	private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return Optional.ofNullable(t).map(o -> o.withOffsetSameInstant(ZoneOffset.UTC).toInstant());
	}
}
