package nl.wijkatelier.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.internal.ApiTokenRepository;
import nl.wijkatelier.shared.Checks;
import nl.wijkatelier.shared.NotFoundException;
import nl.wijkatelier.shared.Tokens;
import nl.wijkatelier.shared.UserId;

/** Personal API tokens: made on the profile page or through the API, used as {@code Authorization: Bearer}. */
@Service
@Transactional(readOnly = true)
public class ApiTokens implements BearerTokenAuthenticator {

	static final String PREFIX = "wka_";

	/** A token just made: the token itself is shown this once and never stored. */
	public record Issued(ApiToken token, String secret) {
	}

	private final ApiTokenRepository tokens;
	private final Accounts accounts;
	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, Accounts accounts, Optional<Clock> clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional
	public Issued issue(UserId user, String name) {
		String label = name == null || name.isBlank() ? "API" : name.trim();
		new Checks().optionalText("name", label, 120).throwIfAny();
		String secret = Tokens.newToken(PREFIX);
		return new Issued(tokens.save(new ApiToken(user, label, Tokens.hash(secret), clock.instant())), secret);
	}

	public List<ApiToken> of(UserId user) {
		return tokens.findByUserIdOrderByCreatedAtDesc(user.value());
	}

	@Transactional
	public void revoke(UserId user, UUID tokenId) {
		ApiToken token = tokens.findById(tokenId).filter(t -> t.userId().equals(user))
				.orElseThrow(() -> new NotFoundException("token", tokenId));
		tokens.delete(token);
	}

	@Override
	@Transactional
	public Optional<Authentication> authenticate(String secret) {
		if (!secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(Tokens.hash(secret)).flatMap(token -> {
			token.used(clock.instant());
			return accounts.principal(accounts.account(token.userId()).email());
		}).map(principal -> {
			AccountPrincipal clean = principal.withoutPassword();
			return UsernamePasswordAuthenticationToken.authenticated(clean, null, clean.getAuthorities());
		});
	}
}
