package nl.wijkatelier.atelier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkatelier.account.RetentionRule;
import nl.wijkatelier.atelier.internal.ParticipantRepository;

/**
 * The names atelier participants gave when joining, removed the configured time after they joined; what they
 * said stays, under their role (party type). Participants have no account, so this is their only personal data.
 */
@Component
class ParticipantNameRetention implements RetentionRule {

	private final ParticipantRepository participants;
	private final AtelierRetention periods;

	ParticipantNameRetention(ParticipantRepository participants, AtelierRetention periods) {
		this.participants = participants;
		this.periods = periods;
	}

	@Override
	public String key() {
		return "atelierParticipantNames";
	}

	@Override
	public Duration period() {
		return periods.participantNames();
	}

	@Override
	@Transactional
	public int enforce(Instant now) {
		List<Participant> named = participants.findByJoinedAtBeforeAndDisplayNameNotNull(now.minus(period()));
		named.forEach(Participant::forgetName);
		return named.size();
	}
}
