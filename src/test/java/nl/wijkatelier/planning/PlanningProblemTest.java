package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;

/** Bad input is refused with an error naming the task, before anything is planned; the grid and baseline. */
class PlanningProblemTest {

	private static Task task(String id, String earliest, String latestEnd, int duration, Optional<LocalDate> pinned,
			List<String> dependsOn, List<Funding> funding) {
		return new Task(id, "Task " + id, "Gemeente", TaskType.SEWER_REPLACEMENT, LocalDate.parse(earliest),
				LocalDate.parse(latestEnd), duration, Optional.empty(), 1000_00, 500_00, List.of(), dependsOn, funding,
				pinned, Optional.empty());
	}

	private static PlanningProblem prepare(Task... tasks) {
		return PlanningProblem.prepare(Portfolio.of(List.of(tasks)), CouplingRule.defaults(), PlanSettings.defaults());
	}

	@Test
	void refusesEveryBadTaskAtOnceNamingEach() {
		assertThatThrownBy(() -> prepare(
				task("LONG", "2027-01-04", "2027-01-31", 40, Optional.empty(), List.of(), List.of()),
				task("PINNED", "2027-01-04", "2027-03-31", 10, Optional.of(LocalDate.of(2027, 3, 29)), List.of(), List.of()),
				task("FUNDED", "2027-01-04", "2027-03-31", 10, Optional.empty(), List.of(), List.of(new Funding("Nergens", 1))),
				task("ORPHAN", "2027-01-04", "2027-03-31", 10, Optional.empty(), List.of("GONE"), List.of())))
				.isInstanceOfSatisfying(PlanInputException.class, ex -> {
					assertThat(ex.errors()).extracting(PlanInputError::taskId, PlanInputError::code).containsExactly(
							tuple("LONG", "durationExceedsWindow"),
							tuple("PINNED", "pinnedOutsideWindow"),
							tuple("FUNDED", "unknownPot"),
							tuple("ORPHAN", "unknownDependency"));
					assertThat(ex.errors().get(2).describe(Locale.ENGLISH))
							.isEqualTo("task FUNDED, field funding: it is funded from pot 'Nergens', which does not exist");
					assertThat(ex.errors().get(2).describe(Locale.forLanguageTag("nl"))).contains("potje 'Nergens'");
				});
	}

	@Test
	void refusesADependencyCycleNamingItsTasks() {
		assertThatThrownBy(() -> prepare(
				task("A", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of("C"), List.of()),
				task("B", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of("A"), List.of()),
				task("C", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of("B"), List.of())))
				.isInstanceOfSatisfying(PlanInputException.class, ex -> assertThat(ex.errors().get(0).describe(Locale.ENGLISH))
						.contains("task A", "A → C → B → A"));
	}

	@Test
	void startsLieOnMondaysInsideTheWindowAndAPinnedDateIsKeptOffTheGrid() {
		PlanningProblem problem = prepare(
				task("W", "2027-01-01", "2027-01-31", 10, Optional.empty(), List.of(), List.of()),
				task("P", "2027-01-01", "2027-01-31", 10, Optional.of(LocalDate.of(2027, 1, 6)), List.of(), List.of()));
		assertThat(problem.starts(0)).containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11),
				LocalDate.of(2027, 1, 18));
		assertThat(problem.starts(1)).containsExactly(LocalDate.of(2027, 1, 6));
		assertThat(problem.baseline()).isEqualTo(Map.of("W", LocalDate.of(2027, 1, 1), "P", LocalDate.of(2027, 1, 6)));
	}

	@Test
	void aWindowWithoutAGridDateIsAConflictOfTheGridRule() {
		assertThatThrownBy(() -> PlanningProblem.prepare(
				Portfolio.of(List.of(task("SHORT", "2027-01-02", "2027-01-20", 15, Optional.empty(), List.of(), List.of()))),
				CouplingRule.defaults(), new PlanSettings(Granularity.MONTH, 0)))
				.isInstanceOfSatisfying(NoScheduleException.class, ex -> assertThat(ex.conflicts().get(0).describe())
						.startsWith("grid: SHORT"));
	}

	@Test
	void refusesAnAgreedPackageNamingEachTaskThatDoesNotExist() {
		PlanningProblem problem = prepare(task("A", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of(), List.of()),
				task("B", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of(), List.of()));
		assertThatThrownBy(() -> problem.withAgreedPackages(List.of(List.of("A", "B"), List.of("A", "GONE", "LOST"))))
				.isInstanceOfSatisfying(PlanInputException.class, ex -> {
					assertThat(ex.errors()).extracting(PlanInputError::taskId, PlanInputError::field).containsExactly(
							tuple("GONE", "agreed"),
							tuple("LOST", "agreed"));
					assertThat(ex.errors().get(0).describe(Locale.ENGLISH))
							.isEqualTo("task GONE, field agreed: task 'GONE' is in an agreed package but does not exist");
				});
		assertThat(problem.withAgreedPackages(List.of(List.of("B", "A", "B"), List.of("A"))).agreedPairs())
				.containsExactly(new PlanningProblem.Agreed(0, 1));
	}

	@Test
	void anAgreedPackageWithoutACommonDayIsAHardViolationNamingItsTasks() {
		PlanningProblem problem = prepare(task("A", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of(), List.of()),
				task("B", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of(), List.of()),
				task("C", "2027-01-04", "2027-12-31", 10, Optional.empty(), List.of(), List.of()))
				.withAgreedPackages(List.of(List.of("A", "B", "C")));
		Evaluation together = ScheduleEvaluator.evaluate(problem, Map.of("A", LocalDate.of(2027, 3, 1), "B",
				LocalDate.of(2027, 3, 5), "C", LocalDate.of(2027, 2, 25)));
		assertThat(together.violations()).isEmpty();
		// A shares the 10th of March with B and the 1st with C, B and C share nothing
		Evaluation apart = ScheduleEvaluator.evaluate(problem, Map.of("A", LocalDate.of(2027, 3, 1), "B",
				LocalDate.of(2027, 3, 10), "C", LocalDate.of(2027, 2, 20)));
		assertThat(apart.violations()).singleElement().satisfies(c -> {
			assertThat(c.rule()).isEqualTo("agreed");
			assertThat(c.tasks()).containsExactly("A", "B", "C");
		});
	}
}
