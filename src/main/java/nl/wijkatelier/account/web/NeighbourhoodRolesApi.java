package nl.wijkatelier.account.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.account.NeighbourhoodRoles;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.shared.NeighbourhoodId;

/** The people with a role in a neighbourhood, and revoking a role, over the API. */
@RestController
@RequestMapping("/api/v1/neighbourhoods/{id}/memberships")
@Tag(name = "Accounts", description = "Personal API tokens, your own account, invitations")
class NeighbourhoodRolesApi {

	private final NeighbourhoodRoles roles;
	private final CurrentUsers currentUsers;

	NeighbourhoodRolesApi(NeighbourhoodRoles roles, CurrentUsers currentUsers) {
		this.roles = roles;
		this.currentUsers = currentUsers;
	}

	/** @param partyName empty unless the role is OFFICER */
	record MembershipJson(String id, String role, String userId, String email, String displayName, String partyName) {
	}

	@GetMapping
	@Operation(summary = "The people with a role in the neighbourhood (admin, or facilitator of the neighbourhood)",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The roles, by role and then name")
	@ApiResponse(responseCode = "403", description = "You may not invite to this neighbourhood")
	@ApiResponse(responseCode = "404", description = "Unknown neighbourhood")
	List<MembershipJson> list(@PathVariable NeighbourhoodId id) {
		return roles.holders(currentUsers.require(), id).stream()
				.map(h -> new MembershipJson(h.membershipId().toString(), h.role().name(), h.user().value().toString(),
						h.email(), h.displayName(), h.party()))
				.toList();
	}

	@DeleteMapping("/{membershipId}")
	@Operation(summary = "Revoke one role in the neighbourhood (admin, or facilitator of the neighbourhood); it stops"
			+ " working on the person's next request and is recorded in the audit log as membership.revoked",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "403", description = "You may not invite to this neighbourhood")
	@ApiResponse(responseCode = "404", description = "Unknown neighbourhood, or no such role in it")
	ResponseEntity<Void> revoke(@PathVariable NeighbourhoodId id, @PathVariable UUID membershipId) {
		roles.revoke(currentUsers.require(), id, membershipId);
		return ResponseEntity.noContent().build();
	}
}
