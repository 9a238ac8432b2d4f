package nl.wijkatelier.dashboard.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** For templates: {@code ${when.of(instant)}}, a moment in Dutch time (Europe/Amsterdam) as {@code 5-10-2026 10:31}. */
final class Moments {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
			.withZone(ZoneId.of("Europe/Amsterdam"));

	public String of(Instant at) {
		return at == null ? "–" : FORMAT.format(at);
	}
}
