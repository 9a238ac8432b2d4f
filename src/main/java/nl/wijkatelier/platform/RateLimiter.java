package nl.wijkatelier.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.wijkatelier.shared.ClientAddresses;
import nl.wijkatelier.shared.Tokens;

/**
 * Counts requests per client in sliding windows and says whether one more is allowed. A bucket names what is
 * counted (sign-ups for one action, failed joins); the key is the client's address (an IPv6 address as its /64
 * network, {@link ClientAddresses}), stored only as an HMAC under a
 * key derived from the {@link ServerSecret}. The counts are rows in {@code rate_limit_hit}, so every instance of the
 * application counts the same requests; counting and recording are two statements, so instances racing each other
 * may let a few requests more through than the limit, never fewer.
 */
@Component
public class RateLimiter {

	/** The answer: allowed now, or allowed again after {@code retryAfterSeconds} (whole seconds, at least 1). */
	public record Decision(boolean allowed, long retryAfterSeconds) {

		static final Decision ALLOWED = new Decision(true, 0);
	}

	/** No bucket counts longer than this; older rows are removed by {@link #forgetOld()}. */
	static final Duration LONGEST_WINDOW = Duration.ofHours(1);
	private static final Duration CLEANUP_HELD_AT_LEAST = Duration.ofMinutes(1);
	private static final Duration CLEANUP_HELD_AT_MOST = Duration.ofMinutes(30);
	private static final int MAX_BUCKET_LENGTH = 64;

	private final JdbcClient jdbc;
	private final JobLocks locks;
	private final ServerSecret serverSecret;
	private final Clock clock;
	/** The HMAC key, derived from the {@link ServerSecret}; the same on every instance. */
	private volatile byte[] secret;

	@Autowired
	RateLimiter(JdbcClient jdbc, JobLocks locks, ServerSecret serverSecret, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.serverSecret = serverSecret;
		this.locks = locks;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Counts one request of {@code client} in {@code bucket} when fewer than {@code limit} were counted within
	 * {@code window}; otherwise counts nothing and says when to retry.
	 */
	public Decision hit(String bucket, String client, int limit, Duration window) {
		Decision decision = check(bucket, client, limit, window);
		if (decision.allowed()) {
			record(bucket, client);
		}
		return decision;
	}

	/** Whether one more request may be counted, without counting it. */
	public Decision check(String bucket, String client, int limit, Duration window) {
		if (window.compareTo(LONGEST_WINDOW) > 0) {
			throw new IllegalArgumentException("windows longer than " + LONGEST_WINDOW + " are not kept");
		}
		Instant now = clock.instant();
		// A hit counts while it is strictly after now - window.
		record Recent(int count, Optional<Instant> oldest) {
		}
		Recent recent = jdbc.sql("select count(*), min(hit_at) from rate_limit_hit "
				+ "where bucket = ? and key_hash = ? and hit_at > ?")
				.params(bucket(bucket), keyHash(client), utc(now.minus(window)))
				.query((rs, row) -> new Recent(rs.getInt(1),
						Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
				.single();
		if (recent.count() < limit) {
			return Decision.ALLOWED;
		}
		Instant free = recent.oldest().orElse(now).plus(window);
		long millis = Duration.between(now, free).toMillis();
		return new Decision(false, Math.max(1, (millis + 999) / 1000));
	}

	/** Counts one request of {@code client} in {@code bucket}, whatever the count. */
	public void record(String bucket, String client) {
		jdbc.sql("insert into rate_limit_hit (bucket, key_hash, hit_at) values (?, ?, ?)")
				.params(bucket(bucket), keyHash(client), utc(clock.instant()))
				.update();
	}

	/** Removes the hits that no window counts any more, on one instance at a time. */
	@Scheduled(fixedDelayString = "${wijkatelier.limits.cleanup-interval:PT5M}")
	void forgetOld() {
		locks.runExclusively("rate-limits", CLEANUP_HELD_AT_LEAST, CLEANUP_HELD_AT_MOST, this::forget);
	}

	int forget() {
		return jdbc.sql("delete from rate_limit_hit where hit_at <= ?")
				.params(utc(clock.instant().minus(LONGEST_WINDOW)))
				.update();
	}

	private static String bucket(String bucket) {
		return bucket.length() > MAX_BUCKET_LENGTH ? bucket.substring(0, MAX_BUCKET_LENGTH) : bucket;
	}

	/**
	 * The HMAC of a client's counting key (an IPv6 address stands for its /64 network) under a key derived from the
	 * server secret every instance shares: a pseudonym that tells one address from another without storing it.
	 */
	public String keyHash(String client) {
		client = ClientAddresses.countingKey(client);
		return Tokens.keyedHash(secret(), client);
	}

	private byte[] secret() {
		byte[] known = secret;
		if (known == null) {
			known = serverSecret.derive("rate-limit client address");
			secret = known;
		}
		return known;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
