package nl.wijkatelier.shared;

/**
 * Disjoint sets over the elements {@code 0 … n − 1} (path halving; the smaller root becomes the parent, so each
 * set is represented by its smallest element). Used wherever tasks are grouped into packages.
 */
public final class UnionFind {

	private final int[] parent;

	public UnionFind(int n) {
		parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
	}

	/** The representative of {@code i}'s set: its smallest element. */
	public int find(int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** Joins the sets of {@code a} and {@code b}; whether they were apart. */
	public boolean union(int a, int b) {
		int ra = find(a);
		int rb = find(b);
		if (ra == rb) {
			return false;
		}
		parent[Math.max(ra, rb)] = Math.min(ra, rb);
		return true;
	}
}
