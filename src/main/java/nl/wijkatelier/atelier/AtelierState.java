package nl.wijkatelier.atelier;

/**
 * The life of an atelier. Participants may join and contribute only while it is {@link #OPEN}; the report is
 * public only once it is {@link #PUBLISHED}. The states follow each other in this order and never go back.
 */
public enum AtelierState {
	DRAFT, OPEN, CLOSED, PUBLISHED;

	public String messageKey() {
		return "atelier.state." + name();
	}
}
