package nl.wijkatelier.works;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks of the "must finish before" relation between tasks. */
public final class Dependencies {

	private Dependencies() {
	}

	/** One cycle in the dependencies, as ids from a task back to itself, or empty when there is none. */
	public static Optional<List<String>> cycle(List<Task> tasks) {
		Map<String, Task> byId = new HashMap<>();
		tasks.forEach(t -> byId.put(t.id(), t));
		Map<String, Integer> state = new HashMap<>();
		for (Task task : tasks) {
			if (state.getOrDefault(task.id(), 0) == 0) {
				Optional<List<String>> found = visit(task.id(), byId, state);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** Iterative depth-first search (1 = on the stack, 2 = done), so long chains do not overflow the stack. */
	private static Optional<List<String>> visit(String start, Map<String, Task> byId, Map<String, Integer> state) {
		List<String> path = new ArrayList<>();
		List<Integer> next = new ArrayList<>();
		path.add(start);
		next.add(0);
		state.put(start, 1);
		while (!path.isEmpty()) {
			int top = path.size() - 1;
			Task task = byId.get(path.get(top));
			List<String> deps = task == null ? List.of() : task.dependsOn();
			int i = next.get(top);
			if (i >= deps.size()) {
				state.put(path.remove(top), 2);
				next.remove(top);
				continue;
			}
			next.set(top, i + 1);
			String dep = deps.get(i);
			int s = state.getOrDefault(dep, 0);
			if (s == 1) {
				List<String> cycle = new ArrayList<>(path.subList(path.indexOf(dep), path.size()));
				cycle.add(dep);
				return Optional.of(Collections.unmodifiableList(cycle));
			}
			if (s == 0 && byId.containsKey(dep)) {
				state.put(dep, 1);
				path.add(dep);
				next.add(0);
			}
		}
		return Optional.empty();
	}
}
