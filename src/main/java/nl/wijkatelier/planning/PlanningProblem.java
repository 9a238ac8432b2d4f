package nl.wijkatelier.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.wijkatelier.works.BudgetPot;
import nl.wijkatelier.works.CouplingEngine;
import nl.wijkatelier.works.CouplingResult;
import nl.wijkatelier.works.CouplingRule;
import nl.wijkatelier.works.Dependencies;
import nl.wijkatelier.works.Funding;
import nl.wijkatelier.works.IntegralValue;
import nl.wijkatelier.works.Portfolio;
import nl.wijkatelier.works.Task;
import nl.wijkatelier.works.ThemeLinks;
import nl.wijkatelier.works.ThemeWeights;

/**
 * A portfolio made ready for planning under issue 5's model: the start dates each task may take (grid dates
 * inside its window, or its pinned date), the coupling candidates (issue 4's rule; with each pair's rider, the
 * task whose shareable cost is the smaller, on a tie the smaller id) and the dependencies as task positions.
 * Built only from valid input: {@link #prepare} rejects bad input with every fault, each naming its task.
 */
public final class PlanningProblem {

	/** A coupling candidate pair: {@code rider} rides along on {@code larger} when their running days overlap. */
	public record Candidate(int rider, int larger) {
	}

	/** {@code after} may start only once {@code before} has ended. */
	public record Link(int before, int after) {
	}

	/** Two tasks of one agreed package: their running days share at least one day. */
	public record Agreed(int a, int b) {
	}

	private final List<Task> tasks;
	private final Map<String, Integer> positions;
	private final Map<String, BudgetPot> pots;
	private final PlanSettings settings;
	private final List<List<LocalDate>> starts;
	private final List<Candidate> candidates;
	private final List<Link> links;
	/** Each agreed package as task positions, sorted, at least two. */
	private final List<List<Integer>> agreedPackages;
	/** Per candidate, in the order of {@link #candidates}: its co-benefit points ({@link IntegralValue}). */
	private final List<Long> candidatePoints;
	private final ThemeLinks themeLinks;
	private final ThemeWeights themeWeights;

	private PlanningProblem(List<Task> tasks, Map<String, Integer> positions, Map<String, BudgetPot> pots,
			PlanSettings settings, List<List<LocalDate>> starts, List<Candidate> candidates, List<Link> links,
			List<List<Integer>> agreedPackages, ThemeLinks themeLinks, ThemeWeights themeWeights) {
		this.tasks = tasks;
		this.positions = positions;
		this.pots = pots;
		this.settings = settings;
		this.starts = starts;
		this.candidates = candidates;
		this.links = links;
		this.agreedPackages = agreedPackages;
		this.themeLinks = themeLinks;
		this.themeWeights = themeWeights;
		List<Long> points = new ArrayList<>(candidates.size());
		for (Candidate c : candidates) {
			points.add(IntegralValue.pairPoints(tasks.get(c.rider()), tasks.get(c.larger()), themeLinks, themeWeights));
		}
		this.candidatePoints = List.copyOf(points);
	}

	/**
	 * The same problem valuing couplings with the programme's co-benefit links and the neighbourhood's theme weights
	 * (the caller reads both: the links from the programme, the weights from the joint picture). Without this call
	 * the planner uses {@link ThemeLinks#DEFAULTS} and {@link ThemeWeights#EQUAL}, as the command line does.
	 */
	public PlanningProblem withValues(ThemeLinks links, ThemeWeights weights) {
		return new PlanningProblem(tasks, positions, pots, settings, starts, candidates, this.links, agreedPackages,
				links, weights);
	}

	/**
	 * The same problem with agreed packages (werk-met-werk afspraken): the owners of each package's tasks agreed
	 * to work together, so all tasks of a package run on at least one common day, a hard rule. A package of fewer
	 * than two distinct tasks binds nothing; a task may be in several packages.
	 *
	 * @param packages each a list of task ids
	 * @throws PlanInputException naming every id that is not a task of the portfolio (field {@code agreed})
	 */
	public PlanningProblem withAgreedPackages(List<List<String>> packages) {
		List<PlanInputError> errors = new ArrayList<>();
		List<List<Integer>> agreed = new ArrayList<>();
		Set<String> reported = new HashSet<>();
		for (List<String> ids : packages) {
			TreeSet<Integer> members = new TreeSet<>();
			for (String id : ids) {
				Integer at = positions.get(id);
				if (at == null) {
					if (reported.add(id)) {
						errors.add(PlanInputError.of(id, "agreed", "unknownAgreedTask", id));
					}
				}
				else {
					members.add(at);
				}
			}
			if (members.size() >= 2) {
				agreed.add(List.copyOf(members));
			}
		}
		if (!errors.isEmpty()) {
			throw new PlanInputException(errors);
		}
		return new PlanningProblem(tasks, positions, pots, settings, starts, candidates, links, List.copyOf(agreed),
				themeLinks, themeWeights);
	}

	/**
	 * Checks the portfolio and prepares it.
	 *
	 * @throws PlanInputException on a dependency cycle, an unknown dependency, a duplicate id, a duration longer
	 *         than the window, a pinned or preferred date outside the window, or funding from an unknown pot
	 * @throws NoScheduleException when a task has no grid date to start on inside its window
	 */
	public static PlanningProblem prepare(Portfolio portfolio, CouplingRule rule, PlanSettings settings) {
		List<Task> tasks = portfolio.tasks();
		Map<String, BudgetPot> pots = portfolio.potsByName();
		List<PlanInputError> errors = new ArrayList<>();
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < tasks.size(); i++) {
			if (positions.putIfAbsent(tasks.get(i).id(), i) != null) {
				errors.add(PlanInputError.of(tasks.get(i).id(), "id", "duplicateId"));
			}
		}
		for (Task task : tasks) {
			check(task, pots, positions, errors);
		}
		if (errors.isEmpty()) {
			Dependencies.cycle(tasks).ifPresent(cycle -> errors.add(
					PlanInputError.of(cycle.get(0), "dependsOn", "dependencyCycle", String.join(" → ", cycle))));
		}
		if (!errors.isEmpty()) {
			throw new PlanInputException(errors);
		}
		List<List<LocalDate>> starts = new ArrayList<>(tasks.size());
		List<Conflict> gridless = new ArrayList<>();
		for (Task task : tasks) {
			List<LocalDate> allowed = task.pinnedStart().map(List::of)
					.orElseGet(() -> settings.granularity().datesBetween(task.earliestStart(), task.latestStart()));
			if (allowed.isEmpty()) {
				gridless.add(new Conflict("grid", List.of(task.id()), "no " + settings.granularity().name().toLowerCase()
						+ " grid date between " + task.earliestStart() + " and its latest start " + task.latestStart()));
			}
			starts.add(List.copyOf(allowed));
		}
		if (!gridless.isEmpty()) {
			throw new NoScheduleException(gridless);
		}
		CouplingResult.Pair[] pairs = new CouplingEngine(rule).join(tasks).pairs().toArray(CouplingResult.Pair[]::new);
		List<Candidate> candidates = new ArrayList<>(pairs.length);
		for (CouplingResult.Pair pair : pairs) {
			int a = positions.get(pair.a());
			int b = positions.get(pair.b());
			candidates.add(tasks.get(a).isLargerWorkThan(tasks.get(b)) ? new Candidate(b, a) : new Candidate(a, b));
		}
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			for (String dependency : new HashSet<>(tasks.get(i).dependsOn())) {
				links.add(new Link(positions.get(dependency), i));
			}
		}
		return new PlanningProblem(List.copyOf(tasks), Collections.unmodifiableMap(positions),
				Collections.unmodifiableMap(pots), settings, List.copyOf(starts), List.copyOf(candidates),
				List.copyOf(links), List.of(), ThemeLinks.DEFAULTS, ThemeWeights.EQUAL);
	}

	private static void check(Task task, Map<String, BudgetPot> pots, Map<String, Integer> positions,
			List<PlanInputError> errors) {
		long window = ChronoUnit.DAYS.between(task.earliestStart(), task.latestEnd()) + 1;
		if (window < 1) {
			errors.add(PlanInputError.of(task.id(), "latestEnd", "windowEndsBeforeStart", task.latestEnd(),
					task.earliestStart()));
			return;
		}
		if (task.durationDays() < 1 || task.durationDays() > window) {
			errors.add(PlanInputError.of(task.id(), "durationDays", "durationExceedsWindow", task.durationDays(), window));
			return;
		}
		task.pinnedStart().filter(d -> outside(task, d)).ifPresent(d -> errors.add(
				PlanInputError.of(task.id(), "pinnedStart", "pinnedOutsideWindow", d, task.earliestStart(), task.latestStart())));
		task.preferredStart().filter(d -> outside(task, d)).ifPresent(d -> errors.add(
				PlanInputError.of(task.id(), "preferredStart", "preferredOutsideWindow", d, task.earliestStart(),
						task.latestStart())));
		for (Funding funding : task.funding()) {
			if (!pots.containsKey(funding.pot())) {
				errors.add(PlanInputError.of(task.id(), "funding", "unknownPot", funding.pot()));
			}
		}
		Set<String> seen = new HashSet<>();
		for (String dependency : task.dependsOn()) {
			if (dependency.equals(task.id())) {
				errors.add(PlanInputError.of(task.id(), "dependsOn", "dependencyCycle", task.id() + " → " + task.id()));
			}
			else if (!positions.containsKey(dependency) && seen.add(dependency)) {
				errors.add(PlanInputError.of(task.id(), "dependsOn", "unknownDependency", dependency));
			}
		}
	}

	private static boolean outside(Task task, LocalDate start) {
		return start.isBefore(task.earliestStart()) || start.isAfter(task.latestStart());
	}

	public List<Task> tasks() {
		return tasks;
	}

	public Task task(int position) {
		return tasks.get(position);
	}

	public Optional<Integer> position(String id) {
		return Optional.ofNullable(positions.get(id));
	}

	public Map<String, BudgetPot> pots() {
		return pots;
	}

	public PlanSettings settings() {
		return settings;
	}

	/** The dates task {@code position} may start on, in order: grid dates in its window, or its pinned date. */
	public List<LocalDate> starts(int position) {
		return starts.get(position);
	}

	public List<Candidate> candidates() {
		return candidates;
	}

	public List<Link> links() {
		return links;
	}

	/** The co-benefit points of the candidate at position {@code k} of {@link #candidates}. */
	public long candidatePoints(int k) {
		return candidatePoints.get(k);
	}

	public ThemeLinks themeLinks() {
		return themeLinks;
	}

	public ThemeWeights themeWeights() {
		return themeWeights;
	}

	/** The agreed packages as task positions (each sorted, at least two tasks); empty when none were agreed. */
	public List<List<Integer>> agreedPackages() {
		return agreedPackages;
	}

	/** Every pair of tasks that share an agreed package, each once, the smaller position first. */
	public List<Agreed> agreedPairs() {
		Set<Agreed> pairs = new LinkedHashSet<>();
		for (List<Integer> members : agreedPackages) {
			for (int i = 0; i < members.size(); i++) {
				for (int j = i + 1; j < members.size(); j++) {
					pairs.add(new Agreed(members.get(i), members.get(j)));
				}
			}
		}
		return List.copyOf(pairs);
	}

	/**
	 * The reference schedule: every task at exactly its pinned date, else its preferred start, else its earliest
	 * start, off the grid if need be.
	 */
	public Map<String, LocalDate> baseline() {
		Map<String, LocalDate> result = new HashMap<>();
		for (Task task : tasks) {
			result.put(task.id(), task.preferredOrEarliestStart());
		}
		return result;
	}
}
