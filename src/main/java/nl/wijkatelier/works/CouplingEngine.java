package nl.wijkatelier.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wijkatelier.shared.UnionFind;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;
import nl.wijkatelier.works.CouplingRule.Severity;

/**
 * Finds the coupling candidates, clusters and near misses of a portfolio under a {@link CouplingRule}. Plain
 * Java: the web application and the command line share it. {@link #index} flattens the tasks' geometries and
 * windows into arrays and orders them by id; {@link #join} lays the tasks on a grid and measures only the pairs
 * whose buffered boxes meet ({@link GridJoin}), with the distance JTS gives ({@link TaskGeometries}), so the cost
 * grows with the number of tasks times their neighbours, never with all pairs.
 */
public final class CouplingEngine {

	private static final Comparator<Pair> PAIR_ORDER = Comparator.comparing(Pair::a).thenComparing(Pair::b);
	private static final Comparator<NearMiss> MISS_ORDER = Comparator.comparing(NearMiss::a)
			.thenComparing(NearMiss::b);

	private final CouplingRule rule;

	public CouplingEngine(CouplingRule rule) {
		this.rule = rule;
	}

	public CouplingRule rule() {
		return rule;
	}

	/** Candidates, clusters and near misses of all tasks. */
	public CouplingResult couple(List<Task> tasks) {
		return couple(index(tasks));
	}

	/** Candidates, clusters and near misses of the indexed tasks (the command line times it as "join"). */
	public CouplingResult couple(SpatialIndex spatial) {
		Ordered found = find(spatial);
		return new CouplingResult(spatial.tasks.size(), found.pairs(spatial), found.clusters(spatial),
				found.nearMisses(spatial));
	}

	/** The pairs and near misses of the tasks, without clusters. */
	public Join join(List<Task> tasks) {
		return join(index(tasks));
	}

	/**
	 * The tasks with their geometries in flat arrays, their windows as epoch days and their order by id, built once
	 * (the command line times it as "index").
	 */
	public static final class SpatialIndex {
		private final List<Task> tasks;
		private final TaskGeometries shapes;
		private final int[] earliest;
		private final int[] latest;
		/** {@code byId[r]} is the task with the r-th smallest id; {@code rank} is its inverse. */
		private final int[] byId;
		private final int[] rank;
		/** The id and shareable cost of the task of each rank, at hand for writing pairs. */
		private final String[] idOfRank;
		private final long[] shareOfRank;

		private SpatialIndex(List<Task> tasks) {
			this.tasks = tasks;
			this.shapes = TaskGeometries.of(tasks);
			int n = tasks.size();
			earliest = new int[n];
			latest = new int[n];
			for (int i = 0; i < n; i++) {
				earliest[i] = (int) tasks.get(i).earliestStart().toEpochDay();
				latest[i] = (int) tasks.get(i).latestEnd().toEpochDay();
			}
			byId = orderById(tasks);
			rank = new int[n];
			idOfRank = new String[n];
			shareOfRank = new long[n];
			for (int r = 0; r < n; r++) {
				rank[byId[r]] = r;
				idOfRank[r] = tasks.get(byId[r]).id();
				shareOfRank[r] = tasks.get(byId[r]).shareableCostCents();
			}
		}

		public List<Task> tasks() {
			return tasks;
		}

		private String id(int r) {
			return idOfRank[r];
		}

		private Task task(int r) {
			return tasks.get(byId[r]);
		}
	}

	/** The pairs and near misses of the indexed tasks, sorted (the command line times it as "join"). */
	public Join join(SpatialIndex spatial) {
		Ordered found = find(spatial);
		return new Join(found.pairs(spatial), found.nearMisses(spatial));
	}

	/** Every pair within reach, in ranks (positions in id order), pairs and near misses apart, each sorted. */
	private Ordered find(SpatialIndex spatial) {
		int n = spatial.tasks.size();
		double[] buffer = new double[n];
		for (int i = 0; i < n; i++) {
			buffer[i] = rule.buffer(spatial.tasks.get(i).type());
		}
		GridJoin.Found found = new GridJoin(spatial.shapes, buffer).run();
		// a counting sort on the first rank, pairs and near misses apart
		int[] pairsFrom = new int[n + 1];
		int[] missesFrom = new int[n + 1];
		for (int k = 0; k < found.count; k++) {
			int i = found.a[k];
			int j = found.b[k];
			int first = Math.min(spatial.rank[i], spatial.rank[j]);
			(between(spatial, i, j) >= 0 ? pairsFrom : missesFrom)[first + 1]++;
		}
		for (int r = 0; r < n; r++) {
			pairsFrom[r + 1] += pairsFrom[r];
			missesFrom[r + 1] += missesFrom[r];
		}
		Ordered ordered = new Ordered(pairsFrom[n], missesFrom[n]);
		for (int k = 0; k < found.count; k++) {
			int i = found.a[k];
			int j = found.b[k];
			int first = Math.min(spatial.rank[i], spatial.rank[j]);
			int between = between(spatial, i, j);
			Ordered.Part part = between >= 0 ? ordered.pairs : ordered.misses;
			int slot = (between >= 0 ? pairsFrom : missesFrom)[first]++;
			part.a[slot] = first;
			part.b[slot] = Math.max(spatial.rank[i], spatial.rank[j]);
			part.distance[slot] = found.distance[k];
			part.days[slot] = between >= 0 ? between + 1 : -between - 1;
		}
		ordered.pairs.sortWithinFirst();
		ordered.misses.sortWithinFirst();
		return ordered;
	}

	/** The days from the later start to the earlier end: 0 or more when the windows share a day. */
	private static int between(SpatialIndex spatial, int i, int j) {
		return Math.min(spatial.latest[i], spatial.latest[j]) - Math.max(spatial.earliest[i], spatial.earliest[j]);
	}

	/** Found pairs as ranks, sorted by the first then the second, with their distance and shared or missed days. */
	private static final class Ordered {
		final Part pairs;
		final Part misses;

		Ordered(int pairCount, int missCount) {
			pairs = new Part(pairCount);
			misses = new Part(missCount);
		}

		static final class Part {
			final int[] a;
			final int[] b;
			final double[] distance;
			/** Days both windows cover for a pair, days between them for a near miss. */
			final int[] days;

			Part(int count) {
				a = new int[count];
				b = new int[count];
				distance = new double[count];
				days = new int[count];
			}

			/** Entries arrive grouped by {@code a}; orders each group by {@code b} (groups are a handful long). */
			void sortWithinFirst() {
				for (int k = 1; k < a.length; k++) {
					int m = k;
					while (m > 0 && a[m - 1] == a[m] && b[m - 1] > b[m]) {
						swap(m - 1, m);
						m--;
					}
				}
			}

			private void swap(int p, int q) {
				int t = b[p];
				b[p] = b[q];
				b[q] = t;
				double d = distance[p];
				distance[p] = distance[q];
				distance[q] = d;
				t = days[p];
				days[p] = days[q];
				days[q] = t;
			}
		}

		List<Pair> pairs(SpatialIndex spatial) {
			Pair[] list = new Pair[pairs.a.length];
			for (int k = 0; k < list.length; k++) {
				int a = pairs.a[k];
				int b = pairs.b[k];
				double d = pairs.distance[k];
				list[k] = new Pair(spatial.idOfRank[a], spatial.idOfRank[b], d == 0 ? Severity.HARD : Severity.BUFFER,
						metres(d), pairs.days[k], Math.min(spatial.shareOfRank[a], spatial.shareOfRank[b]));
			}
			return Arrays.asList(list);
		}

		List<NearMiss> nearMisses(SpatialIndex spatial) {
			NearMiss[] list = new NearMiss[misses.a.length];
			for (int k = 0; k < list.length; k++) {
				list[k] = new NearMiss(spatial.id(misses.a[k]), spatial.id(misses.b[k]), metres(misses.distance[k]),
						misses.days[k]);
			}
			return Arrays.asList(list);
		}

		/** The clusters as {@link CouplingEngine#clusters} defines them, over ranks: a group's smallest rank is its first id. */
		List<Cluster> clusters(SpatialIndex spatial) {
			int n = spatial.tasks.size();
			UnionFind sets = new UnionFind(n);
			boolean[] rides = new boolean[n];
			boolean[] coupled = new boolean[n];
			for (int k = 0; k < pairs.a.length; k++) {
				int a = pairs.a[k];
				int b = pairs.b[k];
				sets.union(a, b);
				coupled[a] = true;
				coupled[b] = true;
				if (spatial.task(a).isLargerWorkThan(spatial.task(b))) {
					rides[b] = true;
				}
				else {
					rides[a] = true;
				}
			}
			int[] group = new int[n];
			Arrays.fill(group, -1);
			List<List<String>> members = new ArrayList<>();
			List<long[]> savings = new ArrayList<>();
			for (int r = 0; r < n; r++) {
				if (!coupled[r]) {
					continue;
				}
				int root = sets.find(r);
				if (group[root] < 0) {
					group[root] = members.size();
					members.add(new ArrayList<>());
					savings.add(new long[1]);
				}
				members.get(group[root]).add(spatial.id(r));
				if (rides[r]) {
					savings.get(group[root])[0] += spatial.shareOfRank[r];
				}
			}
			List<Cluster> clusters = new ArrayList<>(members.size());
			for (int g = 0; g < members.size(); g++) {
				clusters.add(new Cluster(members.get(g), savings.get(g)[0]));
			}
			return clusters;
		}

		private static double metres(double distance) {
			return Math.round(distance * 100) / 100.0;
		}
	}

	/** Task indices in the order of their ids; in one pass when the list is already in that order. */
	private static int[] orderById(List<Task> tasks) {
		int n = tasks.size();
		int[] order = new int[n];
		boolean sorted = true;
		for (int i = 0; i < n; i++) {
			order[i] = i;
			sorted &= i == 0 || tasks.get(i - 1).id().compareTo(tasks.get(i).id()) <= 0;
		}
		if (!sorted) {
			Integer[] boxed = new Integer[n];
			for (int i = 0; i < n; i++) {
				boxed[i] = i;
			}
			Arrays.sort(boxed, Comparator.comparing(i -> tasks.get(i).id()));
			for (int i = 0; i < n; i++) {
				order[i] = boxed[i];
			}
		}
		return order;
	}

	/** Pairs and near misses, sorted by {@code a} then {@code b}. */
	public record Join(List<Pair> pairs, List<NearMiss> nearMisses) {
	}

	/**
	 * The pairs and near misses of one task with the given others, for re-evaluating after one task changed
	 * without recomputing a whole municipality; the caller passes the tasks near it (e.g. from a bounding-box
	 * query) or simply all tasks of the neighbourhood.
	 */
	public Join joinOne(Task task, Collection<Task> others) {
		List<Pair> pairs = new ArrayList<>();
		List<NearMiss> misses = new ArrayList<>();
		for (Task other : others) {
			if (!other.id().equals(task.id())) {
				compare(task, other, pairs, misses);
			}
		}
		pairs.sort(PAIR_ORDER);
		misses.sort(MISS_ORDER);
		return new Join(pairs, misses);
	}

	private void compare(Task x, Task y, List<Pair> pairs, List<NearMiss> misses) {
		Optional<CouplingRule.Match> found = rule.match(x, y);
		if (found.isEmpty()) {
			return;
		}
		CouplingRule.Match m = found.get();
		Task a = x.id().compareTo(y.id()) < 0 ? x : y;
		Task b = a == x ? y : x;
		double metres = Math.round(m.distanceMetres() * 100) / 100.0;
		if (m.candidate()) {
			pairs.add(new Pair(a.id(), b.id(), m.severity(), metres, m.overlapDays(),
					Math.min(a.shareableCostCents(), b.shareableCostCents())));
		}
		else {
			misses.add(new NearMiss(a.id(), b.id(), metres, m.gapDays()));
		}
	}

	public static SpatialIndex index(List<Task> tasks) {
		return new SpatialIndex(tasks);
	}

	/**
	 * The connected groups of candidates (union-find over the pairs), each with its potential saving: a task that
	 * has a candidate with a larger shareable cost (on a tie, the larger id counts as larger) rides along on that
	 * work and saves its own shareable cost; the others pay theirs in full.
	 *
	 * @param tasks at least every task named in a pair
	 */
	public static List<Cluster> clusters(Collection<Task> tasks, List<Pair> pairs) {
		Map<String, Integer> index = new HashMap<>();
		List<Task> list = new ArrayList<>(tasks);
		for (int i = 0; i < list.size(); i++) {
			index.put(list.get(i).id(), i);
		}
		UnionFind sets = new UnionFind(list.size());
		boolean[] rides = new boolean[list.size()];
		for (Pair p : pairs) {
			int a = index.get(p.a());
			int b = index.get(p.b());
			sets.union(a, b);
			if (list.get(a).isLargerWorkThan(list.get(b))) {
				rides[b] = true;
			}
			else {
				rides[a] = true;
			}
		}
		Map<Integer, List<Integer>> groups = new HashMap<>();
		for (Pair p : pairs) {
			int a = index.get(p.a());
			groups.computeIfAbsent(sets.find(a), k -> new ArrayList<>());
		}
		for (int i = 0; i < list.size(); i++) {
			List<Integer> group = groups.get(sets.find(i));
			if (group != null) {
				group.add(i);
			}
		}
		List<Cluster> clusters = new ArrayList<>(groups.size());
		for (List<Integer> group : groups.values()) {
			long saving = 0;
			String[] ids = new String[group.size()];
			for (int k = 0; k < ids.length; k++) {
				Task t = list.get(group.get(k));
				ids[k] = t.id();
				if (rides[group.get(k)]) {
					saving += t.shareableCostCents();
				}
			}
			Arrays.sort(ids);
			clusters.add(new Cluster(Arrays.asList(ids), saving));
		}
		clusters.sort(Comparator.comparing(c -> c.tasks().get(0)));
		return clusters;
	}
}
