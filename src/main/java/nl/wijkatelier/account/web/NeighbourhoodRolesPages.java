package nl.wijkatelier.account.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.account.NeighbourhoodRoles;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.NotFoundException;

/**
 * The people with a role in a neighbourhood, for whoever may invite there; revoking a role takes a second page
 * that asks to confirm, since the pages run no script that could ask.
 */
@Controller
class NeighbourhoodRolesPages {

	private final NeighbourhoodRoles roles;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;

	NeighbourhoodRolesPages(NeighbourhoodRoles roles, ProgrammeCatalog catalog, CurrentUsers currentUsers) {
		this.roles = roles;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
	}

	@GetMapping("/neighbourhoods/{id}/people")
	String people(@PathVariable NeighbourhoodId id, Model model) {
		CurrentUser me = currentUsers.require();
		model.addAttribute("holders", roles.holders(me, id));
		model.addAttribute("neighbourhood", catalog.neighbourhood(id));
		return "account/neighbourhood-roles";
	}

	@GetMapping("/neighbourhoods/{id}/people/{membershipId}/revoke")
	String confirmRevoke(@PathVariable NeighbourhoodId id, @PathVariable UUID membershipId, Model model) {
		CurrentUser me = currentUsers.require();
		model.addAttribute("holder", roles.holders(me, id).stream().filter(h -> h.membershipId().equals(membershipId))
				.findFirst().orElseThrow(() -> new NotFoundException("membership", membershipId)));
		model.addAttribute("neighbourhood", catalog.neighbourhood(id));
		return "account/neighbourhood-role-revoke";
	}

	@PostMapping("/neighbourhoods/{id}/people/{membershipId}/revoke")
	String revoke(@PathVariable NeighbourhoodId id, @PathVariable UUID membershipId, RedirectAttributes redirect) {
		NeighbourhoodRoles.Holder revoked = roles.revoke(currentUsers.require(), id, membershipId);
		// plain strings: flash attributes live in the session, which may be stored outside this process
		redirect.addFlashAttribute("revokedName", revoked.displayName());
		redirect.addFlashAttribute("revokedRole", revoked.role().name());
		return "redirect:/neighbourhoods/" + id + "/people";
	}
}
