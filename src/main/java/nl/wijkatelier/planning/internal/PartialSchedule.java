package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The schedule while the construction phase builds it: which tasks are placed and where, what every pot has left
 * per year ({@link PotBudgetLedger}), and which candidates a placed task rides along on. It answers the two
 * questions every step of the construction asks: does a start keep the hard rules with what is placed
 * ({@link #fits}), and what does it add to the objective ({@link #gain}). {@link #place} and {@link #unplace} keep
 * the ledger and the riding-along counts exact, so a task taken out and put back leaves everything as it was.
 */
final class PartialSchedule {

	private final List<TaskStart> tasks;
	private final DependencyOrder dependencies;
	private final PotBudgetLedger ledger;
	/** Per task: the tasks it shares an agreed package with, whose running days it must overlap. */
	private final List<List<TaskStart>> agreedWith = new ArrayList<>();
	/** Per task: its coupling candidates. */
	private final List<List<TaskStart>> partners = new ArrayList<>();
	/** Per task, in the order of {@link #partners}: what the pair's co-benefits add when joined, in cents. */
	private final List<List<Long>> partnerValues = new ArrayList<>();
	/** Per task, in the order of {@link #partners}: whether the candidate is the larger side (it rides along on it). */
	private final List<List<Boolean>> partnerLarger = new ArrayList<>();
	/** The candidate pairs, rider first. */
	private final List<TaskStart[]> pairs = new ArrayList<>();
	/** The street-open days' term of the objective, when they weigh; {@code null} otherwise. */
	private final StreetTerm street;
	private final boolean[] placed;
	/** Per task: how many placed larger candidates its running days overlap (it rides along when above 0). */
	private final int[] ridingOn;
	/** Per task: the latest start that leaves room for the pinned tasks that depend on it, as an epoch day. */
	private final long[] latest;

	/**
	 * @param latest per task position, {@link DependencyOrder#latestStarts}
	 */
	PartialSchedule(PlanSolution solution, DependencyOrder dependencies, PotBudgetLedger ledger, long[] latest) {
		this.tasks = solution.getTasks();
		this.dependencies = dependencies;
		this.ledger = ledger;
		this.latest = latest;
		int n = tasks.size();
		for (int i = 0; i < n; i++) {
			partners.add(new ArrayList<>());
			partnerValues.add(new ArrayList<>());
			partnerLarger.add(new ArrayList<>());
			agreedWith.add(new ArrayList<>());
		}
		this.street = solution.getStreetTerms().isEmpty() ? null : solution.getStreetTerms().get(0);
		for (AgreedPair pair : solution.getAgreed()) {
			agreedWith.get(pair.a()).add(tasks.get(pair.b()));
			agreedWith.get(pair.b()).add(tasks.get(pair.a()));
		}
		for (CandidatePair pair : solution.getPairs()) {
			partners.get(pair.rider()).add(tasks.get(pair.larger()));
			partners.get(pair.larger()).add(tasks.get(pair.rider()));
			partnerValues.get(pair.rider()).add(pair.valueCents());
			partnerValues.get(pair.larger()).add(pair.valueCents());
			partnerLarger.get(pair.rider()).add(true);
			partnerLarger.get(pair.larger()).add(false);
			pairs.add(new TaskStart[] {tasks.get(pair.rider()), tasks.get(pair.larger())});
		}
		this.placed = new boolean[n];
		this.ridingOn = new int[n];
	}

	List<TaskStart> tasks() {
		return tasks;
	}

	/** The candidate pairs, each as {rider, larger}. */
	List<TaskStart[]> pairs() {
		return pairs;
	}

	PotBudgetLedger ledger() {
		return ledger;
	}

	boolean isPlaced(TaskStart task) {
		return placed[task.getIndex()];
	}

	/**
	 * Whether {@code start} keeps every funding pot's deadline and its yearly budget, and overlaps the placed tasks
	 * of its agreed packages, with what is placed. Dependencies are kept by choosing among {@link #bounds}.
	 */
	boolean fits(TaskStart task, int start) {
		int end = start + task.getDurationDays() - 1;
		for (TaskStart partner : agreedWith.get(task.getIndex())) {
			if (placed[partner.getIndex()] && (partner.getStart() > end || start > partner.end())) {
				return false;
			}
		}
		return task.keepsDeadlinesAt(start) && ledger.hasRoom(task, start);
	}

	/**
	 * What placing the task at {@code start} adds to the objective, in cents: the saving it adds, the co-benefits of
	 * the candidates it joins, minus its shift penalty; when street-open days weigh, minus their cost for the days of
	 * a street-opening task not shared with a joined street-opening candidate (an estimate: a package may share days
	 * through tasks further away, which local search, scoring exactly, then takes into account).
	 */
	long gain(TaskStart task, int start) {
		return gainOf(task, start);
	}

	/**
	 * The gains of the task's allowed starts at positions {@code from} to {@code to} in one sweep
	 * ({@link StartGains}), the same as {@link #gain} start by start; {@code null} when the street-open days weigh,
	 * whose estimate only {@link #gain} makes.
	 */
	StartGains gains(TaskStart task, int from, int to) {
		if (street != null) {
			return null;
		}
		List<TaskStart> candidates = partners.get(task.getIndex());
		List<Long> values = partnerValues.get(task.getIndex());
		List<Boolean> larger = partnerLarger.get(task.getIndex());
		return StartGains.of(task, from, to, new StartGains.Candidates() {

			@Override
			public int size() {
				return candidates.size();
			}

			@Override
			public TaskStart task(int k) {
				return candidates.get(k);
			}

			@Override
			public int start(int k) {
				return placed[candidates.get(k).getIndex()] ? candidates.get(k).getStart() : -1;
			}

			@Override
			public long value(int k) {
				return values.get(k);
			}

			@Override
			public boolean larger(int k) {
				return larger.get(k);
			}

			@Override
			public boolean ridesAlong(int k) {
				return ridingOn[candidates.get(k).getIndex()] > 0;
			}
		});
	}

	private long gainOf(TaskStart task, int start) {
		long saving = 0;
		boolean rides = false;
		int end = start + task.getDurationDays() - 1;
		long shared = 0;
		List<TaskStart> candidates = partners.get(task.getIndex());
		for (int k = 0; k < candidates.size(); k++) {
			TaskStart partner = candidates.get(k);
			if (!placed[partner.getIndex()] || partner.getStart() > end || start > partner.end()) {
				continue;
			}
			saving += partnerValues.get(task.getIndex()).get(k);
			if (partnerLarger.get(task.getIndex()).get(k)) {
				rides = true;
			}
			else if (ridingOn[partner.getIndex()] == 0) {
				saving += partner.getShareableCents();
			}
			if (street != null && street.opensStreet()[task.getIndex()] && street.opensStreet()[partner.getIndex()]) {
				shared = Math.max(shared, Math.min(end, partner.end()) - Math.max(start, partner.getStart()) + 1L);
			}
		}
		long streetCost = street != null && street.opensStreet()[task.getIndex()]
				? street.centsPerDay() * (task.getDurationDays() - shared) : 0;
		return saving + (rides ? task.getShareableCents() : 0) - task.shiftPenaltyCentsAt(start) - streetCost;
	}

	/**
	 * The positions in the task's allowed starts between which it keeps its dependencies with the tasks placed
	 * and the pinned tasks after it, and can overlap the tasks of its agreed packages (where they are placed, or
	 * anywhere their windows allow); one position when there is no such start.
	 *
	 * @return {from, to}, both inclusive
	 */
	int[] bounds(TaskStart task) {
		List<Integer> starts = task.getStarts();
		long earliest = Long.MIN_VALUE;
		for (TaskStart previous : dependencies.before(task)) {
			if (placed[previous.getIndex()]) {
				earliest = Math.max(earliest, previous.end() + 1L);
			}
		}
		long last = latest[task.getIndex()];
		for (TaskStart next : dependencies.after(task)) {
			if (placed[next.getIndex()]) {
				last = Math.min(last, (long) next.getStart() - task.getDurationDays());
			}
		}
		for (TaskStart partner : agreedWith.get(task.getIndex())) {
			// overlap the partner where it is, or, before it is placed, somewhere its window allows
			List<Integer> partnerStarts = partner.getStarts();
			long partnerFirst = placed[partner.getIndex()] ? partner.getStart() : partnerStarts.get(0);
			long partnerLast = placed[partner.getIndex()] ? partner.end()
					: partnerStarts.get(partnerStarts.size() - 1) + partner.getDurationDays() - 1L;
			earliest = Math.max(earliest, partnerFirst - task.getDurationDays() + 1);
			last = Math.min(last, partnerLast);
		}
		int from = SortedDays.lowerBound(starts, earliest);
		int to = SortedDays.upperBound(starts, last) - 1;
		if (from > to) {
			from = Math.min(from, starts.size() - 1);
			to = from;
		}
		return new int[] {from, to};
	}

	/**
	 * The allowed start with the highest gain (saving added minus shift penalty) that keeps the hard rules; when
	 * none does, the allowed start nearest the preferred one inside the dependency bounds, for local search to
	 * repair. The task itself must not be placed.
	 */
	int bestStart(TaskStart task) {
		List<Integer> starts = task.getStarts();
		int[] bounds = bounds(task);
		int from = bounds[0];
		int to = bounds[1];
		int home = Math.max(from, Math.min(to, SortedDays.nearestIndex(starts, task.preferredOrFirst())));
		int best = -1;
		long bestGain = Long.MIN_VALUE;
		// The feasible start nearest the preferred one: the best a task can do without joining anything.
		for (int d = 0; home - d >= from || home + d <= to; d++) {
			int found = -1;
			if (home - d >= from && fits(task, starts.get(home - d))) {
				found = home - d;
			}
			if (home + d <= to && fits(task, starts.get(home + d))) {
				long gainUp = gain(task, starts.get(home + d));
				if (found < 0 || gainUp > gain(task, starts.get(found))) {
					found = home + d;
				}
			}
			if (found >= 0) {
				best = found;
				bestGain = gain(task, starts.get(found));
				break;
			}
		}
		// Starts that overlap a placed candidate: joining it may gain more than the extra shift costs.
		// (the same starts in the same order as start by start below, so ties go the same way, each gain read
		// from one sweep instead of computed over all candidates)
		StartGains all = gains(task, from, to);
		for (TaskStart partner : partners.get(task.getIndex())) {
			if (all == null) {
				break;
			}
			if (!placed[partner.getIndex()]) {
				continue;
			}
			int lo = Math.max(from, SortedDays.lowerBound(starts, (long) partner.getStart() - task.getDurationDays() + 1));
			int hi = Math.min(to, SortedDays.upperBound(starts, partner.end()) - 1);
			for (int k = lo; k <= hi; k++) {
				if (all.at(k) > bestGain && fits(task, starts.get(k))) {
					best = k;
					bestGain = all.at(k);
				}
			}
		}
		if (all != null) {
			return starts.get(best >= 0 ? best : home);
		}
		for (TaskStart partner : partners.get(task.getIndex())) {
			if (!placed[partner.getIndex()]) {
				continue;
			}
			int lo = Math.max(from, SortedDays.lowerBound(starts, (long) partner.getStart() - task.getDurationDays() + 1));
			int hi = Math.min(to, SortedDays.upperBound(starts, partner.end()) - 1);
			for (int k = lo; k <= hi; k++) {
				int start = starts.get(k);
				long gain = gain(task, start);
				if (gain > bestGain && fits(task, start)) {
					best = k;
					bestGain = gain;
				}
			}
		}
		return starts.get(best >= 0 ? best : home);
	}

	/** Sets the task's start and counts its spending and the candidates it now overlaps; it must not be placed. */
	void place(TaskStart task, int start) {
		task.setStart(start);
		placed[task.getIndex()] = true;
		ledger.spend(task, start);
		List<TaskStart> candidates = partners.get(task.getIndex());
		for (int k = 0; k < candidates.size(); k++) {
			TaskStart partner = candidates.get(k);
			if (placed[partner.getIndex()] && partner != task && task.overlaps(partner)) {
				if (partnerLarger.get(task.getIndex()).get(k)) {
					ridingOn[task.getIndex()]++;
				}
				else {
					ridingOn[partner.getIndex()]++;
				}
			}
		}
	}

	/** Undoes {@link #place}; the task keeps its start until it is placed again. */
	void unplace(TaskStart task) {
		placed[task.getIndex()] = false;
		ledger.refund(task, task.getStart());
		List<TaskStart> candidates = partners.get(task.getIndex());
		for (int k = 0; k < candidates.size(); k++) {
			TaskStart partner = candidates.get(k);
			if (placed[partner.getIndex()] && task.overlaps(partner)) {
				if (partnerLarger.get(task.getIndex()).get(k)) {
					ridingOn[task.getIndex()]--;
				}
				else {
					ridingOn[partner.getIndex()]--;
				}
			}
		}
	}
}
