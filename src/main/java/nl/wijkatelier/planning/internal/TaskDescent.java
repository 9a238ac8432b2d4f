package nl.wijkatelier.planning.internal;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The first descent phase: each unpinned task in turn moves to its best start given all other tasks
 * ({@link PartialSchedule#bestStart}), when that start keeps the hard rules and gains more than where it is (or
 * where it is breaks one). Never lowers the objective, nor makes a schedule that keeps the hard rules break one.
 */
final class TaskDescent {

	private final PartialSchedule schedule;
	private final BooleanSupplier stop;

	/** @param stop polled before each task; once it answers true the remaining tasks stay where they are */
	TaskDescent(PartialSchedule schedule, BooleanSupplier stop) {
		this.schedule = schedule;
		this.stop = stop;
	}

	/**
	 * One round over the tasks in {@code order}.
	 *
	 * @return whether any task moved
	 */
	boolean round(List<TaskStart> order) {
		boolean moved = false;
		for (TaskStart task : order) {
			if (task.isPinned() || stop.getAsBoolean()) {
				continue;
			}
			int was = task.getStart();
			schedule.unplace(task);
			boolean fitted = schedule.fits(task, was);
			long now = schedule.gain(task, was);
			int start = schedule.bestStart(task);
			if (start != was && schedule.fits(task, start) && (!fitted || schedule.gain(task, start) > now)) {
				schedule.place(task, start);
				moved = true;
			}
			else {
				schedule.place(task, was);
			}
		}
		return moved;
	}
}
