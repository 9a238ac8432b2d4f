package nl.wijkatelier.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.IntegralValue;
import nl.wijkatelier.works.Task;

/**
 * Issue 5's planning model in OR-Tools CP-SAT, written independently of the optimiser as a 0/1 model: one literal
 * per task and allowed start. Used by the exactness tests ({@code ExactReferenceTest}, {@code ScoreAgreementTest})
 * and by the dense benchmark's reference run ({@link CpSatPlanBenchmark}). Test scope only.
 *
 * <p>Two ways to write "joined" (two candidates' running days share a day) and the other rules between two tasks
 * (dependencies, agreed packages): {@link Joins#PAIRWISE} forbids every pair of starts that breaks them (a clause
 * per pair of starts; exact and tight, but its size is the product of the two tasks' numbers of starts, far too
 * big for a dense portfolio of thousands of tasks), {@link Joins#LINEAR} gives each task an integer start (the sum
 * of its literals times their days) and writes them as two linear inequalities between starts, enforced by the
 * joined literal. Both have the same solutions and the same objective.
 */
final class CpSatPlanModel {

	enum Joins { PAIRWISE, LINEAR }

	/** CP-SAT's answer: its status, its best objective in cents and its schedule (empty without one). */
	record Outcome(CpSolverStatus status, long objectiveCents, Map<String, LocalDate> schedule, double bestBound) {
		boolean hasSchedule() {
			return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
		}
	}

	private final PlanningProblem problem;
	private final CpModel model = new CpModel();
	private final List<List<BoolVar>> x = new ArrayList<>();
	private final List<List<Long>> starts = new ArrayList<>();

	private CpSatPlanModel(PlanningProblem problem) {
		this.problem = problem;
	}

	/** Solves with {@code workers} workers for at most {@code limit}. */
	Outcome solve(Duration limit, int workers) {
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(workers);
		solver.getParameters().setMaxTimeInSeconds(limit.toMillis() / 1000.0);
		CpSolverStatus status = solver.solve(model);
		Map<String, LocalDate> result = new HashMap<>();
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return new Outcome(status, 0, result, Double.NaN);
		}
		List<Task> tasks = problem.tasks();
		for (int i = 0; i < tasks.size(); i++) {
			for (int k = 0; k < x.get(i).size(); k++) {
				if (solver.booleanValue(x.get(i).get(k))) {
					result.put(tasks.get(i).id(), LocalDate.ofEpochDay(starts.get(i).get(k)));
				}
			}
		}
		return new Outcome(status, Math.round(solver.objectiveValue()), result, solver.bestObjectiveBound());
	}

	/** The model of {@code problem}, maximising its objective. */
	static CpSatPlanModel build(PlanningProblem problem, Joins joins) {
		CpSatPlanModel m = new CpSatPlanModel(problem);
		m.write(joins);
		return m;
	}

	private void write(Joins joins) {
		List<Task> tasks = problem.tasks();
		int n = tasks.size();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		IntVar[] start = new IntVar[n];
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
			if (joins == Joins.LINEAR) {
				start[i] = model.newIntVar(days.get(0), days.get(days.size() - 1), "s" + i);
				model.addEquality(start[i], LinearExpr.weightedSum(vars.toArray(Literal[]::new),
						days.stream().mapToLong(Long::longValue).toArray()));
			}
		}
		for (PlanningProblem.Link link : problem.links()) {
			int b = link.before();
			int a = link.after();
			if (joins == Joins.LINEAR) {
				// starts after the other has ended: start(a) - start(b) >= duration(b)
				model.addGreaterOrEqual(LinearExpr.newBuilder().add(start[a]).addTerm(start[b], -1),
						tasks.get(b).durationDays());
				continue;
			}
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
			if (joins == Joins.LINEAR) {
				overlap(start, a, b, null);
				continue;
			}
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
		long centsPerDay = problem.settings().centsPerStreetOpenDay();
		// only the street-open days need every pair's literal by position; n × n would not fit a large portfolio
		Literal[][] adjacent = centsPerDay > 0 ? new Literal[n][n] : null;
		long centsPerPoint = problem.settings().valueCentsPerPoint();
		for (int c = 0; c < problem.candidates().size(); c++) {
			int r = problem.candidates().get(c).rider();
			int l = problem.candidates().get(c).larger();
			BoolVar joined = model.newBoolVar("o" + r + "_" + l);
			if (joins == Joins.LINEAR) {
				overlap(start, r, l, joined);
			}
			else {
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
			}
			joinsOfRider.computeIfAbsent(r, key -> new ArrayList<>()).add(joined);
			objective.addTerm(joined, problem.candidatePoints(c) * centsPerPoint);
			if (adjacent != null) {
				adjacent[Math.min(r, l)][Math.max(r, l)] = joined;
			}
		}
		joinsOfRider.forEach((r, joined) -> {
			BoolVar rides = model.newBoolVar("y" + r);
			model.addBoolOr(joined.toArray(Literal[]::new)).onlyEnforceIf(rides);
			objective.addTerm(rides, tasks.get(r).shareableCostCents());
		});
		if (centsPerDay > 0) {
			streetOpenDays(model, problem, x, starts, adjacent, objective, centsPerDay);
		}
		model.maximize(objective);
	}

	/** Tasks a and b share a running day (when {@code enforced} is true, or always without it). */
	private void overlap(IntVar[] start, int a, int b, BoolVar enforced) {
		List<Task> tasks = problem.tasks();
		// start(a) <= end(b) and start(b) <= end(a)
		var first = model.addLessOrEqual(LinearExpr.newBuilder().add(start[a]).addTerm(start[b], -1),
				tasks.get(b).durationDays() - 1);
		var second = model.addLessOrEqual(LinearExpr.newBuilder().add(start[b]).addTerm(start[a], -1),
				tasks.get(a).durationDays() - 1);
		if (enforced != null) {
			first.onlyEnforceIf(enforced);
			second.onlyEnforceIf(enforced);
		}
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
