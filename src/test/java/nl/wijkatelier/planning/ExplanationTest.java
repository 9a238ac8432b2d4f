package nl.wijkatelier.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.TaskType;

/** Each task's date is explained by the one rule that binds it, with the pot, year, date or task it refers to. */
class ExplanationTest {

	private static Task task(String id, String earliest, String latestEnd, int duration, String preferred,
			String pinned, List<String> dependsOn, List<Funding> funding) {
		return new Task(id, "Task " + id, "Gemeente", TaskType.SEWER_REPLACEMENT, LocalDate.parse(earliest),
				LocalDate.parse(latestEnd), duration, Optional.ofNullable(preferred).map(LocalDate::parse), 1000_00,
				500_00, List.of(), dependsOn, funding, Optional.ofNullable(pinned).map(LocalDate::parse), Optional.empty());
	}

	private static BudgetPot pot(String name, Map<Integer, Long> amounts, String deadline) {
		return new BudgetPot(name, "Gemeente", "Wethouder", new TreeMap<>(amounts), Set.of(), Set.of(),
				Optional.ofNullable(deadline).map(LocalDate::parse));
	}

	private static Map<String, Explanation> explain(List<Task> tasks, List<BudgetPot> pots, Map<String, String> starts) {
		PlanningProblem problem = PlanningProblem.prepare(new Portfolio(tasks, pots), CouplingRule.defaults(),
				PlanSettings.defaults());
		Map<String, LocalDate> dates = new HashMap<>();
		starts.forEach((id, d) -> dates.put(id, LocalDate.parse(d)));
		Map<String, Explanation> byTask = new HashMap<>();
		Explanation.of(problem, ScheduleEvaluator.evaluate(problem, dates)).forEach(e -> byTask.put(e.taskId(), e));
		return byTask;
	}

	@Test
	void namesThePotAndYearWhoseAmountKeepsATaskFromItsPreferredStart() {
		Map<String, Explanation> why = explain(
				List.of(task("B", "2027-01-04", "2028-12-31", 10, "2027-03-01", null, List.of(),
						List.of(new Funding("Riool", 500_00)))),
				List.of(pot("Riool", Map.of(2027, 100_00L, 2028, 1000_00L), null)), Map.of("B", "2028-01-03"));
		assertThat(why.get("B").reason()).isEqualTo("budgetYear");
		assertThat(why.get("B").arguments()).containsExactly("2027-03-01", "Riool", "2027");
	}

	@Test
	void namesThePotWhoseDeadlineWouldPassAtThePreferredStart() {
		Map<String, Explanation> why = explain(
				List.of(task("D", "2027-01-04", "2027-12-31", 10, "2027-06-28", null, List.of(),
						List.of(new Funding("Klimaat", 100_00)))),
				List.of(pot("Klimaat", Map.of(2027, 1000_00L), "2027-06-30")), Map.of("D", "2027-06-14"));
		assertThat(why.get("D").reason()).isEqualTo("deadline");
		assertThat(why.get("D").arguments()).containsExactly("2027-06-28", "Klimaat", "2027-06-30");
	}

	@Test
	void explainsDependenciesBothWaysAndAPinnedTask() {
		Map<String, Explanation> why = explain(List.of(
				task("A", "2027-01-04", "2027-12-31", 14, null, null, List.of(), List.of()),
				task("C", "2027-01-04", "2027-12-31", 10, "2027-01-04", null, List.of("A"), List.of()),
				task("E", "2027-01-04", "2027-12-31", 10, "2027-03-01", null, List.of(), List.of()),
				task("F", "2027-01-04", "2027-12-31", 10, null, "2027-03-08", List.of("E"), List.of())), List.of(),
				Map.of("A", "2027-01-04", "C", "2027-01-18", "E", "2027-02-22", "F", "2027-03-08"));
		assertThat(why.get("A").reason()).isEqualTo("earliest");
		assertThat(why.get("C").reason()).isEqualTo("dependency");
		assertThat(why.get("C").arguments()).containsExactly("A");
		assertThat(why.get("E").reason()).isEqualTo("successor");
		assertThat(why.get("E").arguments()).containsExactly("2027-03-01", "F");
		assertThat(why.get("F").reason()).isEqualTo("pinned");
		assertThat(why.get("F").arguments()).containsExactly("2027-03-08");
	}

	@Test
	void tellsTheNearestGridDateTheWindowEdgeAndAPlainTradeOffApart() {
		Map<String, Explanation> why = explain(List.of(
				task("G", "2027-01-04", "2027-12-31", 10, "2027-05-05", null, List.of(), List.of()),
				task("H", "2027-05-03", "2027-06-30", 10, "2027-05-03", null, List.of(), List.of()),
				task("I", "2027-01-04", "2027-12-31", 10, "2027-05-03", null, List.of(), List.of())), List.of(),
				Map.of("G", "2027-05-03", "H", "2027-06-21", "I", "2027-07-05"));
		assertThat(why.get("G").reason()).isEqualTo("preferred");
		assertThat(why.get("H").reason()).isEqualTo("window");
		assertThat(why.get("H").arguments()).containsExactly("2027-05-03", "2027-06-21");
		assertThat(why.get("I").reason()).isEqualTo("tradeoff");
	}

	@Test
	void namesTheAgreedPartnersThatKeepATaskFromItsPreferredStart() {
		PlanningProblem problem = PlanningProblem.prepare(new Portfolio(List.of(
				task("A", "2027-01-04", "2027-12-31", 10, "2027-03-01", null, List.of(), List.of()),
				task("B", "2027-01-04", "2027-12-31", 10, "2027-06-07", null, List.of(), List.of())), List.of()),
				CouplingRule.defaults(), PlanSettings.defaults()).withAgreedPackages(List.of(List.of("A", "B")));
		Evaluation schedule = ScheduleEvaluator.evaluate(problem,
				Map.of("A", LocalDate.of(2027, 3, 1), "B", LocalDate.of(2027, 3, 8)));
		assertThat(schedule.violations()).isEmpty();
		Map<String, Explanation> why = new HashMap<>();
		Explanation.of(problem, schedule).forEach(e -> why.put(e.taskId(), e));
		assertThat(why.get("A").reason()).isEqualTo("preferred");
		assertThat(why.get("B").reason()).isEqualTo("agreed");
		assertThat(why.get("B").arguments()).containsExactly("2027-06-07", "A");
	}
}
