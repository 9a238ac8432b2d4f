package nl.wijkatelier.platform;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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

/**
 * Every PDF of the platform (atelier report, dashboard, scenario): a Thymeleaf XHTML template laid out by
 * openhtmltopdf with the embedded DejaVu Sans font, which has every Dutch character (ĳ, ë, é) — the PDF base fonts
 * have no ĳ. The template gets the model plus {@code lang} ("nl" or "en") for its {@code html lang}.
 *
 * <p>Each PDF is tagged PDF/UA-1 (a structure tree of headings, paragraphs, lists and tables for screen readers;
 * the document's language from {@code html lang} and its title from {@code <title>}, shown as the window title) and
 * archivable PDF/A-2a (every font embedded, an sRGB output intent, XMP metadata), as EN 301 549 and the Dutch
 * archiving rules ask of documents a public body publishes. A template must therefore use only the embedded font
 * and give every image an {@code alt}.
 */
@Component
public class PdfDocuments {

	private static final String FONT = "fonts/DejaVuSans.ttf";
	private static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";

	/** PDF/A-2 level A: the tagged ("accessible") level, which PDF/UA needs anyway. */
	static final PdfRendererBuilder.PdfAConformance CONFORMANCE = PdfRendererBuilder.PdfAConformance.PDFA_2_A;

	/** The JDK's own sRGB profile: PDF/A needs an output intent naming the colour space of the page. */
	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, ?> model, Locale locale) {
		Context context = new Context(locale);
		model.forEach(context::setVariable);
		context.setVariable("lang", locale.getLanguage().equals("en") ? "en" : "nl");
		String xhtml = templates.process(template, context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(CONFORMANCE);
			builder.useColorProfile(SRGB);
			builder.withProducer("Wijkatelier");
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
