package nl.wijkatelier.atelier.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import nl.wijkatelier.atelier.AtelierId;
import nl.wijkatelier.atelier.Participant;
import nl.wijkatelier.atelier.ParticipantId;
import nl.wijkatelier.atelier.ParticipantPrincipal;
import nl.wijkatelier.shared.NotFoundException;

/**
 * The ateliers a browser joined without an account, kept in its session (shared by every instance through the
 * database): per atelier, the participant who joined from this browser.
 */
final class JoinedParticipants {

	private static final String SESSION_KEY = "atelier.participants";

	private JoinedParticipants() {
	}

	static void remember(HttpSession session, Participant participant) {
		Map<String, String> map = sessionMap(session);
		map.put(participant.atelierId().toString(), participant.id().toString());
		session.setAttribute(SESSION_KEY, map);
	}

	static Optional<ParticipantId> participantOf(HttpSession session, AtelierId atelier) {
		return Optional.ofNullable(sessionMap(session).get(atelier.toString())).map(ParticipantId::of);
	}

	/** The participant this browser joined the atelier as; 404 when it did not join. */
	static ParticipantPrincipal require(HttpSession session, AtelierId atelier) {
		ParticipantId participant = participantOf(session, atelier)
				.orElseThrow(() -> new NotFoundException("participant", atelier));
		return new ParticipantPrincipal(participant, atelier);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> sessionMap(HttpSession session) {
		Object value = session.getAttribute(SESSION_KEY);
		if (value instanceof HashMap<?, ?> map) {
			return (Map<String, String>) map;
		}
		HashMap<String, String> map = new HashMap<>();
		session.setAttribute(SESSION_KEY, map);
		return map;
	}
}
