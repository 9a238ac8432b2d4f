package nl.wijkatelier.atelier;

/** What a contribution to question 2 is; contributions to the other questions have no kind. */
public enum ContributionKind {
	OPPORTUNITY, CHALLENGE, TOUGH_QUESTION;

	public String messageKey() {
		return "contribution.kind." + name();
	}
}
