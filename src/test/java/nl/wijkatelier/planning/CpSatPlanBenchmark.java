package nl.wijkatelier.planning;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.google.ortools.Loader;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.BudgetPotCsv;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.GeoJsonTaskReader;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;

/**
 * The dense benchmark's reference run (benchmarks/plan-dense.sh), not a test: reads the same task and pot files as
 * {@code plan}, prepares the same problem (default coupling rule, week grid, shift cost € 50 a day, no weights) and
 * lets CP-SAT solve {@link CpSatPlanModel} with linear joins for the given time on the given number of workers.
 * Prints one CSV line: {@code status,objectiveEuros,bestBoundEuros,feasible,hardViolations,buildMillis,solveMillis},
 * the objective and feasibility as the plain-Java evaluator judges CP-SAT's schedule.
 *
 * <p>Usage: {@code java -cp TEST_CLASSPATH nl.wijkatelier.planning.CpSatPlanBenchmark TASKS.geojson POTS.csv SECONDS WORKERS}
 */
public final class CpSatPlanBenchmark {

	private CpSatPlanBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 4) {
			System.err.println("usage: CpSatPlanBenchmark TASKS.geojson POTS.csv SECONDS WORKERS");
			System.exit(2);
		}
		Loader.loadNativeLibraries();
		List<Task> tasks;
		List<BudgetPot> pots;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])))) {
			tasks = GeoJsonTaskReader.read(in);
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[1])))) {
			pots = BudgetPotCsv.read(in);
		}
		PlanningProblem problem = PlanningProblem.prepare(new Portfolio(tasks, pots), CouplingRule.defaults(),
				PlanSettings.defaults());
		long started = System.currentTimeMillis();
		CpSatPlanModel model = CpSatPlanModel.build(problem, CpSatPlanModel.Joins.LINEAR);
		long built = System.currentTimeMillis();
		CpSatPlanModel.Outcome outcome = model.solve(Duration.ofSeconds(Long.parseLong(args[2])),
				Integer.parseInt(args[3]));
		long solved = System.currentTimeMillis();
		String objective = "";
		String feasible = "";
		String violations = "";
		if (outcome.hasSchedule()) {
			Evaluation evaluation = ScheduleEvaluator.evaluate(problem, outcome.schedule());
			objective = euros(evaluation.objectiveCents());
			feasible = String.valueOf(evaluation.feasible());
			violations = String.valueOf(evaluation.hardViolations());
		}
		String bound = Double.isNaN(outcome.bestBound()) ? "" : euros(Math.round(outcome.bestBound()));
		System.out.println(String.join(",", outcome.status().name(), objective, bound, feasible, violations,
				String.valueOf(built - started), String.valueOf(solved - built)));
	}

	private static String euros(long cents) {
		return String.format(Locale.ROOT, "%.2f", cents / 100.0);
	}
}
