package nl.wijkatelier.account.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wijkatelier.account.Accounts;
import nl.wijkatelier.account.ApiTokens;
import nl.wijkatelier.account.AuditLog;
import nl.wijkatelier.account.Invitation;
import nl.wijkatelier.account.Invitations;
import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Membership;
import nl.wijkatelier.programme.Memberships;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.ConflictException;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.PartyId;

/** Login, the profile page (tokens, password, privacy) and invitations by link. */
@Controller
class AccountPages {

	private final Accounts accounts;
	private final ApiTokens tokens;
	private final Invitations invitations;
	private final Memberships memberships;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;
	private final JsonExport export;
	private final AuditLog auditLog;

	AccountPages(Accounts accounts, ApiTokens tokens, Invitations invitations, Memberships memberships,
			ProgrammeCatalog catalog, CurrentUsers currentUsers, MessageSource messages, JsonExport export,
			AuditLog auditLog) {
		this.auditLog = auditLog;
		this.accounts = accounts;
		this.tokens = tokens;
		this.invitations = invitations;
		this.memberships = memberships;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
		this.messages = messages;
		this.export = export;
	}

	@GetMapping("/admin/audit")
	String audit(Model model) {
		currentUsers.require(CurrentUser::admin);
		model.addAttribute("entries", auditLog.latest());
		return "account/audit";
	}

	/**
	 * The login form; {@code wait} (seconds, from the login throttle's redirect) is shown as the time to wait, in
	 * seconds up to two minutes, above that in whole minutes rounded up.
	 */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, Model model) {
		if (wait != null && wait.matches("[0-9]{1,6}")) {
			int seconds = Integer.parseInt(wait);
			model.addAttribute("waitSeconds", seconds);
			model.addAttribute("waitMinutes", (seconds + 59) / 60);
		}
		return "account/login";
	}

	@GetMapping("/profile")
	String profile(Model model) {
		CurrentUser me = currentUsers.require();
		model.addAttribute("account", accounts.account(me.id()));
		model.addAttribute("roles", memberships.of(me.id()).stream().map(m -> Map.of(
				"role", m.role().name(),
				"neighbourhood", m.neighbourhoodId().flatMap(catalog::findNeighbourhood).map(n -> n.name()).orElse(""),
				"neighbourhoodId", m.neighbourhoodId().map(Object::toString).orElse(""),
				"party", m.partyId().flatMap(catalog::findParty).map(p -> p.name()).orElse(""))).toList());
		model.addAttribute("tokens", tokens.of(me.id()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "account/profile";
	}

	@PostMapping("/profile/tokens")
	String issueToken(@RequestParam(defaultValue = "") String name, RedirectAttributes redirect, Locale locale) {
		CurrentUser me = currentUsers.require();
		try {
			redirect.addFlashAttribute("newToken", tokens.issue(me.id(), name).secret());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormErrors.of(ex, messages, locale));
		}
		return "redirect:/profile#tokens";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(currentUsers.require().id(), id);
		redirect.addFlashAttribute("notice", "token.revoked");
		return "redirect:/profile#tokens";
	}

	@PostMapping("/profile/password")
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, RedirectAttributes redirect, Locale locale) {
		try {
			accounts.changePassword(currentUsers.require().id(), currentPassword, newPassword);
			redirect.addFlashAttribute("notice", "password.changed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("errors", FormErrors.of(ex, messages, locale));
		}
		return "redirect:/profile#password";
	}

	@GetMapping("/profile/export")
	ResponseEntity<String> exportData() {
		CurrentUser me = currentUsers.require();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"wijkatelier-mijn-gegevens.json\"")
				.body(export.write(accounts.export(me.id())));
	}

	@PostMapping("/profile/delete")
	String delete(@RequestParam(defaultValue = "") String confirm, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = currentUsers.require();
		if (!me.email().equalsIgnoreCase(confirm.trim())) {
			redirect.addFlashAttribute("deleteError", true);
			return "redirect:/profile#delete";
		}
		accounts.delete(me.id());
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/?deleted";
	}

	@PostMapping("/invitations")
	String invite(@RequestParam(defaultValue = "") String email, @RequestParam(required = false) Membership.Role role,
			@RequestParam(required = false) NeighbourhoodId neighbourhoodId,
			@RequestParam(required = false) PartyId partyId, RedirectAttributes redirect, Locale locale,
			HttpServletRequest request) {
		CurrentUser me = currentUsers.require();
		try {
			Invitations.Issued issued = invitations.invite(me, email, role, Optional.ofNullable(neighbourhoodId),
					Optional.ofNullable(partyId));
			redirect.addFlashAttribute("invitationLink", baseUrl(request) + "/invitations/" + issued.token());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("inviteErrors", FormErrors.of(ex, messages, locale));
		}
		return neighbourhoodId == null ? "redirect:/profile" : "redirect:/neighbourhoods/" + neighbourhoodId + "#invite";
	}

	@GetMapping("/invitations/{token}")
	String invitation(@PathVariable String token, Model model) {
		Invitation invitation = invitations.open(token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("where", invitation.neighbourhoodId().flatMap(catalog::findNeighbourhood).map(n -> n.name())
				.or(() -> invitation.partyId().flatMap(catalog::findParty).map(p -> p.name())).orElse(""));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return "account/invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "false") boolean consent,
			Model model, Locale locale, RedirectAttributes redirect) {
		Optional<CurrentUser> me = currentUsers.current();
		if (me.isPresent()) {
			if (!invitations.open(token).isFor(me.get().email())) {
				// Someone else's invitation: the page says to log out first; nothing is given or used up.
				return "redirect:/invitations/" + token;
			}
			invitations.accept(token, me.get().id());
			redirect.addFlashAttribute("notice", "invitation.accepted");
			return "redirect:/profile";
		}
		try {
			invitations.acceptAsNewAccount(token, displayName, password,
					messages.getMessage("invitation.consent", null, locale), consent);
			return "redirect:/login?registered";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, messages, locale));
			model.addAttribute("displayName", displayName);
			return invitation(token, model);
		}
		catch (ConflictException ex) {
			return "redirect:/login?invitation=" + token;
		}
	}

	private static String baseUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).build()
				.toUriString();
	}
}
