package nl.wijkatelier.planning;

import java.util.List;

/** No schedule meets every hard rule; the conflicts name the rules and tasks that stand in each other's way. */
public class NoScheduleException extends RuntimeException {

	private final List<Conflict> conflicts;

	public NoScheduleException(List<Conflict> conflicts) {
		super("no schedule meets the hard rules: " + conflicts.size() + " conflict(s)");
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> conflicts() {
		return conflicts;
	}
}
