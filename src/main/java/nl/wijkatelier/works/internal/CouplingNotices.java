package nl.wijkatelier.works.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The pairs whose owners were told by e-mail that a newly registered task couples with theirs, so that a pair is
 * told once: also when its tasks are imported again, or removed and registered anew.
 */
@Repository
public class CouplingNotices {

	private final JdbcTemplate jdbc;

	CouplingNotices(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks the pair (in either order) as told; true when it was not told before. A pair involves a newly
	 * registered task, whose code is unique in the neighbourhood, so two transactions never mark the same pair.
	 */
	public boolean markTold(UUID neighbourhood, String a, String b, Instant at) {
		String first = a.compareTo(b) < 0 ? a : b;
		String second = a.compareTo(b) < 0 ? b : a;
		Integer known = jdbc.queryForObject("select count(*) from works_coupling_notice where neighbourhood_id = ?"
				+ " and task_a = ? and task_b = ?", Integer.class, neighbourhood, first, second);
		if (known != null && known > 0) {
			return false;
		}
		jdbc.update("insert into works_coupling_notice (neighbourhood_id, task_a, task_b, noticed_at) values (?, ?, ?, ?)",
				neighbourhood, first, second, Timestamp.from(at));
		return true;
	}
}
