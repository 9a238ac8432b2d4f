package nl.wijkatelier.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens for links and the API, and the hashes under which they are stored. */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A URL-safe random token with 256 bits of entropy, behind a short prefix that says what it is for. */
	static String newToken(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Hex SHA-256 of the token: enough for a 256-bit random token, which needs no salt or slow hash. */
	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private Secrets() {
	}
}
