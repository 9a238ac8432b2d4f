package nl.wijkatelier.planning.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

/** Gives one or more tasks a new start at once (a pair that moves together stays joined). */
final class StartsMove extends AbstractMove<PlanSolution> {

	private final TaskStart[] tasks;
	private final int[] starts;

	StartsMove(TaskStart[] tasks, int[] starts) {
		this.tasks = tasks;
		this.starts = starts;
	}

	static StartsMove of(TaskStart task, int start) {
		return new StartsMove(new TaskStart[] {task}, new int[] {start});
	}

	@Override
	public boolean isMoveDoable(ScoreDirector<PlanSolution> scoreDirector) {
		for (int i = 0; i < tasks.length; i++) {
			if (tasks[i].isPinned()) {
				return false;
			}
		}
		for (int i = 0; i < tasks.length; i++) {
			if (tasks[i].getStart() != starts[i]) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doMoveOnGenuineVariables(ScoreDirector<PlanSolution> scoreDirector) {
		for (int i = 0; i < tasks.length; i++) {
			scoreDirector.beforeVariableChanged(tasks[i], "start");
			tasks[i].setStart(starts[i]);
			scoreDirector.afterVariableChanged(tasks[i], "start");
		}
	}

	@Override
	public Collection<?> getPlanningEntities() {
		return Arrays.asList(tasks);
	}

	@Override
	public Collection<?> getPlanningValues() {
		return Arrays.stream(starts).boxed().toList();
	}

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < tasks.length; i++) {
			text.append(i == 0 ? "" : ", ").append(tasks[i].getId()).append(" -> ").append(starts[i]);
		}
		return text.toString();
	}

	List<TaskStart> tasks() {
		return List.of(tasks);
	}
}
