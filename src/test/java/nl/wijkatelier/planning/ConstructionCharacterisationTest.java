package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.planning.internal.FirstSchedule;
import nl.wijkatelier.planning.internal.PlanSolution;
import nl.wijkatelier.planning.internal.TaskStart;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.SyntheticPortfolio;
import nl.wijkatelier.works.Task;

/**
 * The construction phase's schedules, recorded: for seeded random portfolios (sparse, with agreed packages, with a
 * value weight and a nuisance cost) and seeded synthetic portfolios whose pots bind, the first schedule's objective,
 * its hard violations and a digest of every start must equal those in {@code construction-schedules.txt}. The
 * phase is deterministic (no clock, no random draws, no iteration over identity-hashed sets), so any difference is
 * a change of behaviour. Some runs stop after a fixed number of polls of the stop signal, so where the descent
 * rounds look at it is recorded too. The file was written by the construction phase itself; when its behaviour is
 * changed on purpose, the failure message lists the lines to put in its place.
 */
class ConstructionCharacterisationTest {

	private static final String RECORD = "construction-schedules.txt";

	@Test
	void buildsTheRecordedFirstSchedules() throws IOException {
		List<String> actual = new ArrayList<>();
		for (long seed = 1; seed <= 30; seed++) {
			Portfolio portfolio = RandomInstances.portfolio(seed, 8 + (int) (seed % 8));
			actual.add(line("sparse " + seed,
					PlanningProblem.prepare(portfolio, CouplingRule.defaults(), PlanSettings.defaults()), () -> false));
		}
		for (long seed = 300; seed < 330; seed++) {
			Portfolio portfolio = RandomInstances.portfolio(seed, 8 + (int) (seed % 8));
			List<List<String>> agreed = RandomInstances.agreedPackages(seed, portfolio);
			actual.add(line("agreed " + seed, PlanningProblem
					.prepare(portfolio, CouplingRule.defaults(), PlanSettings.defaults()).withAgreedPackages(agreed),
					() -> false));
		}
		PlanSettings weighed = PlanSettings.defaults().withWeights(300_00, 20_00);
		for (long seed = 500; seed < 520; seed++) {
			actual.add(line("weighed " + seed, PlanningProblem.prepare(
					RandomInstances.portfolio(seed, 8 + (int) (seed % 8)), CouplingRule.defaults(), weighed), () -> false));
		}
		for (long seed = 1; seed <= 3; seed++) {
			PlanningProblem tight = PlanningProblem.prepare(synthetic(seed), CouplingRule.defaults(),
					PlanSettings.defaults());
			actual.add(line("synthetic " + seed, tight, () -> false));
			for (int polls : new int[] {1, 250, 700}) {
				actual.add(line("synthetic " + seed + " stopped after " + polls + " polls", tight, after(polls)));
			}
		}
		actual.add(line("synthetic 4 weighed",
				PlanningProblem.prepare(synthetic(4), CouplingRule.defaults(), weighed), () -> false));
		List<String> recorded = recorded();
		assertThat(actual).as("the first schedules, in the form of %s:%n%s", RECORD, String.join("\n", actual))
				.containsExactlyElementsOf(recorded);
	}

	/** 400 synthetic tasks whose pots hold a twentieth of the generator's yearly amounts, so the budgets bind. */
	private static Portfolio synthetic(long seed) {
		List<Task> tasks = SyntheticPortfolio.tasks(400, seed);
		List<BudgetPot> pots = new ArrayList<>();
		for (BudgetPot pot : SyntheticPortfolio.pots()) {
			TreeMap<Integer, Long> years = new TreeMap<>();
			pot.amountsByYear().forEach((year, cents) -> years.put(year, cents / 20));
			pots.add(new BudgetPot(pot.name(), pot.owner(), pot.portfolioHolder(), years, pot.themes(), pot.taskTypes(),
					pot.deadline()));
		}
		return new Portfolio(tasks, pots);
	}

	private static BooleanSupplier after(int polls) {
		int[] left = {polls};
		return () -> --left[0] < 0;
	}

	private static String line(String name, PlanningProblem problem, BooleanSupplier stop) {
		PlanSolution solution = Planner.solution(problem);
		FirstSchedule.build(solution, stop);
		Map<String, LocalDate> starts = new HashMap<>();
		long digest = 0xcbf29ce484222325L;
		for (TaskStart task : solution.getTasks()) {
			starts.put(task.getId(), LocalDate.ofEpochDay(task.getStart()));
			digest = (digest ^ task.getStart()) * 0x100000001b3L;
		}
		Evaluation evaluation = ScheduleEvaluator.evaluate(problem, starts);
		return name + ": objective " + evaluation.objectiveCents() + ", hard violations "
				+ evaluation.hardViolations() + ", starts " + Long.toHexString(digest);
	}

	private static List<String> recorded() throws IOException {
		try (InputStream in = ConstructionCharacterisationTest.class.getResourceAsStream(RECORD)) {
			assertThat(in).as(RECORD).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
		}
	}
}
