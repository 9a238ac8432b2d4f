package nl.wijkatelier.support;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.account.Accounts;
import nl.wijkatelier.account.ApiTokens;
import nl.wijkatelier.account.UserAccount;
import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;

/**
 * Makes people with roles for tests, each with a unique e-mail address, and their API tokens. Imported into
 * the test context by {@link TestBeans}.
 */
@Component
public class People {

	public static final String PASSWORD = "correct horse battery";
	public static final String ADMIN_EMAIL = "admin@wijkatelier.test";
	public static final String ADMIN_PASSWORD = "test-admin-password";

	/** A person made for a test: their account, the password {@link #PASSWORD} and an API token. */
	public record Person(UserAccount account, String email, String token) {
	}

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final Memberships memberships;
	private final TransactionTemplate tx;

	People(Accounts accounts, ApiTokens tokens, Memberships memberships, TransactionTemplate tx) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.memberships = memberships;
		this.tx = tx;
	}

	public Person admin() {
		return tx.execute(status -> {
			UserAccount account = accounts.byEmail(ADMIN_EMAIL).orElseThrow();
			return new Person(account, ADMIN_EMAIL, tokens.issue(account.id(), "test").secret());
		});
	}

	public Person withoutRole() {
		return make(null, null, null);
	}

	public Person facilitator(NeighbourhoodId neighbourhood) {
		return make(Membership.Role.FACILITATOR, neighbourhood, null);
	}

	public Person resident(NeighbourhoodId neighbourhood) {
		return make(Membership.Role.RESIDENT, neighbourhood, null);
	}

	public Person officer(PartyId party) {
		return make(Membership.Role.OFFICER, null, party);
	}

	private Person make(Membership.Role role, NeighbourhoodId neighbourhood, PartyId party) {
		return tx.execute(status -> {
			String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
			UserAccount account = accounts.register(email, "Test " + email.substring(7, 15), PASSWORD, false);
			if (role != null) {
				memberships.join(account.id(), role, Optional.ofNullable(neighbourhood), Optional.ofNullable(party));
			}
			return new Person(account, email, tokens.issue(account.id(), "test").secret());
		});
	}
}
