package nl.wijkatelier.planning;

import java.util.List;

/**
 * A hard rule that a schedule breaks, with the tasks involved.
 *
 * @param rule {@code window} (runs outside [earliestStart, latestEnd]), {@code pinned} (not on its pinned date),
 *        {@code dependency} (starts before a task it depends on has ended), {@code budget} (a pot's spending in
 *        a year exceeds that year's amount), {@code deadline} (spends from a pot after its deadline), {@code agreed} (the tasks of an agreed package
 *        share no running day) or
 *        {@code grid} (no start on the grid fits the window)
 * @param tasks ids of the tasks involved, in a stable order
 * @param detail a short English explanation with the figures, for reports and the command line
 */
public record Conflict(String rule, List<String> tasks, String detail) {

	public Conflict {
		tasks = List.copyOf(tasks);
	}

	public String describe() {
		return rule + ": " + String.join(", ", tasks) + " — " + detail;
	}
}
