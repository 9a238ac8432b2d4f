package nl.wijkatelier.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The platform's one crypto helper, on the JDK alone: random tokens for links and the API, the hashes they are
 * stored under, keyed hashes, HKDF (RFC 5869, HMAC-SHA256) for secrets derived from a server-side secret, and
 * sealing (AES-256-GCM) of a value that must be given back later.
 */
public final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String HMAC = "HmacSHA256";
	private static final int IV_BYTES = 12;
	private static final int TAG_BITS = 128;

	private Tokens() {
	}

	/** A URL-safe random token with 256 bits of entropy behind a short prefix that says what it is for. */
	public static String newToken(String prefix) {
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
	}

	public static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * Hex SHA-256 of the text: the look-up hash of a 256-bit random token, which needs no salt or slow hash. Not
	 * for guessable text: use {@link #keyedHash}.
	 */
	public static String hash(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8(text)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Hex HMAC-SHA256 of the text under the key: for low-entropy data (a client address, a postcode with house
	 * number) that must be compared but not be recoverable by trying every value without the key.
	 */
	public static String keyedHash(byte[] key, String text) {
		return HexFormat.of().formatHex(hmac(key, utf8(text)));
	}

	/**
	 * HKDF (RFC 5869) with HMAC-SHA256: extract a pseudo-random key from {@code secret} under {@code salt}, then
	 * expand it to {@code length} bytes for the purpose named by {@code info}. Different {@code info} gives
	 * independent keys; nobody without {@code secret} can compute any of them.
	 *
	 * @param salt may be empty (then 32 zero bytes, as the RFC says)
	 * @param length 1 to 8160 bytes (255 blocks of 32)
	 */
	public static byte[] hkdf(byte[] secret, byte[] salt, byte[] info, int length) {
		if (length < 1 || length > 255 * 32) {
			throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes, not " + length);
		}
		byte[] prk = hmac(salt.length == 0 ? new byte[32] : salt, secret);
		byte[] out = new byte[length];
		byte[] block = new byte[0];
		int done = 0;
		for (int i = 1; done < length; i++) {
			ByteBuffer input = ByteBuffer.allocate(block.length + info.length + 1);
			input.put(block).put(info).put((byte) i);
			block = hmac(prk, input.array());
			int n = Math.min(block.length, length - done);
			System.arraycopy(block, 0, out, done, n);
			done += n;
		}
		Arrays.fill(prk, (byte) 0);
		return out;
	}

	/** Seals the text under a 256-bit key: random IV, AES-GCM (the tag refuses any change), Base64. */
	public static String seal(byte[] key, String text) {
		try {
			byte[] iv = randomBytes(IV_BYTES);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(utf8(text));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
					.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/** The text {@link #seal} sealed under this key; empty when the key is another or the text was changed. */
	public static Optional<String> unseal(byte[] key, String sealed) {
		try {
			byte[] all = Base64.getDecoder().decode(sealed);
			if (all.length <= IV_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
					new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance(HMAC);
			mac.init(new SecretKeySpec(key, HMAC));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	public static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
