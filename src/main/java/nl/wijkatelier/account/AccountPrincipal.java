package nl.wijkatelier.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.wijkatelier.shared.UserId;
import nl.wijkatelier.shared.UserIdentity;

/**
 * The principal of a logged-in account, in the session or behind a personal API token. It has no lock: failed logins
 * are limited per client address and account before the password is checked ({@link LoginThrottle}), and never stop
 * a session or token that is already in use. (Sessions written by older versions carry a {@code locked} field;
 * record deserialisation ignores it.)
 */
public record AccountPrincipal(UserId userId, String email, String displayName, String passwordHash, boolean admin)
		implements UserDetails, UserIdentity, Serializable {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	/** The password hash is not needed once the person is logged in, and is not kept in the session. */
	public AccountPrincipal withoutPassword() {
		return new AccountPrincipal(userId, email, displayName, "", admin);
	}
}
