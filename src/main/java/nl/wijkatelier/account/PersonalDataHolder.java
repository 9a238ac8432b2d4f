package nl.wijkatelier.account;

/**
 * A module that holds personal data about people adds a bean of this kind, so the GDPR export names everything
 * held and an account deletion reaches every module (the account module cannot depend on the others).
 * <p>
 * {@link #erase} runs in the deleting transaction: it removes or anonymises the person's data such that the
 * neighbourhood's figures (households, quantities, contributions, tips) stay exactly the same.
 */
public interface PersonalDataHolder {

	/** The section of the export, e.g. {@code actionSignups}. */
	String section();

	/** Everything this module holds about the person, as plain data (maps, lists, strings, numbers). */
	Object export(DataSubject subject);

	void erase(DataSubject subject);
}
