package nl.wijkatelier.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.works.Task;

/** Saved planning scenarios of a neighbourhood: a plan's figures beside its baseline, and every task's start. */
@Component
public class Scenarios {

	/** A scenario's figures, in euro cents. */
	public record Summary(UUID id, NeighbourhoodId neighbourhood, String name, Instant created, String granularity,
			long shiftCostCentsPerDay, long totalSavingCents, long shiftPenaltyCents, long baselineSavingCents,
			long baselinePenaltyCents, boolean baselineFeasible, boolean example) {

		@com.fasterxml.jackson.annotation.JsonProperty
		public long objectiveCents() {
			return totalSavingCents - shiftPenaltyCents;
		}

		@com.fasterxml.jackson.annotation.JsonProperty
		public long baselineObjectiveCents() {
			return baselineSavingCents - baselinePenaltyCents;
		}
	}

	/** One task in a scenario, with why it starts then. */
	public record Start(String taskId, LocalDate start, LocalDate end, Optional<String> packageFirst,
			boolean ridesAlong, String reason, String reasonDetail) {
	}

	public record Scenario(Summary summary, List<Start> starts) {
	}

	private final JdbcTemplate jdbc;
	private final AuditLog audit;

	Scenarios(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Stores a finished run under a name, in one transaction, audited. */
	@Transactional
	public Summary save(PlanningJobs.Finished run, String name, boolean example) {
		new Checks().requiredText("name", name, 200).throwIfAny();
		String trimmed = name.trim();
		Evaluation s = run.result().schedule();
		Evaluation b = run.result().baseline();
		PlanSettings settings = run.problem().settings();
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		jdbc.update("insert into plan_scenario (id, neighbourhood_id, name, created_at, granularity, shift_cost_cents,"
				+ " total_saving_cents, shift_penalty_cents, baseline_saving_cents, baseline_penalty_cents,"
				+ " baseline_feasible, example) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
				run.neighbourhood().value(), trimmed, Timestamp.from(now), settings.granularity().name(),
				settings.shiftCostCentsPerDay(), s.totalSavingCents(), s.shiftPenaltyCents(), b.totalSavingCents(),
				b.shiftPenaltyCents(), b.feasible(), example);
		Map<String, PlanPackage> packages = new HashMap<>();
		s.packages().forEach(p -> p.tasks().forEach(t -> packages.put(t, p)));
		List<Explanation> explanations = Explanation.of(run.problem(), s);
		List<Object[]> rows = new java.util.ArrayList<>();
		for (int i = 0; i < run.problem().tasks().size(); i++) {
			Task task = run.problem().task(i);
			LocalDate start = s.starts().get(task.id());
			PlanPackage p = packages.get(task.id());
			Explanation why = explanations.get(i);
			rows.add(new Object[] {id, task.id(), start, start.plusDays(task.durationDays() - 1L),
					p == null ? null : p.tasks().get(0), p != null && p.riders().contains(task.id()), why.reason(),
					why.detail().length() > 300 ? why.detail().substring(0, 300) : why.detail()});
		}
		jdbc.batchUpdate("insert into plan_scenario_start (scenario_id, task_code, start_date, end_date, package_first,"
				+ " rides_along, reason, reason_detail) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		audit.record("scenario.saved", "plan_scenario", id, trimmed);
		return summary(id).orElseThrow();
	}

	public List<Summary> of(NeighbourhoodId neighbourhood) {
		return jdbc.query("select * from plan_scenario where neighbourhood_id = ? order by created_at desc",
				(rs, n) -> summary(rs), neighbourhood.value());
	}

	public Scenario get(UUID id) {
		Summary summary = summary(id).orElseThrow(() -> new NotFoundException("scenario", id));
		List<Start> starts = jdbc.query("select * from plan_scenario_start where scenario_id = ? order by start_date, task_code",
				(rs, n) -> new Start(rs.getString("task_code"), rs.getObject("start_date", LocalDate.class),
						rs.getObject("end_date", LocalDate.class), Optional.ofNullable(rs.getString("package_first")),
						rs.getBoolean("rides_along"), rs.getString("reason"), rs.getString("reason_detail")),
				id);
		return new Scenario(summary, starts);
	}

	private Optional<Summary> summary(UUID id) {
		return jdbc.query("select * from plan_scenario where id = ?", (rs, n) -> summary(rs), id).stream().findFirst();
	}

	private static Summary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Summary(rs.getObject("id", UUID.class), new NeighbourhoodId(rs.getObject("neighbourhood_id", UUID.class)),
				rs.getString("name"), rs.getTimestamp("created_at").toInstant(), rs.getString("granularity"),
				rs.getLong("shift_cost_cents"), rs.getLong("total_saving_cents"), rs.getLong("shift_penalty_cents"),
				rs.getLong("baseline_saving_cents"), rs.getLong("baseline_penalty_cents"),
				rs.getBoolean("baseline_feasible"), rs.getBoolean("example"));
	}
}
