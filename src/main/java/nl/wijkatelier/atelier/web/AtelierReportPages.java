package nl.wijkatelier.atelier.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.wijkatelier.atelier.AtelierId;
import nl.wijkatelier.atelier.AtelierReport;
import nl.wijkatelier.atelier.Ateliers;
import nl.wijkatelier.atelier.Reports;
import nl.wijkatelier.platform.PdfDocuments;

/** The joint picture and the feedback report of an atelier: web page, Markdown and PDF. */
@Controller
class AtelierReportPages {

	private final Ateliers ateliers;
	private final Reports reports;
	private final PdfDocuments pdf;

	AtelierReportPages(Ateliers ateliers, Reports reports, PdfDocuments pdf) {
		this.ateliers = ateliers;
		this.reports = reports;
		this.pdf = pdf;
	}

	/** The joint picture: for everyone once published, and before that for facilitators and participants. */
	@GetMapping("/ateliers/{id}/picture")
	String picture(@PathVariable AtelierId id, HttpSession session, Model model, Locale locale) {
		AtelierReport report = reports.picture(id, JoinedParticipants.participantOf(session, id), locale);
		model.addAttribute("report", report);
		model.addAttribute("chart", WeightChart.of(report));
		model.addAttribute("facilitator", ateliers.mayFacilitate(report.atelier()));
		return "atelier/picture";
	}

	@GetMapping("/ateliers/{id}/report")
	String report(@PathVariable AtelierId id, Model model, Locale locale) {
		AtelierReport report = reports.report(id, locale);
		model.addAttribute("report", report);
		model.addAttribute("chart", WeightChart.of(report));
		model.addAttribute("facilitator", ateliers.mayFacilitate(report.atelier()));
		return "atelier/report";
	}

	@GetMapping("/ateliers/{id}/report.md")
	ResponseEntity<String> markdown(@PathVariable AtelierId id, Locale locale) {
		AtelierReport report = reports.report(id, locale);
		return ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("terugkoppeling-" + id + ".md").build().toString())
				.body(reports.markdown(report, locale));
	}

	@GetMapping("/ateliers/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable AtelierId id, Locale locale) {
		AtelierReport report = reports.report(id, locale);
		byte[] body = pdf.render("atelier/report-pdf", Map.of("report", report), locale);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("terugkoppeling-" + id + ".pdf").build().toString())
				.body(body);
	}
}
