package nl.wijkatelier.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import nl.wijkatelier.planning.Spending;

/**
 * The construction phase: a greedy first schedule that keeps the hard rules wherever it can, built in plain Java
 * before local search starts. Tasks are placed one by one in dependency order (pinned tasks first, on their
 * date; then by preferred start), each at the allowed start with the best gain that keeps every pot's yearly
 * budget, its deadlines, its dependencies and a common day with the placed tasks of its agreed packages, where the gain of a start is the saving it adds by joining coupling
 * candidates already placed minus its shift penalty. The remaining budget per pot per year is tracked as tasks are
 * placed, so a placement costs only its own task's spending.
 *
 * <p>Local search from the nearest grid date to every preferred start needed about 70 s to repair the budgets of a
 * 20,000-task portfolio (benchmarks/results, before this phase); this phase gives it a schedule that keeps every
 * hard rule in about a second, so the search spends its time on the objective.
 */
public final class FirstSchedule {

	private final List<TaskStart> tasks;
	private final List<List<TaskStart>> before = new ArrayList<>();
	private final List<List<TaskStart>> after = new ArrayList<>();
	/** Per task: the tasks it shares an agreed package with, whose running days it must overlap. */
	private final List<List<TaskStart>> agreedWith = new ArrayList<>();
	/** Per task: its coupling candidates. */
	private final List<List<TaskStart>> partners = new ArrayList<>();
	/** Per task, in the order of {@link #partners}: what the pair's co-benefits add when joined, in cents. */
	private final List<List<Long>> partnerValues = new ArrayList<>();
	/** The street-open days' term of the objective, when they weigh; {@code null} otherwise. */
	private final StreetTerm street;
	/** Per pot: the tasks that spend from it. */
	private final List<List<TaskStart>> potTasks = new ArrayList<>();
	/** The candidate pairs, rider first. */
	private final List<TaskStart[]> pairs = new ArrayList<>();
	/** Per task, in the order of {@link #partners}: whether the candidate is the larger side (it rides along on it). */
	private final List<List<Boolean>> partnerLarger = new ArrayList<>();
	private final Map<String, Integer> potIndex = new HashMap<>();
	/** Per pot, per year from {@link #firstYear}: what it may still spend, in thousandths of a cent. */
	private final List<long[]> left = new ArrayList<>();
	private final int firstYear;
	private final boolean[] placed;
	/** Per task: how many placed larger candidates its running days overlap (it rides along when above 0). */
	private final int[] ridingOn;
	/** Per task: the latest start that leaves room for the pinned tasks that depend on it, as an epoch day. */
	private final long[] latest;

	private FirstSchedule(PlanSolution solution) {
		this.tasks = solution.getTasks();
		int n = tasks.size();
		for (int i = 0; i < n; i++) {
			before.add(new ArrayList<>());
			after.add(new ArrayList<>());
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
		for (DependencyLink link : solution.getDependencies()) {
			before.get(link.after()).add(tasks.get(link.before()));
			after.get(link.before()).add(tasks.get(link.after()));
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
		int minYear = Integer.MAX_VALUE;
		int maxYear = Integer.MIN_VALUE;
		for (TaskStart task : tasks) {
			List<Integer> starts = task.getStarts();
			minYear = Math.min(minYear, LocalDate.ofEpochDay(starts.get(0)).getYear());
			maxYear = Math.max(maxYear,
					LocalDate.ofEpochDay(starts.get(starts.size() - 1) + task.getDurationDays() - 1).getYear());
		}
		this.firstYear = minYear;
		int years = Math.max(0, maxYear - minYear + 1);
		for (TaskStart task : tasks) {
			for (FundingLine line : task.getFunding()) {
				if (!potIndex.containsKey(line.pot())) {
					potIndex.put(line.pot(), left.size());
					long[] caps = new long[years];
					for (int y = 0; y < years; y++) {
						caps[y] = line.capCentsByYear().getOrDefault(minYear + y, 0L) * 1000;
					}
					left.add(caps);
					potTasks.add(new ArrayList<>());
				}
				List<TaskStart> spenders = potTasks.get(potIndex.get(line.pot()));
				if (spenders.isEmpty() || spenders.get(spenders.size() - 1) != task) {
					spenders.add(task);
				}
			}
		}
		this.placed = new boolean[n];
		this.ridingOn = new int[n];
		this.latest = new long[n];
	}

	/** Answers true once the descent rounds should stop (time up or the run cancelled). */
	private java.util.function.BooleanSupplier stop = () -> false;

	/** Sets every unpinned task's start in {@code solution} to its greedy first start, with full descent rounds. */
	public static void build(PlanSolution solution) {
		build(solution, () -> false);
	}

	/**
	 * @param stop polled between tasks of the descent rounds: the greedy placement always completes (it is what
	 *        makes the schedule keep the hard rules), the rounds that improve it stop as soon as this answers true
	 */
	public static void build(PlanSolution solution, java.util.function.BooleanSupplier stop) {
		FirstSchedule schedule = new FirstSchedule(solution);
		schedule.stop = stop;
		schedule.placeAll();
	}

	private void placeAll() {
		int n = tasks.size();
		List<TaskStart> order = dependencyOrder();
		if (order.size() < n) {
			return; // a cycle: the input checks reject it before planning, so there is nothing to build on
		}
		for (int k = n - 1; k >= 0; k--) {
			TaskStart task = order.get(k);
			long bound = task.getStarts().get(task.getStarts().size() - 1);
			for (TaskStart next : after.get(task.getIndex())) {
				bound = Math.min(bound, latest[next.getIndex()] - task.getDurationDays());
			}
			latest[task.getIndex()] = task.isPinned() ? task.getStart() : bound;
		}
		for (TaskStart task : tasks) {
			if (task.isPinned()) {
				place(task, task.getStart());
			}
		}
		for (TaskStart task : order) {
			if (!task.isPinned()) {
				int start = bestStart(task);
				if (fits(task, start) || !makeRoom(task)) {
					place(task, start);
				}
			}
		}
		descend(order);
	}

	private void descend(List<TaskStart> order) {
		for (int round = 0; round < ROUNDS && !stop.getAsBoolean()
				&& (improve(order) | improvePairs() | joinMakingRoom()); round++) {
			// each round moves every task, then every candidate pair, to its best start given all the others
		}
	}

	/**
	 * One round over candidate pairs that are not joined: one task moves to the start overlapping the other
	 * that gains the most, and when its pot has no room in that year another task that spends from the pot then
	 * moves to its own best start elsewhere; kept when the two moves together gain.
	 *
	 * @return whether any task moved
	 */
	private boolean joinMakingRoom() {
		boolean moved = false;
		for (TaskStart[] pair : pairs) {
			for (int side = 0; side < 2 && !stop.getAsBoolean(); side++) {
				TaskStart mover = pair[side];
				TaskStart other = pair[1 - side];
				if (mover.isPinned() || mover.overlaps(other) || mover.getFunding().isEmpty()) {
					continue;
				}
				moved |= joinMakingRoom(mover, other);
			}
		}
		return moved;
	}

	private boolean joinMakingRoom(TaskStart mover, TaskStart other) {
		int was = mover.getStart();
		unplace(mover);
		long before = gain(mover, was);
		List<Integer> starts = mover.getStarts();
		int[] bounds = bounds(mover);
		int lo = Math.max(bounds[0], lowerBound(starts, (long) other.getStart() - mover.getDurationDays() + 1));
		int hi = Math.min(bounds[1], upperBound(starts, other.end()) - 1);
		int target = -1;
		long targetGain = before;
		StartGains moverGains = lo <= hi ? gains(mover, lo, hi) : null;
		for (int k = lo; k <= hi; k++) {
			long g = moverGains != null ? moverGains.at(k) : gain(mover, starts.get(k));
			if (g > targetGain && deadlinesKept(mover, starts.get(k))) {
				target = starts.get(k);
				targetGain = g;
			}
		}
		if (target < 0 || fits(mover, target)) {
			// nothing to gain, or the plain descent takes it without making room
			place(mover, target < 0 ? was : target);
			return target >= 0;
		}
		int end = target + mover.getDurationDays() - 1;
		int tries = 0;
		for (FundingLine line : mover.getFunding()) {
			for (TaskStart blocker : potTasks.get(potIndex.get(line.pot()))) {
				if (blocker == mover || blocker == other || blocker.isPinned() || !placed[blocker.getIndex()]
						|| year(blocker.getStart()) > year(end) || year(target) > year(blocker.end())) {
					continue;
				}
				if (++tries > ROOM_TRIES) {
					place(mover, was);
					return false;
				}
				int blockerWas = blocker.getStart();
				unplace(blocker);
				long blockerBefore = gain(blocker, blockerWas);
				if (fits(mover, target)) {
					long moverGain = gain(mover, target);
					place(mover, target);
					int elsewhere = bestStart(blocker);
					if (elsewhere != blockerWas && fits(blocker, elsewhere)
							&& moverGain - before + gain(blocker, elsewhere) - blockerBefore > 0) {
						place(blocker, elsewhere);
						return true;
					}
					unplace(mover);
				}
				place(blocker, blockerWas);
			}
		}
		place(mover, was);
		return false;
	}

	/** Tasks tried as the one that makes room, per join; bounds a round at 20,000 tasks to seconds. */
	private static final int ROOM_TRIES = 40;

	private static boolean deadlinesKept(TaskStart task, int start) {
		int end = start + task.getDurationDays() - 1;
		for (FundingLine line : task.getFunding()) {
			if (end > line.deadlineEpochDay()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One round of descent over candidate pairs that are not joined: both tasks move together to where they
	 * overlap, when that gains more than where they are. This finds joins that no single task can make, e.g. when
	 * each task's pot is full in the year the other runs but both have room in a year around their preferred starts.
	 *
	 * @return whether any pair moved
	 */
	private boolean improvePairs() {
		boolean moved = false;
		for (TaskStart[] pair : pairs) {
			TaskStart rider = pair[0];
			TaskStart larger = pair[1];
			if (rider.isPinned() || larger.isPinned() || rider.overlaps(larger) || stop.getAsBoolean()) {
				continue;
			}
			int wasRider = rider.getStart();
			int wasLarger = larger.getStart();
			unplace(rider);
			unplace(larger);
			long now = Long.MIN_VALUE;
			if (fits(larger, wasLarger)) {
				long first = gain(larger, wasLarger);
				place(larger, wasLarger);
				if (fits(rider, wasRider)) {
					now = first + gain(rider, wasRider);
				}
				unplace(larger);
			}
			long best = now;
			int bestLarger = wasLarger;
			int bestRider = wasRider;
			List<Integer> largerStarts = larger.getStarts();
			int[] bounds = bounds(larger);
			long lo = Math.min(larger.preferredOrFirst(), rider.preferredOrFirst()) - rider.getDurationDays() - PAIR_REACH;
			long hi = Math.max(larger.preferredOrFirst(), rider.preferredOrFirst()) + PAIR_REACH;
			int from = Math.max(bounds[0], lowerBound(largerStarts, lo));
			int to = Math.min(bounds[1], upperBound(largerStarts, hi) - 1);
			StartGains largerGains = from <= to ? gains(larger, from, to) : null;
			for (int k = from; k <= to; k++) {
				int atLarger = largerStarts.get(k);
				if (!fits(larger, atLarger)) {
					continue;
				}
				long first = largerGains != null ? largerGains.at(k) : gain(larger, atLarger);
				place(larger, atLarger);
				List<Integer> riderStarts = rider.getStarts();
				int[] riderBounds = bounds(rider);
				int rFrom = Math.max(riderBounds[0],
						lowerBound(riderStarts, (long) atLarger - rider.getDurationDays() + 1));
				int rTo = Math.min(riderBounds[1], upperBound(riderStarts, larger.end()) - 1);
				StartGains riderGains = rFrom <= rTo ? gains(rider, rFrom, rTo) : null;
				for (int m = rFrom; m <= rTo; m++) {
					int atRider = riderStarts.get(m);
					long total = first + (riderGains != null ? riderGains.at(m) : gain(rider, atRider));
					if (total > best && fits(rider, atRider)) {
						best = total;
						bestLarger = atLarger;
						bestRider = atRider;
					}
				}
				unplace(larger);
			}
			place(larger, bestLarger);
			place(rider, bestRider);
			moved |= bestLarger != wasLarger || bestRider != wasRider;
		}
		return moved;
	}

	/** How far beyond the two preferred starts a pair may move together, in days (eight weeks). */
	private static final int PAIR_REACH = 56;

	/** Rounds of {@link #improve}; later rounds rarely find more (benchmarks/plan.sh at 2,000 tasks). */
	private static final int ROUNDS = 5;

	/**
	 * One round of descent: each unpinned task in turn moves to the start with the best gain given all other
	 * tasks where it keeps the hard rules, when that gains more than where it is. Never makes the objective worse,
	 * nor a schedule that keeps the hard rules break one.
	 *
	 * @return whether any task moved
	 */
	private boolean improve(List<TaskStart> order) {
		boolean moved = false;
		for (TaskStart task : order) {
			if (task.isPinned() || stop.getAsBoolean()) {
				continue;
			}
			int was = task.getStart();
			unplace(task);
			boolean fitted = fits(task, was);
			long now = gain(task, was);
			int start = bestStart(task);
			if (start != was && fits(task, start) && (!fitted || gain(task, start) > now)) {
				place(task, start);
				moved = true;
			}
			else {
				place(task, was);
			}
		}
		return moved;
	}

	/**
	 * When no allowed start keeps the budgets, moves tasks already placed that spend from the same pot in the same years elsewhere to
	 * make room: an ejection chain of at most {@link #CHAIN} steps, trying the task's starts nearest its preferred
	 * one first. Places the task and answers true when that works; changes nothing otherwise.
	 */
	private boolean makeRoom(TaskStart task) {
		budget = 5_000;
		return makeRoom(task, CHAIN, new java.util.HashSet<>());
	}

	/** Ejection chains this long repair every benchmark portfolio (benchmarks/plan.sh); each step adds little. */
	private static final int CHAIN = 3;
	/** Tries left for the chain of the current task, to bound the time a task that truly does not fit costs. */
	private int budget;

	private boolean makeRoom(TaskStart task, int depth, java.util.Set<TaskStart> locked) {
		List<Integer> starts = task.getStarts();
		int[] bounds = bounds(task);
		List<Integer> byDistance = new ArrayList<>();
		for (int k = bounds[0]; k <= bounds[1]; k++) {
			byDistance.add(starts.get(k));
		}
		long preferred = task.preferredOrFirst();
		byDistance.sort((a, b) -> Long.compare(Math.abs(a - preferred), Math.abs(b - preferred)));
		List<String> pots = task.getFunding().stream().map(FundingLine::pot).distinct().toList();
		locked.add(task);
		try {
			starts: for (int start : byDistance) {
				int end = start + task.getDurationDays() - 1;
				for (FundingLine line : task.getFunding()) {
					if (end > line.deadlineEpochDay()) {
						continue starts;
					}
				}
				for (TaskStart other : tasks) {
					if (!placed[other.getIndex()] || other.isPinned() || locked.contains(other)
							|| year(other.getStart()) > year(end) || year(start) > year(other.end())
							|| other.getFunding().stream().noneMatch(l -> pots.contains(l.pot()))) {
						continue;
					}
					if (--budget < 0) {
						return false;
					}
					int was = other.getStart();
					unplace(other);
					if (fits(task, start)) {
						place(task, start);
						int moved = bestStart(other);
						if (moved != was && fits(other, moved)) {
							place(other, moved);
							return true;
						}
						if (depth > 1 && makeRoom(other, depth - 1, locked)) {
							return true;
						}
						unplace(task);
					}
					place(other, was);
				}
			}
			return false;
		}
		finally {
			locked.remove(task);
		}
	}

	/**
	 * Kahn's order over the dependencies; among the tasks ready, the one with the fewest allowed starts first (a
	 * task with a narrow window has the fewest ways around a full year), then by preferred (or earliest) start.
	 */
	private List<TaskStart> dependencyOrder() {
		int n = tasks.size();
		int[] waiting = new int[n];
		PriorityQueue<TaskStart> ready = new PriorityQueue<>((a, b) -> {
			int byWindow = Integer.compare(a.getStarts().size(), b.getStarts().size());
			if (byWindow != 0) {
				return byWindow;
			}
			int byDate = Long.compare(a.preferredOrFirst(), b.preferredOrFirst());
			return byDate != 0 ? byDate : Integer.compare(a.getIndex(), b.getIndex());
		});
		for (TaskStart task : tasks) {
			waiting[task.getIndex()] = before.get(task.getIndex()).size();
			if (waiting[task.getIndex()] == 0) {
				ready.add(task);
			}
		}
		List<TaskStart> order = new ArrayList<>(n);
		while (!ready.isEmpty()) {
			TaskStart task = ready.poll();
			order.add(task);
			for (TaskStart next : after.get(task.getIndex())) {
				if (--waiting[next.getIndex()] == 0) {
					ready.add(next);
				}
			}
		}
		return order;
	}

	/**
	 * The allowed start with the highest gain (saving added minus shift penalty) that keeps the hard rules; when
	 * none does, the allowed start nearest the preferred one inside the dependency bounds, for local search to
	 * repair.
	 */
	private int bestStart(TaskStart task) {
		List<Integer> starts = task.getStarts();
		int[] bounds = bounds(task);
		int from = bounds[0];
		int to = bounds[1];
		int home = Math.max(from, Math.min(to, nearestIndex(starts, task.preferredOrFirst())));
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
		StartGains all = gains(task, from, to);
		if (all != null) {
			for (int k = from; k <= to; k++) {
				if (all.joins[k - from] && all.at(k) > bestGain && fits(task, starts.get(k))) {
					best = k;
					bestGain = all.at(k);
				}
			}
			return starts.get(best >= 0 ? best : home);
		}
		for (TaskStart partner : partners.get(task.getIndex())) {
			if (!placed[partner.getIndex()]) {
				continue;
			}
			int lo = Math.max(from, lowerBound(starts, (long) partner.getStart() - task.getDurationDays() + 1));
			int hi = Math.min(to, upperBound(starts, partner.end()) - 1);
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

	/**
	 * The positions in the task's allowed starts between which it keeps its dependencies with the tasks placed
	 * and the pinned tasks after it; one position when there is no such start.
	 */
	private int[] bounds(TaskStart task) {
		List<Integer> starts = task.getStarts();
		long earliest = Long.MIN_VALUE;
		for (TaskStart previous : before.get(task.getIndex())) {
			if (placed[previous.getIndex()]) {
				earliest = Math.max(earliest, previous.end() + 1L);
			}
		}
		long last = latest[task.getIndex()];
		for (TaskStart next : after.get(task.getIndex())) {
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
		int from = lowerBound(starts, earliest);
		int to = upperBound(starts, last) - 1;
		if (from > to) {
			from = Math.min(from, starts.size() - 1);
			to = from;
		}
		return new int[] {from, to};
	}

	/**
	 * The gains of the task's allowed starts at positions {@code from} to {@code to} in one sweep
	 * ({@link StartGains}), the same as {@link #gain} start by start; {@code null} when the street-open days weigh,
	 * whose estimate only {@link #gain} makes.
	 */
	private StartGains gains(TaskStart task, int from, int to) {
		return street != null ? null
				: StartGains.of(task, from, to, partners.get(task.getIndex()), partnerValues.get(task.getIndex()),
						partnerLarger.get(task.getIndex()), placed, ridingOn);
	}

	/**
	 * What placing the task at {@code start} adds to the objective, in cents: the saving it adds, the co-benefits of
	 * the candidates it joins, minus its shift penalty; when street-open days weigh, minus their cost for the days of
	 * a street-opening task not shared with a joined street-opening candidate (an estimate: a package may share days
	 * through tasks further away, which local search, scoring exactly, then takes into account).
	 */
	private long gain(TaskStart task, int start) {
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
	 * Whether {@code start} keeps every funding pot's deadline and its yearly budget, and overlaps the placed tasks
	 * of its agreed packages, with what is placed.
	 */
	private boolean fits(TaskStart task, int start) {
		int end = start + task.getDurationDays() - 1;
		for (TaskStart partner : agreedWith.get(task.getIndex())) {
			if (placed[partner.getIndex()] && (partner.getStart() > end || start > partner.end())) {
				return false;
			}
		}
		for (FundingLine line : task.getFunding()) {
			if (end > line.deadlineEpochDay()) {
				return false;
			}
		}
		long from = start;
		while (from <= end) {
			int year = LocalDate.ofEpochDay(from).getYear();
			long to = Math.min(end, LocalDate.of(year, 12, 31).toEpochDay());
			int days = (int) (to - from + 1);
			for (FundingLine line : task.getFunding()) {
				if (left.get(potIndex.get(line.pot()))[year - firstYear]
						< Spending.milliCents(line.amountCents(), days, task.getDurationDays())) {
					return false;
				}
			}
			from = to + 1;
		}
		if (task.getFunding().size() > 1) {
			return fitsTogether(task, start);
		}
		return true;
	}

	/** The same check when a task draws twice on one pot: its shares of that pot add up within each year. */
	private boolean fitsTogether(TaskStart task, int start) {
		Map<Long, Long> need = new HashMap<>();
		spend(task, start, (pot, year, milli) -> need.merge(((long) pot << 20) | (year - firstYear), milli, Long::sum));
		for (Map.Entry<Long, Long> e : need.entrySet()) {
			if (left.get((int) (e.getKey() >> 20))[(int) (e.getKey() & 0xFFFFF)] < e.getValue()) {
				return false;
			}
		}
		return true;
	}

	private void place(TaskStart task, int start) {
		task.setStart(start);
		placed[task.getIndex()] = true;
		spend(task, start, (pot, year, milli) -> left.get(pot)[year - firstYear] -= milli);
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

	private void unplace(TaskStart task) {
		placed[task.getIndex()] = false;
		spend(task, task.getStart(), (pot, year, milli) -> left.get(pot)[year - firstYear] += milli);
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

	private static int year(long epochDay) {
		return LocalDate.ofEpochDay(epochDay).getYear();
	}

	private interface SpendSink {
		void spend(int pot, int year, long milliCents);
	}

	private void spend(TaskStart task, int start, SpendSink sink) {
		int end = start + task.getDurationDays() - 1;
		long from = start;
		while (from <= end) {
			int year = LocalDate.ofEpochDay(from).getYear();
			long to = Math.min(end, LocalDate.of(year, 12, 31).toEpochDay());
			int days = (int) (to - from + 1);
			for (FundingLine line : task.getFunding()) {
				sink.spend(potIndex.get(line.pot()), year,
						Spending.milliCents(line.amountCents(), days, task.getDurationDays()));
			}
			from = to + 1;
		}
	}

	static int lowerBound(List<Integer> sorted, long day) {
		int lo = 0;
		int hi = sorted.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted.get(mid) < day) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	static int upperBound(List<Integer> sorted, long day) {
		int lo = 0;
		int hi = sorted.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (sorted.get(mid) <= day) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	static int nearestIndex(List<Integer> sorted, long day) {
		int at = lowerBound(sorted, day);
		if (at == sorted.size()) {
			return at - 1;
		}
		if (at > 0 && day - sorted.get(at - 1) <= sorted.get(at) - day) {
			return at - 1;
		}
		return at;
	}
}
