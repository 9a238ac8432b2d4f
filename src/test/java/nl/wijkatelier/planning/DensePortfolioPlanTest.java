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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import nl.wijkatelier.planning.internal.FirstSchedule;
import nl.wijkatelier.planning.internal.PlanSolution;
import nl.wijkatelier.planning.internal.TaskStart;
import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.SyntheticPortfolio;
import nl.wijkatelier.works.Task;

/**
 * The planner on a dense portfolio ({@code generate --density 30}: every task a coupling candidate of tens of
 * others) whose pots bind in busy years: the construction phase and the whole run keep every hard rule where the
 * preferred dates overspend, and the run's curve starts with a schedule that keeps them.
 */
class DensePortfolioPlanTest {

	private static final int TASKS = 400;

	@Test
	void aDensePortfolioIsPlannedWithinEveryHardRule() {
		PlanningProblem problem = problem();
		assertThat(problem.candidates().size()).as("candidate pairs").isGreaterThan(TASKS * 10);
		Evaluation baseline = ScheduleEvaluator.evaluate(problem, problem.baseline());
		assertThat(baseline.feasible()).as("the preferred dates overspend a pot").isFalse();

		PlanSolution constructed = Planner.solution(problem);
		FirstSchedule.build(constructed);
		Evaluation first = ScheduleEvaluator.evaluate(problem, starts(constructed));
		assertThat(first.violations()).as("the construction phase's schedule").isEmpty();
		assertThat(first.totalSavingCents()).isGreaterThan(0);

		PlanResult result = Planner.plan(problem, new PlanRun(Duration.ofSeconds(4), Optional.empty(), 1), p -> {
		});
		assertThat(result.schedule().violations()).isEmpty();
		assertThat(result.schedule().starts()).hasSize(TASKS);
		assertThat(result.curve()).isNotEmpty();
		assertThat(result.schedule().objectiveCents()).isGreaterThanOrEqualTo(result.curve().get(0).objectiveCents());
		assertThat(result.curve().get(0).hardPenalty()).as("the curve's first point keeps every hard rule").isZero();
		for (int k = 1; k < result.curve().size(); k++) {
			assertThat(result.curve().get(k).objectiveCents()).isGreaterThanOrEqualTo(result.curve().get(k - 1).objectiveCents());
		}
	}

	/**
	 * Two searches side by side: the curve never goes down (both searches report to it, each only what beats every
	 * schedule reported before), the run returns the best of them, and a cancel ends both.
	 */
	@Test
	@Timeout(60)
	void searchesSideBySideReportOnlyImprovementsAndKeepTheBest() {
		PlanningProblem problem = problem();
		PlanResult result = Planner.plan(problem, new PlanRun(Duration.ofSeconds(4), Optional.empty(), 7)
				.withSearches(2), p -> {
				});
		assertThat(result.schedule().violations()).isEmpty();
		assertThat(result.curve()).hasSizeGreaterThan(1);
		for (int k = 1; k < result.curve().size(); k++) {
			assertThat(result.curve().get(k).objectiveCents()).as("point %d", k)
					.isGreaterThanOrEqualTo(result.curve().get(k - 1).objectiveCents());
		}
		assertThat(result.schedule().objectiveCents()).as("the best schedule reported is the one returned")
				.isEqualTo(result.curve().get(result.curve().size() - 1).objectiveCents());

		long started = System.currentTimeMillis();
		PlanResult cancelled = Planner.plan(problem, new PlanRun(Duration.ofSeconds(600), Optional.empty(), 8)
				.withSearches(2), p -> {
				}, () -> System.currentTimeMillis() - started > 3_000);
		assertThat(cancelled.schedule().violations()).isEmpty();
	}

	/**
	 * 400 tasks at density 30; each type's pot gets per year twice its tasks' yearly average and at least twice
	 * its largest share, so busy years bind.
	 */
	private static PlanningProblem problem() {
		List<Task> tasks = SyntheticPortfolio.tasks(TASKS, 42, 30);
		Map<String, Long> total = new HashMap<>();
		Map<String, Long> largest = new HashMap<>();
		for (Task task : tasks) {
			for (Funding f : task.funding()) {
				total.merge(f.pot(), f.amountCents(), Long::sum);
				largest.merge(f.pot(), f.amountCents(), Math::max);
			}
		}
		List<BudgetPot> pots = new ArrayList<>();
		for (BudgetPot pot : SyntheticPortfolio.pots()) {
			if (!total.containsKey(pot.name())) {
				continue;
			}
			long perYear = Math.max(total.get(pot.name()) * 20 / 100, largest.get(pot.name()) * 2);
			TreeMap<Integer, Long> years = new TreeMap<>();
			pot.amountsByYear().keySet().forEach(year -> years.put(year, perYear));
			pots.add(new BudgetPot(pot.name(), pot.owner(), pot.portfolioHolder(), years, pot.themes(),
					pot.taskTypes(), pot.deadline()));
		}
		return PlanningProblem.prepare(new Portfolio(tasks, pots), CouplingRule.defaults(), PlanSettings.defaults());
	}

	private static Map<String, LocalDate> starts(PlanSolution solution) {
		Map<String, LocalDate> starts = new HashMap<>();
		for (TaskStart t : solution.getTasks()) {
			starts.put(t.getId(), LocalDate.ofEpochDay(t.getStart()));
		}
		return starts;
	}
}
