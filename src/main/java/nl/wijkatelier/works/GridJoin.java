package nl.wijkatelier.works;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The spatial self-join of the coupling engine: every pair of tasks whose geometries lie within the sum of their
 * buffers, each found once, with its distance and the days its windows share or miss by.
 * <p>
 * Each task's box, widened by its own buffer, is laid on a uniform grid. Two tasks can be within reach only when
 * their widened boxes meet, and a pair is examined only in the one cell that holds the lower-left corner of where
 * they meet, so no pair is found twice and no set of pairs is kept to weed out repeats. A task whose widened box
 * covers more than {@link #MAX_CELLS_PER_TASK} cells is not laid on the grid but visits the cells it covers (and
 * the other such tasks), so one huge polygon costs its area once instead of filling the grid. The cells are
 * shared out over the processors. The cell size follows the data: about the size of a typical widened box.
 */
final class GridJoin {

	static final int MAX_CELLS_PER_TASK = 16;
	/** At most this many cells, whatever the spread of the data, so the grid's arrays stay small. */
	private static final long MAX_CELLS = 1 << 22;
	/** Widening beyond the buffer, so rounding never drops a pair exactly at the reach. */
	private static final double MARGIN = 1e-6;

	private final TaskGeometries shapes;
	private final double[] buffer;
	private final double[] x0;
	private final double[] y0;
	private final double[] x1;
	private final double[] y1;
	private double originX;
	private double originY;
	private double cell;
	private int columns;
	private int rows;
	/** Tasks on the grid, cell by cell: cell {@code c} holds {@code entries[cellStart[c] .. cellStart[c + 1])}. */
	private int[] cellStart;
	private int[] entries;
	private int[] large;

	/** @param buffer each task's buffer in metres */
	GridJoin(TaskGeometries shapes, double[] buffer) {
		this.shapes = shapes;
		this.buffer = buffer;
		int n = shapes.size();
		x0 = new double[n];
		y0 = new double[n];
		x1 = new double[n];
		y1 = new double[n];
		for (int i = 0; i < n; i++) {
			if (shapes.present(i)) {
				double widen = buffer[i] + MARGIN;
				x0[i] = shapes.minX(i) - widen;
				y0[i] = shapes.minY(i) - widen;
				x1[i] = shapes.maxX(i) + widen;
				y1[i] = shapes.maxY(i) + widen;
			}
		}
	}

	/** What the join found: parallel arrays, one entry per pair within reach, in no particular order. */
	static final class Found {
		int count;
		int[] a = new int[256];
		int[] b = new int[256];
		double[] distance = new double[256];

		void add(int i, int j, double d) {
			if (count == a.length) {
				a = Arrays.copyOf(a, count * 2);
				b = Arrays.copyOf(b, count * 2);
				distance = Arrays.copyOf(distance, count * 2);
			}
			a[count] = i;
			b[count] = j;
			distance[count] = d;
			count++;
		}

		void addAll(Found other) {
			for (int k = 0; k < other.count; k++) {
				add(other.a[k], other.b[k], other.distance[k]);
			}
		}
	}

	/** Every pair within reach, each once (task indices, distance in metres). */
	Found run() {
		layOut();
		int cells = columns * rows;
		int parts = Math.max(1, Math.min(64, cells / 256));
		List<Found> found = IntStream.range(0, parts + 1).parallel().mapToObj(part -> {
			Found out = new Found();
			TaskGeometries.Scratch scratch = new TaskGeometries.Scratch();
			if (part < parts) {
				long from = (long) cells * part / parts;
				long to = (long) cells * (part + 1) / parts;
				for (int c = (int) from; c < to; c++) {
					joinCell(c, out, scratch);
				}
			}
			else {
				joinLarge(out, scratch);
			}
			return out;
		}).toList();
		Found all = new Found();
		for (Found f : found) {
			all.addAll(f);
		}
		return all;
	}

	private int column(double x) {
		return Math.min(columns - 1, Math.max(0, (int) ((x - originX) / cell)));
	}

	private int row(double y) {
		return Math.min(rows - 1, Math.max(0, (int) ((y - originY) / cell)));
	}

	/** Chooses the cell size and fills the grid with every task that covers few cells. */
	private void layOut() {
		int n = shapes.size();
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		int present = 0;
		for (int i = 0; i < n; i++) {
			if (shapes.present(i)) {
				present++;
				minX = Math.min(minX, x0[i]);
				minY = Math.min(minY, y0[i]);
				maxX = Math.max(maxX, x1[i]);
				maxY = Math.max(maxY, y1[i]);
			}
		}
		originX = present == 0 ? 0 : minX;
		originY = present == 0 ? 0 : minY;
		cell = cellSize(present);
		double width = Math.max(maxX - minX, 0);
		double height = Math.max(maxY - minY, 0);
		while (present > 0 && (Math.floor(width / cell) + 1) * (Math.floor(height / cell) + 1) > MAX_CELLS) {
			cell *= 2;
		}
		columns = present == 0 ? 1 : (int) Math.floor(width / cell) + 1;
		rows = present == 0 ? 1 : (int) Math.floor(height / cell) + 1;
		int[] counts = new int[columns * rows + 1];
		int[] largeTasks = new int[16];
		int largeCount = 0;
		for (int i = 0; i < n; i++) {
			if (!shapes.present(i)) {
				continue;
			}
			int c0 = column(x0[i]);
			int c1 = column(x1[i]);
			int r0 = row(y0[i]);
			int r1 = row(y1[i]);
			if ((long) (c1 - c0 + 1) * (r1 - r0 + 1) > MAX_CELLS_PER_TASK) {
				if (largeCount == largeTasks.length) {
					largeTasks = Arrays.copyOf(largeTasks, largeCount * 2);
				}
				largeTasks[largeCount++] = i;
				continue;
			}
			for (int r = r0; r <= r1; r++) {
				for (int c = c0; c <= c1; c++) {
					counts[r * columns + c + 1]++;
				}
			}
		}
		large = Arrays.copyOf(largeTasks, largeCount);
		for (int c = 0; c < columns * rows; c++) {
			counts[c + 1] += counts[c];
		}
		cellStart = counts;
		entries = new int[counts[columns * rows]];
		int[] fill = Arrays.copyOf(counts, columns * rows);
		int next = 0;
		for (int i = 0; i < n; i++) {
			if (!shapes.present(i)) {
				continue;
			}
			if (next < largeCount && large[next] == i) {
				next++;
				continue;
			}
			int c0 = column(x0[i]);
			int c1 = column(x1[i]);
			int r0 = row(y0[i]);
			int r1 = row(y1[i]);
			for (int r = r0; r <= r1; r++) {
				for (int c = c0; c <= c1; c++) {
					entries[fill[r * columns + c]++] = i;
				}
			}
		}
	}

	/**
	 * About the median side of the widened boxes (from a sample), at least 1 m: most tasks then cover one to four
	 * cells, and a cell holds few tasks.
	 */
	private double cellSize(int present) {
		if (present == 0) {
			return 1;
		}
		int n = shapes.size();
		int step = Math.max(1, n / 4096);
		double[] sides = new double[(n + step - 1) / step];
		int count = 0;
		for (int i = 0; i < n; i += step) {
			if (shapes.present(i)) {
				sides[count++] = Math.max(x1[i] - x0[i], y1[i] - y0[i]);
			}
		}
		if (count == 0) {
			return Math.max(1, Math.max(x1[firstPresent()] - x0[firstPresent()], y1[firstPresent()] - y0[firstPresent()]));
		}
		Arrays.sort(sides, 0, count);
		return Math.max(1, sides[count / 2]);
	}

	private int firstPresent() {
		for (int i = 0; i < shapes.size(); i++) {
			if (shapes.present(i)) {
				return i;
			}
		}
		return 0;
	}

	/** The pairs that meet first in cell {@code c}. */
	private void joinCell(int c, Found out, TaskGeometries.Scratch scratch) {
		int from = cellStart[c];
		int to = cellStart[c + 1];
		int column = c % columns;
		int row = c / columns;
		for (int p = from; p < to; p++) {
			int i = entries[p];
			double ix0 = x0[i];
			double iy0 = y0[i];
			double ix1 = x1[i];
			double iy1 = y1[i];
			for (int q = p + 1; q < to; q++) {
				int j = entries[q];
				if (x0[j] > ix1 || x1[j] < ix0 || y0[j] > iy1 || y1[j] < iy0) {
					continue;
				}
				if (column(Math.max(ix0, x0[j])) != column || row(Math.max(iy0, y0[j])) != row) {
					continue;
				}
				measure(i, j, out, scratch);
			}
		}
	}

	/** The pairs of the tasks that cover many cells: with the tasks in the cells they cover, and with each other. */
	private void joinLarge(Found out, TaskGeometries.Scratch scratch) {
		for (int k = 0; k < large.length; k++) {
			int i = large[k];
			int c0 = column(x0[i]);
			int c1 = column(x1[i]);
			int r0 = row(y0[i]);
			int r1 = row(y1[i]);
			for (int r = r0; r <= r1; r++) {
				for (int c = c0; c <= c1; c++) {
					int cellIndex = r * columns + c;
					for (int p = cellStart[cellIndex]; p < cellStart[cellIndex + 1]; p++) {
						int j = entries[p];
						if (x0[j] > x1[i] || x1[j] < x0[i] || y0[j] > y1[i] || y1[j] < y0[i]) {
							continue;
						}
						if (column(Math.max(x0[i], x0[j])) != c || row(Math.max(y0[i], y0[j])) != r) {
							continue;
						}
						measure(i, j, out, scratch);
					}
				}
			}
			for (int m = k + 1; m < large.length; m++) {
				int j = large[m];
				if (x0[j] > x1[i] || x1[j] < x0[i] || y0[j] > y1[i] || y1[j] < y0[i]) {
					continue;
				}
				measure(i, j, out, scratch);
			}
		}
	}

	private void measure(int i, int j, Found out, TaskGeometries.Scratch scratch) {
		double reach = buffer[i] + buffer[j];
		if (shapes.boxesBeyond(i, j, reach)) {
			return;
		}
		double d = shapes.distance(i, j, reach, scratch);
		if (d <= reach) {
			out.add(i, j, d);
		}
	}
}
