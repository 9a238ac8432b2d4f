package nl.wijkatelier.programme.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkatelier.platform.FormErrors;
import nl.wijkatelier.programme.CurrentUsers;
import nl.wijkatelier.programme.Neighbourhood;
import nl.wijkatelier.programme.NeighbourhoodAreas;
import nl.wijkatelier.programme.ProgrammeCatalog;
import nl.wijkatelier.shared.InvalidInputException;
import nl.wijkatelier.shared.NeighbourhoodId;

/** A neighbourhood's boundary on its edit page: upload a GeoJSON file (works offline), or fetch it from PDOK again. */
@Controller
class BoundaryPages {

	private final ProgrammeCatalog catalog;
	private final NeighbourhoodAreas areas;
	private final CurrentUsers currentUsers;
	private final MessageSource messages;

	BoundaryPages(ProgrammeCatalog catalog, NeighbourhoodAreas areas, CurrentUsers currentUsers, MessageSource messages) {
		this.catalog = catalog;
		this.areas = areas;
		this.currentUsers = currentUsers;
		this.messages = messages;
	}

	@PostMapping("/neighbourhoods/{id}/boundary")
	String upload(@PathVariable NeighbourhoodId id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect, Locale locale) throws IOException {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(n.programmeId()));
		try {
			String geoJson = file == null ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
			catalog.setBoundary(id, geoJson);
			redirect.addFlashAttribute("notice", "neighbourhood.boundary.uploaded");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("boundaryErrors", FormErrors.of(ex, messages, locale));
		}
		return "redirect:/neighbourhoods/" + id + "/edit#boundary";
	}

	@PostMapping("/neighbourhoods/{id}/boundary/fetch")
	String fetch(@PathVariable NeighbourhoodId id, RedirectAttributes redirect, Locale locale) {
		Neighbourhood n = catalog.neighbourhood(id);
		currentUsers.require(user -> user.administers(n.programmeId()));
		try {
			NeighbourhoodAreas.Prepared prepared = areas.refetch(id);
			redirect.addFlashAttribute("notice",
					"neighbourhood.boundary." + prepared.source().name().toLowerCase(Locale.ROOT));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("boundaryErrors", FormErrors.of(ex, messages, locale));
		}
		return "redirect:/neighbourhoods/" + id + "/edit#boundary";
	}
}
