package nl.wijkatelier.account.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wijkatelier.account.ProgrammeAdmins;
import nl.wijkatelier.programme.CurrentUser;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.UserId;

/** Appointing programme admins: platform admins only. */
@RestController
@RequestMapping("/api/v1/programmes/{id}/admins")
@Tag(name = "Programme", description = "Programmes, neighbourhoods, parties and integral themes")
class ProgrammeAdminsApi {

	private final ProgrammeAdmins admins;
	private final ProgrammeCatalog catalog;
	private final CurrentUsers currentUsers;

	ProgrammeAdminsApi(ProgrammeAdmins admins, ProgrammeCatalog catalog, CurrentUsers currentUsers) {
		this.admins = admins;
		this.catalog = catalog;
		this.currentUsers = currentUsers;
	}

	record AdminJson(String userId, String email, String displayName) {
		static AdminJson of(ProgrammeAdmins.Admin a) {
			return new AdminJson(a.id().toString(), a.email(), a.displayName());
		}
	}

	record Appointment(String email) {
	}

	@GetMapping
	@Operation(summary = "The admins of a programme (platform admin)", security = @SecurityRequirement(name = "bearer"))
	List<AdminJson> admins(@PathVariable ProgrammeId id) {
		currentUsers.require(CurrentUser::admin);
		return admins.of(catalog.programme(id).id()).stream().map(AdminJson::of).toList();
	}

	@PostMapping
	@Operation(summary = "Make the person with this e-mail address admin of the programme (platform admin); "
			+ "the account must exist", security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<AdminJson> appoint(@PathVariable ProgrammeId id, @RequestBody Appointment body) {
		currentUsers.require(CurrentUser::admin);
		ProgrammeAdmins.Admin admin = admins.appoint(catalog.programme(id).id(), body.email());
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/admins/" + admin.id()))
				.body(AdminJson.of(admin));
	}

	@DeleteMapping("/{userId}")
	@Operation(summary = "Take the programme admin role away (platform admin): 204",
			security = @SecurityRequirement(name = "bearer"))
	ResponseEntity<Void> dismiss(@PathVariable ProgrammeId id, @PathVariable UserId userId) {
		currentUsers.require(CurrentUser::admin);
		admins.dismiss(catalog.programme(id).id(), userId);
		return ResponseEntity.noContent().build();
	}
}
