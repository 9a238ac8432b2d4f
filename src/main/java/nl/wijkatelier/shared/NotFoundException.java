package nl.wijkatelier.shared;

/** The object a caller named does not exist, or is not theirs to see; answered as 404. */
public class NotFoundException extends RuntimeException {

	private final String kind;

	public NotFoundException(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.kind = kind;
	}

	/** What was looked for, e.g. {@code neighbourhood}. */
	public String kind() {
		return kind;
	}
}
