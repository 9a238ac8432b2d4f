package nl.wijkatelier.account.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wijkatelier.account.AccountPrincipal;
import nl.wijkatelier.account.Accounts;
import nl.wijkatelier.account.ApiTokens;
import nl.wijkatelier.account.Invitations;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;

/** Tokens, the caller's own account and invitations, over the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Personal API tokens, your own account, invitations")
class AccountApi {

	private final ApiTokens tokens;
	private final Accounts accounts;
	private final Invitations invitations;
	private final Memberships memberships;
	private final CurrentUsers currentUsers;

	AccountApi(ApiTokens tokens, Accounts accounts, Invitations invitations, Memberships memberships,
			CurrentUsers currentUsers) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.invitations = invitations;
		this.memberships = memberships;
		this.currentUsers = currentUsers;
	}

	record TokenRequest(String name) {
	}

	record TokenJson(String token) {
	}

	record MeJson(String id, String email, String displayName, boolean admin, List<Map<String, String>> roles) {
	}

	record InvitationRequest(String email, String role, String neighbourhoodId, String partyId) {
	}

	record InvitationJson(String id, String link, String expiresAt) {
	}

	@PostMapping("/tokens")
	@Operation(summary = "Trade your login (HTTP Basic: e-mail and password) for a personal API token",
			security = @SecurityRequirement(name = "basic"))
	ResponseEntity<TokenJson> issue(Authentication authentication, @RequestBody(required = false) TokenRequest body) {
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		ApiTokens.Issued issued = tokens.issue(principal.userId(), body == null ? null : body.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(new TokenJson(issued.secret()));
	}

	@GetMapping("/me")
	@Operation(summary = "Your account and roles", security = @SecurityRequirement(name = "bearer"))
	MeJson me() {
		CurrentUser me = currentUsers.require();
		return new MeJson(me.id().toString(), me.email(), me.displayName(), me.admin(),
				memberships.of(me.id()).stream().map(m -> Map.of("role", m.role().name(),
						"neighbourhoodId", m.neighbourhoodId().map(Object::toString).orElse(""),
						"partyId", m.partyId().map(Object::toString).orElse(""))).toList());
	}

	@GetMapping("/me/export")
	@Operation(summary = "Everything held about you (GDPR export)", security = @SecurityRequirement(name = "bearer"))
	Map<String, Object> export() {
		return accounts.export(currentUsers.require().id());
	}

	@DeleteMapping("/me")
	@Operation(summary = "Delete your account and personal data", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> delete() {
		accounts.delete(currentUsers.require().id());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/invitations")
	@Operation(summary = "Invite someone to a role (admin, or facilitator of the neighbourhood)",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<InvitationJson> invite(@RequestBody InvitationRequest body, HttpServletRequest request) {
		CurrentUser me = currentUsers.require();
		Membership.Role role = role(body.role());
		Invitations.Issued issued = invitations.invite(me, body.email(), role,
				Optional.ofNullable(body.neighbourhoodId()).filter(s -> !s.isBlank()).map(s -> id(s, "neighbourhoodId"))
						.map(NeighbourhoodId::new),
				Optional.ofNullable(body.partyId()).filter(s -> !s.isBlank()).map(s -> id(s, "partyId"))
						.map(PartyId::new));
		String link = ServletUriComponentsBuilder.fromContextPath(request)
				.path("/invitations/" + issued.token()).build().toUriString();
		return ResponseEntity.created(URI.create(link)).body(new InvitationJson(issued.invitation().id().toString(),
				link, issued.invitation().expiresAt().toString()));
	}

	private static Membership.Role role(String text) {
		try {
			return Membership.Role.valueOf(String.valueOf(text).trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("role", "error.role.unknown", String.valueOf(text));
		}
	}

	private static UUID id(String text, String field) {
		try {
			return UUID.fromString(text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, "error.id.format", text);
		}
	}
}
