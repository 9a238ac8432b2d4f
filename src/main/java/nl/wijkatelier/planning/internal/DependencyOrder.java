package nl.wijkatelier.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The dependencies between tasks, looked up both ways, and the order in which the construction phase places the
 * tasks: every task after all it depends on (Kahn's order); among the tasks ready, the one with the fewest allowed
 * starts first (a task with a narrow window has the fewest ways around a full year), then by preferred (or
 * earliest) start, then by position. The order is the same for the same tasks and dependencies.
 */
final class DependencyOrder {

	private final List<TaskStart> tasks;
	private final List<List<TaskStart>> before = new ArrayList<>();
	private final List<List<TaskStart>> after = new ArrayList<>();

	DependencyOrder(List<TaskStart> tasks, List<DependencyLink> links) {
		this.tasks = tasks;
		for (int i = 0; i < tasks.size(); i++) {
			before.add(new ArrayList<>());
			after.add(new ArrayList<>());
		}
		for (DependencyLink link : links) {
			before.get(link.after()).add(tasks.get(link.before()));
			after.get(link.before()).add(tasks.get(link.after()));
		}
	}

	/** The tasks that must end before this one starts. */
	List<TaskStart> before(TaskStart task) {
		return before.get(task.getIndex());
	}

	/** The tasks that may start only after this one ends. */
	List<TaskStart> after(TaskStart task) {
		return after.get(task.getIndex());
	}

	/** Every task after all it depends on; shorter than the task list when the dependencies have a cycle. */
	List<TaskStart> order() {
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
			waiting[task.getIndex()] = before(task).size();
			if (waiting[task.getIndex()] == 0) {
				ready.add(task);
			}
		}
		List<TaskStart> order = new ArrayList<>(n);
		while (!ready.isEmpty()) {
			TaskStart task = ready.poll();
			order.add(task);
			for (TaskStart next : after(task)) {
				if (--waiting[next.getIndex()] == 0) {
					ready.add(next);
				}
			}
		}
		return order;
	}

	/**
	 * Per task position, the latest start (an epoch day) that leaves every task after it room to start by its own
	 * latest: a pinned task's is its date, another's at most its last allowed start and at least its duration
	 * before the latest start of each task after it.
	 *
	 * @param order {@link #order()}, complete (no cycle)
	 */
	long[] latestStarts(List<TaskStart> order) {
		long[] latest = new long[tasks.size()];
		for (int k = order.size() - 1; k >= 0; k--) {
			TaskStart task = order.get(k);
			long bound = task.getStarts().get(task.getStarts().size() - 1);
			for (TaskStart next : after(task)) {
				bound = Math.min(bound, latest[next.getIndex()] - task.getDurationDays());
			}
			latest[task.getIndex()] = task.isPinned() ? task.getStart() : bound;
		}
		return latest;
	}
}
