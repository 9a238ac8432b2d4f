package nl.wijkatelier.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.IntegralValue;
import nl.wijkatelier.works.Task;

/** Saved planning scenarios of a neighbourhood: a plan's figures beside its baseline, and every task's start. */
@Component
public class Scenarios {

	/**
	 * A scenario's figures, in euro cents.
	 *
	 * @param basedOn the scenario it was re-planned from, with some of that scenario's dates pinned
	 * @param outdatedSince when a task of the neighbourhood was first registered, changed, imported or removed after
	 *        the scenario was saved; empty while the scenario still matches the tasks
	 * @param nuisanceCostCentsPerDay the run's cost of a street-open day (0: money alone)
	 * @param valueCentsPerPoint the run's worth of a point of integral value (0: money alone)
	 * @param streetOpenDays the plan's street-open days ({@link Evaluation#streetOpenDays()})
	 * @param streetOpenDaysApart the street-opening tasks' durations summed
	 * @param coBenefitPoints the co-benefit points of the plan's joined pairs
	 * @param weightsFrom the published atelier whose joint picture weighed the themes; empty for equal weights
	 */
	public record Summary(UUID id, NeighbourhoodId neighbourhood, String name, Instant created, String granularity,
			long shiftCostCentsPerDay, long totalSavingCents, long shiftPenaltyCents, long baselineSavingCents,
			long baselinePenaltyCents, boolean baselineFeasible, boolean example, Optional<UUID> basedOn,
			Optional<Instant> outdatedSince, long nuisanceCostCentsPerDay, long valueCentsPerPoint, long streetOpenDays,
			long streetOpenDaysApart, long coBenefitPoints, long baselineStreetOpenDays, long baselineCoBenefitPoints,
			Optional<String> weightsFrom) {

		@JsonProperty
		public boolean outdated() {
			return outdatedSince.isPresent();
		}

		/** Co-benefit points plus 10 points per street-open day avoided ({@link IntegralValue}). */
		@JsonProperty
		public long integralValuePoints() {
			return coBenefitPoints + IntegralValue.POINTS_PER_STREET_DAY * (streetOpenDaysApart - streetOpenDays);
		}

		@JsonProperty
		public long baselineIntegralValuePoints() {
			return baselineCoBenefitPoints
					+ IntegralValue.POINTS_PER_STREET_DAY * (streetOpenDaysApart - baselineStreetOpenDays);
		}

		/** Saving + value weight × integral value − shift penalty − nuisance cost × street-open days. */
		@JsonProperty
		public long objectiveCents() {
			return totalSavingCents + valueCentsPerPoint * integralValuePoints() - shiftPenaltyCents
					- nuisanceCostCentsPerDay * streetOpenDays;
		}

		@JsonProperty
		public long baselineObjectiveCents() {
			return baselineSavingCents + valueCentsPerPoint * baselineIntegralValuePoints() - baselinePenaltyCents
					- nuisanceCostCentsPerDay * baselineStreetOpenDays;
		}

		/** Whether the run weighed more than money. */
		public boolean weighed() {
			return nuisanceCostCentsPerDay > 0 || valueCentsPerPoint > 0;
		}
	}

	/**
	 * One task in a scenario, with why it starts then.
	 *
	 * @param end the last running day (inclusive)
	 * @param savingCents its shareable cost when it rides along, else 0
	 * @param reason the binding rule, see {@link Explanation}; {@code reasonDetail} its arguments
	 */
	public record Start(String taskId, String title, String owner, LocalDate start, LocalDate end,
			Optional<LocalDate> preferredStart, Optional<String> packageFirst, boolean ridesAlong, long savingCents,
			boolean opensStreet, String reason, String reasonDetail) {

		public int durationDays() {
			return (int) (end.toEpochDay() - start.toEpochDay() + 1);
		}

		/** Days between its start and its preferred start; 0 without a preferred start. */
		public long shiftDays() {
			return preferredStart.map(p -> Math.abs(start.toEpochDay() - p.toEpochDay())).orElse(0L);
		}

		public boolean pinned() {
			return reason.equals("pinned");
		}
	}

	/** A budget pot as it was when the scenario was saved. */
	public record Pot(String name, String owner, String portfolioHolder) {
	}

	/** What the scenario spends from a pot in a calendar year against that year's amount (0 without a row). */
	public record PotYear(String pot, int year, long amountCents, long spentCents) {
	}

	/** What a task draws from a pot over its running days. */
	public record TaskFunding(String taskId, String pot, long amountCents) {
	}

	public record Scenario(Summary summary, List<Start> starts, List<Pot> pots, List<PotYear> budget,
			List<TaskFunding> funding) {
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
				+ " baseline_feasible, example, based_on, nuisance_cost_cents, value_cents_per_point, street_open_days,"
				+ " street_open_days_apart, co_benefit_points, baseline_street_open_days, baseline_co_benefit_points,"
				+ " weights_from) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id,
				run.neighbourhood().value(), trimmed, Timestamp.from(now), settings.granularity().name(),
				settings.shiftCostCentsPerDay(), s.totalSavingCents(), s.shiftPenaltyCents(), b.totalSavingCents(),
				b.shiftPenaltyCents(), b.feasible(), example, run.basedOn().orElse(null),
				settings.nuisanceCostCentsPerDay(), settings.valueCentsPerPoint(), s.streetOpenDays(),
				s.streetOpenDaysApart(), s.coBenefitPoints(), b.streetOpenDays(), b.coBenefitPoints(),
				run.weightsFrom().map(t -> cut(t, 300)).orElse(null));
		Map<String, PlanPackage> packages = new HashMap<>();
		s.packages().forEach(p -> p.tasks().forEach(t -> packages.put(t, p)));
		List<Explanation> explanations = Explanation.of(run.problem(), s);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < run.problem().tasks().size(); i++) {
			Task task = run.problem().task(i);
			LocalDate start = s.starts().get(task.id());
			PlanPackage p = packages.get(task.id());
			Explanation why = explanations.get(i);
			boolean rides = p != null && p.riders().contains(task.id());
			rows.add(new Object[] {id, task.id(), start, start.plusDays(task.durationDays() - 1L),
					p == null ? null : p.tasks().get(0), rides, why.reason(),
					why.detail().length() > 300 ? why.detail().substring(0, 300) : why.detail(), cut(task.title(), 300),
					cut(task.owner(), 200), task.preferredStart().orElse(null), task.type().opensStreet(),
					rides ? task.shareableCostCents() : 0L});
		}
		jdbc.batchUpdate("insert into plan_scenario_start (scenario_id, task_code, start_date, end_date, package_first,"
				+ " rides_along, reason, reason_detail, task_title, task_owner, preferred_start, opens_street,"
				+ " saving_cents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		saveBudget(id, run.problem(), s);
		audit.record(run.basedOn().isPresent() ? "scenario.replanned" : "scenario.saved", "plan_scenario", id,
				trimmed + (run.pinned().isEmpty() ? "" : " (pinned: " + String.join(", ", run.pinned().keySet()) + ")")
						+ (settings.weighsMoreThanMoney() ? " (weights: nuisance " + settings.nuisanceCostCentsPerDay()
								+ " cents a day, value " + settings.valueCentsPerPoint() + " cents a point)" : ""));
		return summary(id).orElseThrow();
	}

	/** The pots with their holders, each pot's spending per year against its amount, and each task's draws. */
	private void saveBudget(UUID id, PlanningProblem problem, Evaluation schedule) {
		List<Object[]> pots = new ArrayList<>();
		List<Object[]> years = new ArrayList<>();
		for (BudgetPot pot : new TreeMap<>(problem.pots()).values()) {
			pots.add(new Object[] {id, pot.name(), cut(pot.owner(), 200), cut(pot.portfolioHolder(), 200)});
			SortedMap<Integer, Long> spent = schedule.spentCents().getOrDefault(pot.name(), new TreeMap<>());
			TreeSet<Integer> all = new TreeSet<>(pot.amountsByYear().keySet());
			all.addAll(spent.keySet());
			for (int year : all) {
				years.add(new Object[] {id, pot.name(), year, pot.amountsByYear().getOrDefault(year, 0L),
						spent.getOrDefault(year, 0L)});
			}
		}
		List<Object[]> draws = new ArrayList<>();
		for (Task task : problem.tasks()) {
			Map<String, Long> byPot = new TreeMap<>();
			task.funding().forEach(f -> byPot.merge(f.pot(), f.amountCents(), Long::sum));
			byPot.forEach((pot, cents) -> draws.add(new Object[] {id, task.id(), pot, cents}));
		}
		jdbc.batchUpdate("insert into plan_scenario_pot (scenario_id, pot, owner, portfolio_holder) values (?, ?, ?, ?)", pots);
		jdbc.batchUpdate("insert into plan_scenario_pot_year (scenario_id, pot, budget_year, amount_cents, spent_cents)"
				+ " values (?, ?, ?, ?, ?)", years);
		jdbc.batchUpdate("insert into plan_scenario_funding (scenario_id, task_code, pot, amount_cents) values (?, ?, ?, ?)",
				draws);
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	public List<Summary> of(NeighbourhoodId neighbourhood) {
		return jdbc.query("select * from plan_scenario where neighbourhood_id = ? order by created_at desc",
				(rs, n) -> summary(rs), neighbourhood.value());
	}

	public Scenario get(UUID id) {
		Summary summary = summary(id).orElseThrow(() -> new NotFoundException("scenario", id));
		List<Start> starts = jdbc.query("select * from plan_scenario_start where scenario_id = ? order by start_date, task_code",
				(rs, n) -> new Start(rs.getString("task_code"), rs.getString("task_title"), rs.getString("task_owner"),
						rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
						Optional.ofNullable(rs.getObject("preferred_start", LocalDate.class)),
						Optional.ofNullable(rs.getString("package_first")), rs.getBoolean("rides_along"),
						rs.getLong("saving_cents"), rs.getBoolean("opens_street"), rs.getString("reason"),
						rs.getString("reason_detail")),
				id);
		List<Pot> pots = jdbc.query("select * from plan_scenario_pot where scenario_id = ? order by pot",
				(rs, n) -> new Pot(rs.getString("pot"), rs.getString("owner"), rs.getString("portfolio_holder")), id);
		List<PotYear> budget = jdbc.query("select * from plan_scenario_pot_year where scenario_id = ? order by pot, budget_year",
				(rs, n) -> new PotYear(rs.getString("pot"), rs.getInt("budget_year"), rs.getLong("amount_cents"),
						rs.getLong("spent_cents")), id);
		List<TaskFunding> funding = jdbc.query("select * from plan_scenario_funding where scenario_id = ? order by task_code, pot",
				(rs, n) -> new TaskFunding(rs.getString("task_code"), rs.getString("pot"), rs.getLong("amount_cents")), id);
		return new Scenario(summary, starts, pots, budget, funding);
	}

	public Optional<Summary> find(UUID id) {
		return summary(id);
	}

	/**
	 * Marks the neighbourhood's scenarios saved before {@code since} as out of date from then on; a scenario already
	 * marked keeps its first moment, and one saved later is left alone (it planned the changed tasks). Answers how
	 * many were marked now.
	 */
	@Transactional
	public int markOutdated(NeighbourhoodId neighbourhood, Instant since) {
		return jdbc.update("update plan_scenario set outdated_since = ? where neighbourhood_id = ? and outdated_since is null"
				+ " and created_at <= ?", Timestamp.from(since), neighbourhood.value(), Timestamp.from(since));
	}

	private Optional<Summary> summary(UUID id) {
		return jdbc.query("select * from plan_scenario where id = ?", (rs, n) -> summary(rs), id).stream().findFirst();
	}

	private static Summary summary(ResultSet rs) throws SQLException {
		return new Summary(rs.getObject("id", UUID.class), new NeighbourhoodId(rs.getObject("neighbourhood_id", UUID.class)),
				rs.getString("name"), rs.getTimestamp("created_at").toInstant(), rs.getString("granularity"),
				rs.getLong("shift_cost_cents"), rs.getLong("total_saving_cents"), rs.getLong("shift_penalty_cents"),
				rs.getLong("baseline_saving_cents"), rs.getLong("baseline_penalty_cents"),
				rs.getBoolean("baseline_feasible"), rs.getBoolean("example"),
				Optional.ofNullable(rs.getObject("based_on", UUID.class)),
				Optional.ofNullable(rs.getTimestamp("outdated_since")).map(Timestamp::toInstant),
				rs.getLong("nuisance_cost_cents"), rs.getLong("value_cents_per_point"), rs.getLong("street_open_days"),
				rs.getLong("street_open_days_apart"), rs.getLong("co_benefit_points"), rs.getLong("baseline_street_open_days"),
				rs.getLong("baseline_co_benefit_points"), Optional.ofNullable(rs.getString("weights_from")));
	}
}
