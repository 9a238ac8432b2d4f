package nl.wijkatelier.planning;

import java.util.List;

/** A portfolio that cannot be planned, with every task fault found; nothing was planned. */
public class PlanInputException extends RuntimeException {

	private final List<PlanInputError> errors;

	public PlanInputException(List<PlanInputError> errors) {
		super(errors.size() + " planning input errors, first: " + (errors.isEmpty() ? "" : errors.get(0)));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("a planning input failure needs at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public List<PlanInputError> errors() {
		return errors;
	}
}
