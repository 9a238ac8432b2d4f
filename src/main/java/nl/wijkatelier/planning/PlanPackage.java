package nl.wijkatelier.planning;

import java.util.List;

/**
 * A connected group of joined tasks in a schedule (at least two).
 *
 * @param tasks ids, sorted
 * @param riders the ids of the tasks in it that ride along and save their shareable cost, sorted
 * @param savingCents what its riders save, in euro cents
 */
public record PlanPackage(List<String> tasks, List<String> riders, long savingCents) {

	public PlanPackage {
		tasks = List.copyOf(tasks);
		riders = List.copyOf(riders);
	}
}
