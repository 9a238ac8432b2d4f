package nl.wijkatelier.works.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats a moment for the pages in Dutch time (Europe/Amsterdam), e.g. {@code 7-12-2026 08:15}; "–" for none. */
final class When {

	static final When INSTANCE = new When();
	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
			.withZone(ZoneId.of("Europe/Amsterdam"));

	private When() {
	}

	public String of(Instant at) {
		return at == null ? "–" : FORMAT.format(at);
	}
}
