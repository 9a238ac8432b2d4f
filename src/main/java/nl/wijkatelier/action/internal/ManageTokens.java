package nl.wijkatelier.action.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The private manage links of sign-ups. The token is random (256 bits) and stored only as a SHA-256 hash for
 * look-up, plus sealed (AES-GCM) under a key derived from the action and the request's idempotency key: a repeat
 * of the same request can be answered with the same token, and nobody without that key can recover it.
 */
public final class ManageTokens {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final int IV_BYTES = 12;

	public static String newToken() {
		return newToken("wam_");
	}

	/** A URL-safe random token with 256 bits of entropy behind a prefix that says what it is for. */
	public static String newToken(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Hex SHA-256 of the text; enough for 256-bit random tokens and for idempotency keys scoped to an action. */
	public static String hash(String text) {
		return HexFormat.of().formatHex(sha256(text));
	}

	/**
	 * Hex HMAC-SHA256 of the text under the key: for low-entropy personal data (a client address, a postcode with
	 * house number) that must be compared but not be recoverable by trying every value without the key.
	 */
	public static String keyedHash(String key, String text) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	public static String seal(String token, String scope) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, scope, iv);
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			byte[] all = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, all, 0, iv.length);
			System.arraycopy(sealed, 0, all, iv.length, sealed.length);
			return Base64.getEncoder().encodeToString(all);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	public static String unseal(String sealed, String scope) {
		try {
			byte[] all = Base64.getDecoder().decode(sealed);
			byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, scope, iv);
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("sealed manage token does not match its idempotency key", ex);
		}
	}

	private static Cipher cipher(int mode, String scope, byte[] iv) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(sha256("wijkatelier-manage-token:" + scope), "AES"),
				new GCMParameterSpec(128, iv));
		return cipher;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private ManageTokens() {
	}
}
