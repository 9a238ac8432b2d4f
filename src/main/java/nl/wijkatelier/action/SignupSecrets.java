package nl.wijkatelier.action;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.wijkatelier.action.internal.SignupRepository;
import nl.wijkatelier.platform.ServerSecret;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.Tokens;

/**
 * The secrets of sign-ups: manage links (random 256-bit tokens, stored as their SHA-256 for look-up), the sealed
 * copy of a manage token that answers a repeated request, and the keyed hashes of a client address and of a
 * postcode with house number. Every key is derived (HKDF) from the {@link ServerSecret}, so a copy of the database
 * alone unseals nothing and cannot test guesses against the keyed hashes.
 */
@Component
class SignupSecrets {

	/** Marks a seal under a key derived from the server secret; seals from before carry no mark and are not kept. */
	private static final String SEALED = "v2:";
	private static final int TOKEN_MAX = 100;

	private final ServerSecret serverSecret;
	private final SignupRepository signups;

	SignupSecrets(ServerSecret serverSecret, SignupRepository signups) {
		this.serverSecret = serverSecret;
		this.signups = signups;
	}

	static String newManageToken() {
		return Tokens.newToken("wam_");
	}

	static String newConfirmToken() {
		return Tokens.newToken("wac_");
	}

	/** The look-up hash of a random token, or of an idempotency scope ({@code action:key}). */
	static String hash(String text) {
		return Tokens.hash(text);
	}

	/**
	 * The manage token sealed for a repeat of the same request: under a key derived from the server secret and the
	 * scope ({@code action:Idempotency-Key}), so unsealing needs both.
	 */
	String seal(String manageToken, String scope) {
		return SEALED + Tokens.seal(sealingKey(scope), manageToken);
	}

	/** The token {@link #seal} sealed for this scope; empty for a seal from before the server secret. */
	Optional<String> unseal(String sealed, String scope) {
		if (sealed == null || !sealed.startsWith(SEALED)) {
			return Optional.empty();
		}
		return Tokens.unseal(sealingKey(scope), sealed.substring(SEALED.length()));
	}

	private byte[] sealingKey(String scope) {
		return serverSecret.derive("manage-token seal|" + scope);
	}

	/**
	 * The keyed hash of low-entropy personal data for one action (a client address, an address); empty once the
	 * action's personal data is removed. The caller holds the action's row lock.
	 */
	Optional<String> keyedHash(Action action, String text) {
		return action.clientKey().map(key -> Tokens.keyedHash(action.clientKeyDerived()
				? serverSecret.derive("action keyed hash|" + key)
				: Tokens.utf8(key), text));
	}

	/**
	 * The keyed hash of the household's normalised postcode and house number under the one-per-address rule;
	 * empty when the action has no such rule. The details have been checked; the caller holds the row lock.
	 */
	Optional<String> addressKey(Action action, SignupDetails details) {
		if (!action.rules().onePerAddress()) {
			return Optional.empty();
		}
		String postcode = details.postcode().orElseThrow().toUpperCase(Locale.ROOT).replace(" ", "");
		String number = details.houseNumber().orElseThrow().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return keyedHash(action, "address:" + postcode + "|" + number);
	}

	/** The sign-up behind a manage link; not found for an unknown, blank or overlong token. */
	Signup signup(String manageToken) {
		if (manageToken == null || manageToken.isBlank() || manageToken.length() > TOKEN_MAX) {
			throw new NotFoundException("signup", "");
		}
		return signups.findByManageTokenHash(hash(manageToken.trim()))
				.orElseThrow(() -> new NotFoundException("signup", ""));
	}
}
