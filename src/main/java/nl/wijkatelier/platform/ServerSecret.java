package nl.wijkatelier.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkatelier.shared.Tokens;

/**
 * The server-side secret every derived secret comes from (manage-token sealing keys, the keys of keyed hashes of
 * client addresses and postcodes): {@link #derive} runs HKDF (RFC 5869, HMAC-SHA256) over it, one purpose per
 * key. Someone who reads the database alone cannot compute any of them when the secret is configured.
 * <p>
 * Where it comes from, first match wins:
 * <ol>
 * <li>{@code wijkatelier.secret} (environment variable {@code WIJKATELIER_SECRET}): at least 32 characters,
 * for instance {@code openssl rand -base64 48}. Recommended in production: kept outside the database, so a copy of
 * the database (a backup, a leaked dump) does not carry it.</li>
 * <li>Otherwise 256 random bits generated on first start and kept in the table {@code server_secret}. Several
 * instances starting together on an empty database end with the same one: each inserts its own only if none is
 * there, the primary key refuses all but the first, and each then reads back the one that was stored.</li>
 * </ol>
 * Changing the secret changes every derived key: sealed manage tokens can no longer be given back to a repeated
 * request (the manage links themselves keep working), and the one-per-address rule and client groups start afresh.
 */
@Component
public class ServerSecret {

	/** The least a configured secret may have, in characters: 32 Base64 characters are 192 bits. */
	static final int MIN_CONFIGURED_LENGTH = 32;

	private static final byte[] SALT = Tokens.utf8("wijkatelier server secret v1");
	private static final String NAME = "server";

	private final JdbcClient jdbc;
	private final TransactionTemplate separately;
	private final Optional<byte[]> configured;
	private volatile byte[] secret;

	ServerSecret(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${wijkatelier.secret:}") String configured) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String text = configured == null ? "" : configured.strip();
		if (!text.isEmpty() && text.length() < MIN_CONFIGURED_LENGTH) {
			throw new IllegalStateException("wijkatelier.secret (WIJKATELIER_SECRET) must have at least "
					+ MIN_CONFIGURED_LENGTH + " characters; generate one with: openssl rand -base64 48");
		}
		this.configured = text.isEmpty() ? Optional.empty() : Optional.of(Tokens.utf8(text));
	}

	/** Settles the secret at start, so the first request does not race for it. */
	@EventListener(ApplicationReadyEvent.class)
	void settle() {
		secret();
	}

	/**
	 * A key of {@code length} bytes for one purpose, e.g. {@code "manage-token seal|" + scope}: HKDF-SHA256 of the
	 * server secret with {@code purpose} as its info. The same purpose gives the same key on every instance.
	 */
	public byte[] derive(String purpose, int length) {
		return Tokens.hkdf(secret(), SALT, Tokens.utf8(purpose), length);
	}

	/** A 256-bit key for one purpose, as {@link #derive(String, int)}. */
	public byte[] derive(String purpose) {
		return derive(purpose, 32);
	}

	private byte[] secret() {
		byte[] known = secret;
		if (known == null) {
			known = configured.orElseGet(this::storedOrFirst);
			secret = known;
		}
		return known;
	}

	/** Insert-if-absent in a transaction of its own (a refused insert must not spoil the caller's), then re-read. */
	private byte[] storedOrFirst() {
		Optional<String> stored = stored();
		if (stored.isEmpty()) {
			String fresh = Base64.getEncoder().encodeToString(Tokens.randomBytes(32));
			try {
				separately.executeWithoutResult(status -> jdbc
						.sql("insert into server_secret (name, secret, created_at) select ?, ?, ? "
								+ "where not exists (select 1 from server_secret where name = ?)")
						.params(NAME, fresh, Instant.now().atOffset(ZoneOffset.UTC), NAME).update());
			}
			catch (DuplicateKeyException ex) {
				// Another instance stored its secret between our look and our insert; theirs is read below.
			}
			stored = stored();
		}
		return Base64.getDecoder().decode(stored.orElseThrow(() -> new IllegalStateException("no server secret")));
	}

	private Optional<String> stored() {
		return jdbc.sql("select secret from server_secret where name = ?").param(NAME).query(String.class).optional();
	}
}
