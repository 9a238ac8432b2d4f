package nl.wijkatelier.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Turns a bearer token of one kind into an authentication. The account module answers for personal API
 * tokens; a module with tokens of its own (such as atelier participant tokens) adds a bean. A token that is
 * not of the authenticator's kind answers empty, so the next one can try.
 */
public interface BearerTokenAuthenticator {

	Optional<Authentication> authenticate(String token);
}
