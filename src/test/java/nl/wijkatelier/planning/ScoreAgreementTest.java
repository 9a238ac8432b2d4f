package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.ortools.Loader;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;

import nl.wijkatelier.planning.internal.PlanSolution;
import nl.wijkatelier.planning.internal.TaskStart;
import nl.wijkatelier.works.CouplingRule;

/** The optimiser's score and the independent evaluator agree on every schedule, good or bad. */
class ScoreAgreementTest {

	@BeforeAll
	static void loadOrTools() {
		Loader.loadNativeLibraries();
	}

	@Test
	void solverScoreEqualsEvaluatorOnExactAndBaselineSchedules() {
		SolutionManager<PlanSolution, HardSoftLongScore> manager = SolutionManager
				.create(Planner.factory(PlanRun.of(Duration.ofSeconds(1))));
		for (long seed = 30; seed < 50; seed++) {
			// the second ten with a value weight and a nuisance cost
			PlanSettings settings = seed < 40 ? PlanSettings.defaults() : PlanSettings.defaults().withWeights(300_00, 20_00);
			PlanningProblem problem = PlanningProblem.prepare(RandomInstances.portfolio(seed, 8 + (int) (seed % 8)),
					CouplingRule.defaults(), settings);
			Optional<Map<String, LocalDate>> exact = ExactReferenceTest.solveExactly(problem);
			if (exact.isEmpty()) {
				continue;
			}
			PlanSolution solution = Planner.solution(problem);
			for (TaskStart t : solution.getTasks()) {
				t.setStart((int) exact.get().get(t.getId()).toEpochDay());
			}
			HardSoftLongScore score = manager.update(solution);
			Evaluation evaluation = ScheduleEvaluator.evaluate(problem, exact.get());
			assertThat(score.hardScore()).as("seed %d: %s", seed, manager.explain(solution).getSummary()).isZero();
			assertThat(score.softScore()).as("seed %d", seed).isEqualTo(evaluation.objectiveCents());
			if (settings.weighsMoreThanMoney()) {
				assertThat(evaluation.objectiveCents()).as("seed %d: the weights count", seed)
						.isNotEqualTo(evaluation.totalSavingCents() - evaluation.shiftPenaltyCents());
			}
		}
	}
}
