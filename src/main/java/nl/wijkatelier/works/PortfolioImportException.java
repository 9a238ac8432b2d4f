package nl.wijkatelier.works;

import java.util.List;

/** A file that cannot be imported, with every reason found; nothing of it was taken in. */
public class PortfolioImportException extends RuntimeException {

	private final List<ImportError> errors;

	public PortfolioImportException(List<ImportError> errors) {
		super(errors.size() + " import errors, first: " + (errors.isEmpty() ? "" : errors.get(0)));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("an import failure needs at least one error");
		}
		this.errors = List.copyOf(errors);
	}

	public List<ImportError> errors() {
		return errors;
	}
}
