package nl.wijkatelier.works.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who proposed, answered or withdrew a coupling agreement, by account: for the person's export and for erasing
 * their name when their account is deleted (the agreements and answers themselves stay).
 */
@Repository
public class AgreementPeople {

	private final JdbcTemplate jdbc;

	AgreementPeople(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Map<String, Object>> proposed(UUID user) {
		return jdbc.queryForList("select id, tasks, note, proposed_at from works_coupling_proposal"
				+ " where proposed_by_user = ? order by proposed_at", user);
	}

	public List<Map<String, Object>> answered(UUID user) {
		return jdbc.queryForList("select proposal_id, party_id, decision, reason, answered_at from works_coupling_answer"
				+ " where answered_by_user = ? order by answered_at", user);
	}

	public List<Map<String, Object>> withdrawn(UUID user) {
		return jdbc.queryForList("select id, withdrawn_reason, withdrawn_at from works_coupling_proposal"
				+ " where withdrawn_by_user = ? order by withdrawn_at", user);
	}

	/** Replaces the person's name by the pseudonym and unlinks their account, everywhere it is recorded. */
	public void pseudonymise(UUID user, String pseudonym) {
		jdbc.update("update works_coupling_proposal set proposed_by = ?, proposed_by_user = null where proposed_by_user = ?",
				pseudonym, user);
		jdbc.update("update works_coupling_answer set answered_by = ?, answered_by_user = null where answered_by_user = ?",
				pseudonym, user);
		jdbc.update("update works_coupling_proposal set withdrawn_by = ?, withdrawn_by_user = null"
				+ " where withdrawn_by_user = ?", pseudonym, user);
	}
}
