package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.IntegralValue;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;

/**
 * The optimiser against an exact method: OR-Tools CP-SAT solves issue 5's model, written independently as a
 * 0/1 model (one literal per task and allowed start), to optimality on random small portfolios; the optimiser
 * must reach the same objective, and the evaluator must agree with both.
 */
class ExactReferenceTest {

	@BeforeAll
	static void loadOrTools() {
		Loader.loadNativeLibraries();
	}

	@Test
	void reachesTheExactOptimumOnTwentyRandomSmallPortfolios() {
		int solved = 0;
		int infeasible = 0;
		List<String> missed = new ArrayList<>();
		for (long seed = 1; solved < 20 && seed < 200; seed++) {
			int count = 8 + (int) (seed % 8);
			Portfolio portfolio = RandomInstances.portfolio(seed, count);
			PlanningProblem problem = PlanningProblem.prepare(portfolio, CouplingRule.defaults(), PlanSettings.defaults());
			Optional<Map<String, LocalDate>> exact = solveExactly(problem);
			if (exact.isEmpty()) {
				infeasible++;
				continue;
			}
			Evaluation optimum = ScheduleEvaluator.evaluate(problem, exact.get());
			assertThat(optimum.violations()).as("seed %d: CP-SAT's schedule is feasible", seed).isEmpty();
			// The run stops as soon as it reaches the optimum (a second or less on a quiet machine); the wall-clock
			// limit is generous because a shared CI machine may give the solver a small share of a core.
			PlanResult result = Planner.plan(problem, new PlanRun(Duration.ofSeconds(60), Optional.empty(), seed,
					Optional.of(optimum.objectiveCents())), p -> {
					});
			if (result.schedule().objectiveCents() != optimum.objectiveCents()) {
				missed.add("seed " + seed + " (" + count + " tasks): " + result.schedule().objectiveCents() + " < "
						+ optimum.objectiveCents());
			}
			assertThat(result.schedule().hardViolations()).isZero();
			solved++;
		}
		assertThat(solved).as("feasible instances (%d were infeasible)", infeasible).isEqualTo(20);
		assertThat(missed).as("instances where the optimiser fell short of the optimum").isEmpty();
	}

	@Test
	void reachesTheExactOptimumWithAgreedPackagesOnTenRandomSmallPortfolios() {
		int solved = 0;
		List<String> missed = new ArrayList<>();
		for (long seed = 300; solved < 10 && seed < 400; seed++) {
			int count = 8 + (int) (seed % 8);
			Portfolio portfolio = RandomInstances.portfolio(seed, count);
			List<List<String>> agreed = RandomInstances.agreedPackages(seed, portfolio);
			if (agreed.isEmpty()) {
				continue;
			}
			PlanningProblem problem = PlanningProblem.prepare(portfolio, CouplingRule.defaults(), PlanSettings.defaults())
					.withAgreedPackages(agreed);
			if (plannedAsExactly(problem, seed, count, missed)) {
				solved++;
			}
		}
		assertThat(solved).as("feasible instances with agreed packages").isEqualTo(10);
		assertThat(missed).as("instances where the optimiser fell short of the optimum").isEmpty();
	}

	@Test
	void reachesTheExactOptimumWithAValueWeightAndANuisanceCostOnTenRandomSmallPortfolios() {
		int solved = 0;
		List<String> missed = new ArrayList<>();
		// € 20 a point of integral value (an average co-benefit link € 2,000, a street day avoided € 200) and € 300 a
		// street-open day: together € 500 a street-open day, against shareable costs of € 1,000 to € 50,000
		PlanSettings weighed = PlanSettings.defaults().withWeights(300_00, 20_00);
		for (long seed = 500; solved < 10 && seed < 600; seed++) {
			int count = 8 + (int) (seed % 8);
			PlanningProblem problem = PlanningProblem.prepare(RandomInstances.portfolio(seed, count),
					CouplingRule.defaults(), weighed);
			if (plannedAsExactly(problem, seed, count, missed)) {
				solved++;
			}
		}
		assertThat(solved).as("feasible instances with both weights above 0").isEqualTo(10);
		assertThat(missed).as("instances where the optimiser fell short of the optimum").isEmpty();
	}

	/** The model of issue 5 in CP-SAT; empty when no schedule meets the hard rules. */
	static Optional<Map<String, LocalDate>> solveExactly(PlanningProblem problem) {
		CpModel model = new CpModel();
		List<Task> tasks = problem.tasks();
		int n = tasks.size();
		List<List<BoolVar>> x = new ArrayList<>();
		List<List<Long>> starts = new ArrayList<>();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (int i = 0; i < n; i++) {
			Task t = tasks.get(i);
			List<BoolVar> vars = new ArrayList<>();
			List<Long> days = new ArrayList<>();
			for (LocalDate d : problem.starts(i)) {
				BoolVar v = model.newBoolVar("x" + i + "_" + d);
				vars.add(v);
				days.add(d.toEpochDay());
				long end = d.toEpochDay() + t.durationDays() - 1;
				for (Funding f : t.funding()) {
					BudgetPot pot = problem.pots().get(f.pot());
					if (pot.deadline().isPresent() && end > pot.deadline().get().toEpochDay()) {
						model.addEquality(v, 0);
					}
				}
				if (t.preferredStart().isPresent()) {
					objective.addTerm(v, -Math.abs(d.toEpochDay() - t.preferredStart().get().toEpochDay())
							* problem.settings().shiftCostCentsPerDay());
				}
			}
			model.addExactlyOne(vars.toArray(Literal[]::new));
			x.add(vars);
			starts.add(days);
		}
		for (PlanningProblem.Link link : problem.links()) {
			int b = link.before();
			int a = link.after();
			for (int k = 0; k < starts.get(b).size(); k++) {
				long endB = starts.get(b).get(k) + tasks.get(b).durationDays() - 1;
				for (int m = 0; m < starts.get(a).size(); m++) {
					if (starts.get(a).get(m) <= endB) {
						model.addBoolOr(new Literal[] {x.get(b).get(k).not(), x.get(a).get(m).not()});
					}
				}
			}
		}
		for (PlanningProblem.Agreed pair : problem.agreedPairs()) {
			int a = pair.a();
			int b = pair.b();
			for (int k = 0; k < starts.get(a).size(); k++) {
				long sa = starts.get(a).get(k);
				long ea = sa + tasks.get(a).durationDays() - 1;
				for (int m = 0; m < starts.get(b).size(); m++) {
					long sb = starts.get(b).get(m);
					long eb = sb + tasks.get(b).durationDays() - 1;
					if (!(sa <= eb && sb <= ea)) {
						model.addBoolOr(new Literal[] {x.get(a).get(k).not(), x.get(b).get(m).not()});
					}
				}
			}
		}
		Map<String, Map<Integer, LinearExprBuilder>> spend = new HashMap<>();
		for (int i = 0; i < n; i++) {
			Task t = tasks.get(i);
			for (Funding f : t.funding()) {
				for (int k = 0; k < starts.get(i).size(); k++) {
					long s = starts.get(i).get(k);
					long e = s + t.durationDays() - 1;
					for (long day = s; day <= e;) {
						int year = LocalDate.ofEpochDay(day).getYear();
						long yearEnd = Math.min(e, LocalDate.of(year, 12, 31).toEpochDay());
						long milli = Spending.milliCents(f.amountCents(), (int) (yearEnd - day + 1), t.durationDays());
						spend.computeIfAbsent(f.pot(), p -> new HashMap<>())
								.computeIfAbsent(year, y -> LinearExpr.newBuilder()).addTerm(x.get(i).get(k), milli);
						day = yearEnd + 1;
					}
				}
			}
		}
		spend.forEach((pot, years) -> years.forEach((year, expr) -> model.addLessOrEqual(expr,
				problem.pots().get(pot).amountsByYear().getOrDefault(year, 0L) * 1000)));
		Map<Integer, List<BoolVar>> joinsOfRider = new HashMap<>();
		Literal[][] adjacent = new Literal[n][n];
		long centsPerPoint = problem.settings().valueCentsPerPoint();
		for (int c = 0; c < problem.candidates().size(); c++) {
			int r = problem.candidates().get(c).rider();
			int l = problem.candidates().get(c).larger();
			BoolVar joined = model.newBoolVar("o" + r + "_" + l);
			for (int k = 0; k < starts.get(r).size(); k++) {
				long sr = starts.get(r).get(k);
				long er = sr + tasks.get(r).durationDays() - 1;
				for (int m = 0; m < starts.get(l).size(); m++) {
					long sl = starts.get(l).get(m);
					long el = sl + tasks.get(l).durationDays() - 1;
					if (!(sr <= el && sl <= er)) {
						model.addBoolOr(new Literal[] {joined.not(), x.get(r).get(k).not(), x.get(l).get(m).not()});
					}
				}
			}
			joinsOfRider.computeIfAbsent(r, key -> new ArrayList<>()).add(joined);
			objective.addTerm(joined, problem.candidatePoints(c) * centsPerPoint);
			adjacent[Math.min(r, l)][Math.max(r, l)] = joined;
		}
		joinsOfRider.forEach((r, joins) -> {
			BoolVar rides = model.newBoolVar("y" + r);
			model.addBoolOr(joins.toArray(Literal[]::new)).onlyEnforceIf(rides);
			objective.addTerm(rides, tasks.get(r).shareableCostCents());
		});
		long centsPerDay = problem.settings().centsPerStreetOpenDay();
		if (centsPerDay > 0) {
			streetOpenDays(model, problem, x, starts, adjacent, objective, centsPerDay);
		}
		model.maximize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(2);
		solver.getParameters().setMaxTimeInSeconds(60);
		CpSolverStatus status = solver.solve(model);
		if (status == CpSolverStatus.INFEASIBLE) {
			return Optional.empty();
		}
		assertThat(status).isEqualTo(CpSolverStatus.OPTIMAL);
		Map<String, LocalDate> result = new HashMap<>();
		for (int i = 0; i < n; i++) {
			for (int k = 0; k < x.get(i).size(); k++) {
				if (solver.booleanValue(x.get(i).get(k))) {
					result.put(tasks.get(i).id(), LocalDate.ofEpochDay(starts.get(i).get(k)));
				}
			}
		}
		long exactObjective = Math.round(solver.objectiveValue());
		assertThat(ScheduleEvaluator.evaluate(problem, result).objectiveCents()).isEqualTo(exactObjective);
		return Optional.of(result);
	}

	/**
	 * Plans {@code problem} exactly (CP-SAT) and with the optimiser, which stops once it reaches the exact optimum;
	 * a shortfall is added to {@code missed}. False when CP-SAT finds no schedule that keeps every hard rule.
	 */
	private static boolean plannedAsExactly(PlanningProblem problem, long seed, int count, List<String> missed) {
		Optional<Map<String, LocalDate>> exact = solveExactly(problem);
		if (exact.isEmpty()) {
			return false;
		}
		Evaluation optimum = ScheduleEvaluator.evaluate(problem, exact.get());
		assertThat(optimum.violations()).as("seed %d: CP-SAT's schedule is feasible", seed).isEmpty();
		PlanResult result = Planner.plan(problem, new PlanRun(Duration.ofSeconds(60), Optional.empty(), seed,
				Optional.of(optimum.objectiveCents())), p -> {
				});
		if (result.schedule().objectiveCents() != optimum.objectiveCents()) {
			missed.add("seed " + seed + " (" + count + " tasks): " + result.schedule().objectiveCents() + " < "
					+ optimum.objectiveCents());
		}
		assertThat(result.schedule().violations()).as("seed %d", seed).isEmpty();
		return true;
	}

	/**
	 * The street-open days in CP-SAT, written from their definition: per package (connected group of joined
	 * candidates) the days on which one of its street-opening tasks runs, counted once. Two tasks are in one package
	 * when a path of joined pairs links them: {@code linked} is at most that (paths of length up to 2^h after h rounds
	 * of squaring, 16 ≥ any instance's size); the maximiser sets it wherever a path exists, as that only lowers the
	 * cost. On each day a running street-opening task counts unless a street-opening task of lower position that is
	 * linked to it runs that day: one count per package a day. Adds the value weight's constant for all street
	 * days and the cost per street-open day to the objective.
	 */
	private static void streetOpenDays(CpModel model, PlanningProblem problem, List<List<BoolVar>> x,
			List<List<Long>> starts, Literal[][] adjacent, LinearExprBuilder objective, long centsPerDay) {
		List<Task> tasks = problem.tasks();
		int n = tasks.size();
		Literal[][] linked = adjacent;
		for (int round = 0; round < 4; round++) {
			Literal[][] next = new Literal[n][n];
			for (int i = 0; i < n; i++) {
				for (int j = i + 1; j < n; j++) {
					List<Literal> ways = new ArrayList<>();
					if (linked[i][j] != null) {
						ways.add(linked[i][j]);
					}
					for (int k = 0; k < n; k++) {
						Literal ik = k == i || k == j ? null : linked[Math.min(i, k)][Math.max(i, k)];
						Literal kj = k == i || k == j ? null : linked[Math.min(k, j)][Math.max(k, j)];
						if (ik != null && kj != null) {
							BoolVar via = model.newBoolVar("via" + round + "_" + i + "_" + k + "_" + j);
							model.addImplication(via, ik);
							model.addImplication(via, kj);
							ways.add(via);
						}
					}
					if (!ways.isEmpty()) {
						BoolVar reach = model.newBoolVar("linked" + round + "_" + i + "_" + j);
						model.addBoolOr(ways.toArray(Literal[]::new)).onlyEnforceIf(reach);
						next[i][j] = reach;
					}
				}
			}
			linked = next;
		}
		long apart = 0;
		Map<Long, List<Integer>> runningOn = new TreeMap<>();
		Map<String, BoolVar> runs = new HashMap<>();
		for (int i = 0; i < n; i++) {
			if (!tasks.get(i).type().opensStreet()) {
				continue;
			}
			int duration = tasks.get(i).durationDays();
			apart += duration;
			Map<Long, LinearExprBuilder> covering = new TreeMap<>();
			for (int k = 0; k < starts.get(i).size(); k++) {
				for (long d = starts.get(i).get(k); d < starts.get(i).get(k) + duration; d++) {
					covering.computeIfAbsent(d, day -> LinearExpr.newBuilder()).addTerm(x.get(i).get(k), 1);
				}
			}
			for (Map.Entry<Long, LinearExprBuilder> day : covering.entrySet()) {
				BoolVar run = model.newBoolVar("run" + i + "_" + day.getKey());
				model.addEquality(run, day.getValue());
				runs.put(i + "@" + day.getKey(), run);
				runningOn.computeIfAbsent(day.getKey(), d -> new ArrayList<>()).add(i);
			}
		}
		objective.add(problem.settings().valueCentsPerPoint() * IntegralValue.POINTS_PER_STREET_DAY * apart);
		for (Map.Entry<Long, List<Integer>> day : runningOn.entrySet()) {
			List<Integer> running = day.getValue();
			for (int a = 0; a < running.size(); a++) {
				int i = running.get(a);
				BoolVar counted = model.newBoolVar("counted" + i + "_" + day.getKey());
				LinearExprBuilder cover = LinearExpr.newBuilder().addTerm(counted, 1);
				for (int b = 0; b < a; b++) {
					int j = running.get(b);
					Literal together = linked[Math.min(i, j)][Math.max(i, j)];
					if (together != null) {
						BoolVar shared = model.newBoolVar("shared" + j + "_" + i + "_" + day.getKey());
						model.addImplication(shared, together);
						model.addImplication(shared, runs.get(j + "@" + day.getKey()));
						cover.addTerm(shared, 1);
					}
				}
				model.addGreaterOrEqual(cover, runs.get(i + "@" + day.getKey()));
				objective.addTerm(counted, -centsPerDay);
			}
		}
	}
}
