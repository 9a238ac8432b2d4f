package nl.wijkatelier.atelier.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.wijkatelier.atelier.AtelierReport;

/**
 * The feedback report as PDF: the same Thymeleaf page as XHTML, laid out by openhtmltopdf with the embedded
 * DejaVu Sans font, which has every Dutch character (ĳ, ë, é) — the PDF base fonts have no ĳ.
 */
@Component
class ReportPdf {

	private static final String FONT = "fonts/DejaVuSans.ttf";
	private static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";

	private final ITemplateEngine templates;

	ReportPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(AtelierReport report, Map<String, Object> model, Locale locale) {
		Context context = new Context(locale);
		context.setVariables(model);
		context.setVariable("report", report);
		String xhtml = templates.process("atelier/report-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> stream(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> stream(FONT_BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream stream(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
