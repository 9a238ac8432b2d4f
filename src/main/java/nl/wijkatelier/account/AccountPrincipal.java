package nl.wijkatelier.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.wijkatelier.shared.UserId;
import nl.wijkatelier.shared.UserIdentity;

/** The principal of a logged-in account, in the session or behind a personal API token. */
public record AccountPrincipal(UserId userId, String email, String displayName, String passwordHash, boolean admin,
		boolean locked) implements UserDetails, UserIdentity, Serializable {

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

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	/** The password hash is not needed once the person is logged in, and is not kept in the session. */
	public AccountPrincipal withoutPassword() {
		return new AccountPrincipal(userId, email, displayName, "", admin, locked);
	}
}
