package nl.wijkatelier.works;

import static nl.wijkatelier.works.TaskFixtures.line;
import static nl.wijkatelier.works.TaskFixtures.square;
import static nl.wijkatelier.works.TaskFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.CouplingRule.Severity;

class CouplingRuleTest {

	private static final double X = 190000;
	private static final double Y = 444000;
	private final CouplingEngine engine = new CouplingEngine(CouplingRule.defaults());

	@Test
	void linesThatTouchAtAnEndAreAHardCandidate() {
		Task sewer = task("A", TaskType.SEWER_REPLACEMENT, line(X, Y, X + 100, Y), "2027-01-01", "2027-12-31", 50);
		Task heat = task("B", TaskType.DISTRICT_HEATING, line(X + 100, Y, X + 100, Y + 80), "2027-06-01", "2028-06-01", 80);

		CouplingResult result = engine.couple(List.of(heat, sewer));

		assertThat(result.pairs()).containsExactly(new Pair("A", "B", Severity.HARD, 0.0, 214, 50_00));
	}

	@Test
	void polygonContainingALineIsAHardCandidate() {
		Task park = task("P", TaskType.GREENING, square(X, Y, 50), "2027-01-01", "2027-12-31", 10);
		Task cable = task("C", TaskType.ELECTRICITY_GRID, line(X + 10, Y + 10, X + 20, Y + 20), "2027-01-01", "2027-12-31", 30);

		assertThat(engine.couple(List.of(park, cable)).pairs()).singleElement()
				.satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.HARD));
	}

	@Test
	void distanceExactlyTheSumOfTheBuffersCouplesAndACentimetreMoreDoesNot() {
		Task a = task("A", TaskType.SEWER_REPLACEMENT, line(X, Y, X + 100, Y), "2027-01-01", "2027-12-31", 50);
		Task atReach = task("B", TaskType.FIBRE, line(X, Y + 20, X + 100, Y + 20), "2027-01-01", "2027-12-31", 10);
		Task beyond = task("C", TaskType.FIBRE, line(X, Y - 20.01, X + 100, Y - 20.01), "2027-01-01", "2027-12-31", 10);

		CouplingResult result = engine.couple(List.of(a, atReach, beyond));

		assertThat(result.pairs()).containsExactly(new Pair("A", "B", Severity.BUFFER, 20.0, 365, 10_00));
		assertThat(result.nearMisses()).isEmpty();
	}

	@Test
	void reachIsTheSumOfTheTwoTypesBuffers() {
		Task sewer = task("A", TaskType.SEWER_REPLACEMENT, line(X, Y, X + 100, Y), "2027-01-01", "2027-12-31", 50);
		Task greening = task("B", TaskType.GREENING, line(X, Y + 15, X + 100, Y + 15), "2027-01-01", "2027-12-31", 5);
		Task play = task("C", TaskType.PLAY_AREA, line(X, Y + 24, X + 100, Y + 24), "2027-01-01", "2027-12-31", 5);

		assertThat(engine.couple(List.of(sewer, greening, play)).pairs()).extracting(Pair::a, Pair::b)
				.containsExactly(tuple("A", "B"), tuple("B", "C"));
	}

	@Test
	void windowsSharingOneDayCoupleWithOneOverlapDay() {
		Task a = task("A", TaskType.WATER_MAIN, line(X, Y, X + 100, Y), "2027-01-01", "2027-03-01", 50);
		Task b = task("B", TaskType.GAS_GRID, line(X, Y, X + 100, Y), "2027-03-01", "2027-06-01", 40);

		assertThat(engine.couple(List.of(a, b)).pairs()).singleElement()
				.satisfies(p -> assertThat(p.overlapDays()).isEqualTo(1));
	}

	@Test
	void adjacentWindowsAreANearMissWithNoGapDays() {
		Task a = task("A", TaskType.WATER_MAIN, line(X, Y, X + 100, Y), "2027-01-01", "2027-03-01", 50);
		Task b = task("B", TaskType.GAS_GRID, line(X, Y, X + 100, Y), "2027-03-02", "2027-06-01", 40);
		// A and C: 2 March to 11 June lie between, 102 days
		Task c = task("C", TaskType.FIBRE, line(X, Y + 5, X + 100, Y + 5), "2027-06-12", "2027-09-01", 40);

		CouplingResult result = engine.couple(List.of(a, b, c));

		assertThat(result.pairs()).isEmpty();
		assertThat(result.nearMisses()).containsExactly(new NearMiss("A", "B", 0.0, 0), new NearMiss("A", "C", 5.0, 102),
				new NearMiss("B", "C", 5.0, 10));
	}

	@Test
	void taskWithoutGeometryCouplesWithNothing() {
		Task a = task("A", TaskType.SEWER_REPLACEMENT, line(X, Y, X + 100, Y), "2027-01-01", "2027-12-31", 50);
		Task nowhere = task("B", TaskType.SOCIAL_PROGRAMME, Optional.empty(), "2027-01-01", "2027-12-31", 50);

		CouplingResult result = engine.couple(List.of(a, nowhere));

		assertThat(result.pairs()).isEmpty();
		assertThat(result.clusters()).isEmpty();
		assertThat(result.tasks()).isEqualTo(2);
	}

	@Test
	void clusterSavesTheShareableCostOfEveryTaskThatRidesAlongOnALargerOne() {
		// A(50) - B(80) - C(20), and D(80) touching B: a tie with B, the larger id D counts as larger
		Task a = task("A", TaskType.SEWER_REPLACEMENT, line(X, Y, X + 100, Y), "2027-01-01", "2027-12-31", 50);
		Task b = task("B", TaskType.DISTRICT_HEATING, line(X + 100, Y, X + 200, Y), "2027-01-01", "2027-12-31", 80);
		Task c = task("C", TaskType.FIBRE, line(X + 200, Y, X + 300, Y), "2027-01-01", "2027-12-31", 20);
		Task d = task("D", TaskType.WATER_MAIN, line(X + 150, Y, X + 150, Y + 100), "2027-01-01", "2027-12-31", 80);
		Task alone = task("E", TaskType.FIBRE, line(X + 5000, Y, X + 5100, Y), "2027-01-01", "2027-12-31", 20);

		CouplingResult result = engine.couple(List.of(a, b, c, d, alone));

		// A rides on B, C on B, B on D; D has no larger candidate and pays in full
		assertThat(result.clusters()).containsExactly(new Cluster(List.of("A", "B", "C", "D"), (50 + 80 + 20) * 100L));
		assertThat(result.pairs()).extracting(Pair::potentialSavingCents).contains(50_00L, 20_00L, 80_00L);
	}

	@Test
	void buffersAreConfigurable() {
		Task a = task("A", TaskType.SEWER_REPLACEMENT, line(X, Y, X + 100, Y), "2027-01-01", "2027-12-31", 50);
		Task b = task("B", TaskType.FIBRE, line(X, Y + 30, X + 100, Y + 30), "2027-01-01", "2027-12-31", 10);

		assertThat(engine.couple(List.of(a, b)).pairs()).isEmpty();
		assertThat(new CouplingEngine(CouplingRule.withBuffers(15, 5)).couple(List.of(a, b)).pairs()).hasSize(1);
	}

	@Test
	void reEvaluatingOneTaskFindsTheSamePairsAsTheWholeRun() {
		List<Task> tasks = SyntheticPortfolio.tasks(800, 3);
		CouplingResult whole = engine.couple(tasks);
		Task changed = tasks.get(17);

		CouplingEngine.Join one = engine.joinOne(changed, tasks);

		assertThat(one.pairs()).containsExactlyElementsOf(whole.pairs().stream()
				.filter(p -> p.a().equals(changed.id()) || p.b().equals(changed.id())).toList());
	}
}
