package nl.wijkatelier.works;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import nl.wijkatelier.shared.UnionFind;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;

/**
 * Finds the coupling candidates, clusters and near misses of a portfolio under a {@link CouplingRule}. Plain
 * Java: the web application and the command line share it. Tasks are put in an STR-tree on their envelopes, and
 * each task is compared only with the tasks whose envelopes come within the largest possible reach, so the cost
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
		Join join = join(tasks);
		return new CouplingResult(tasks.size(), join.pairs(), clusters(tasks, join.pairs()), join.nearMisses());
	}

	/** The pairs and near misses of the tasks, without clusters. */
	public Join join(List<Task> tasks) {
		return join(index(tasks));
	}

	/** The tasks with an STR-tree over their envelopes, built once (the command line times it as "index"). */
	public static final class SpatialIndex {
		private final List<Task> tasks;
		private final STRtree tree;

		private SpatialIndex(List<Task> tasks, STRtree tree) {
			this.tasks = tasks;
			this.tree = tree;
		}

		public List<Task> tasks() {
			return tasks;
		}
	}

	/** The pairs and near misses of the indexed tasks, sorted (the command line times it as "join"). */
	public Join join(SpatialIndex spatial) {
		List<Task> tasks = spatial.tasks;
		STRtree index = spatial.tree;
		double maxBuffer = rule.maxBuffer();
		int chunks = Math.max(1, Math.min(256, tasks.size() / 2000));
		int chunkSize = (tasks.size() + chunks - 1) / Math.max(chunks, 1);
		List<Join> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
			List<Pair> pairs = new ArrayList<>();
			List<NearMiss> misses = new ArrayList<>();
			int end = Math.min(tasks.size(), (c + 1) * chunkSize);
			for (int i = c * chunkSize; i < end; i++) {
				Task a = tasks.get(i);
				if (a.geometry().isEmpty()) {
					continue;
				}
				Envelope reach = new Envelope(a.geometry().get().getEnvelopeInternal());
				reach.expandBy(rule.buffer(a.type()) + maxBuffer);
				int self = i;
				index.query(reach, item -> {
					int j = (Integer) item;
					if (j > self) {
						compare(a, tasks.get(j), pairs, misses);
					}
				});
			}
			return new Join(pairs, misses);
		}).toList();
		List<Pair> pairs = new ArrayList<>();
		List<NearMiss> misses = new ArrayList<>();
		for (Join part : parts) {
			pairs.addAll(part.pairs());
			misses.addAll(part.nearMisses());
		}
		pairs.sort(PAIR_ORDER);
		misses.sort(MISS_ORDER);
		return new Join(pairs, misses);
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
		STRtree index = new STRtree();
		for (int i = 0; i < tasks.size(); i++) {
			Task t = tasks.get(i);
			if (t.geometry().isPresent()) {
				index.insert(t.geometry().get().getEnvelopeInternal(), i);
			}
		}
		index.build();
		return new SpatialIndex(tasks, index);
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
