package nl.wijkatelier.works.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import nl.wijkatelier.works.RegisterSource;
import nl.wijkatelier.works.TaskType;
import nl.wijkatelier.works.WorkTypeMapping;

/** The tables of register imports: type mappings, links from a register's record ids to tasks, and drafts. */
@Repository
public class RegisterImportStore {

	/** A file set waiting for its preview to be confirmed. */
	public record Draft(UUID id, UUID neighbourhoodId, UUID userId, String register, String owner, Instant createdAt,
			List<String> files) {
	}

	private final JdbcTemplate jdbc;

	RegisterImportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored mapping of a programme's register; empty when it has none (the defaults apply). */
	public Optional<WorkTypeMapping> mapping(UUID programme, String register) {
		List<WorkTypeMapping.Rule> rules = jdbc.query(
				"select field, match_value, outcome from works_type_mapping where programme_id = ? and register = ?"
						+ " order by position",
				(rs, n) -> new WorkTypeMapping.Rule(rs.getString(1), rs.getString(2),
						WorkTypeMapping.SKIP.equals(rs.getString(3)) ? Optional.empty()
								: Optional.of(TaskType.valueOf(rs.getString(3)))),
				programme, register);
		return rules.isEmpty() ? Optional.empty() : Optional.of(new WorkTypeMapping(rules));
	}

	public void replaceMapping(UUID programme, String register, WorkTypeMapping mapping) {
		jdbc.update("delete from works_type_mapping where programme_id = ? and register = ?", programme, register);
		int position = 0;
		for (WorkTypeMapping.Rule rule : mapping.rules()) {
			jdbc.update("insert into works_type_mapping (programme_id, register, position, field, match_value, outcome)"
					+ " values (?, ?, ?, ?, ?, ?)", programme, register, position++, rule.field(), rule.value(),
					rule.outcome());
		}
	}

	/** The remembered property choices of a programme's GeoJSON register. */
	public Optional<RegisterSource> source(UUID programme, String register) {
		return jdbc.query("select register, id_field, type_field, owner_field, start_field, end_field, title_field,"
				+ " date_pattern, crs from works_register_source where programme_id = ? and register = ?",
				(rs, n) -> source(rs), programme, register).stream().findFirst();
	}

	/** Every GeoJSON register a programme has imported from, by name. */
	public List<RegisterSource> sources(UUID programme) {
		return jdbc.query("select register, id_field, type_field, owner_field, start_field, end_field, title_field,"
				+ " date_pattern, crs from works_register_source where programme_id = ? order by register",
				(rs, n) -> source(rs), programme);
	}

	private static RegisterSource source(ResultSet rs) throws SQLException {
		return new RegisterSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), RegisterSource.Crs.valueOf(rs.getString(9)));
	}

	/**
	 * Makes imports into one neighbourhood wait for each other until commit, on every instance: the second import of
	 * the same register then sees the first one's links and updates its tasks instead of adding them again.
	 */
	public void lockNeighbourhood(UUID neighbourhood) {
		jdbc.queryForList("select id from neighbourhood where id = ? for update", neighbourhood);
	}

	/**
	 * Remembers the choices for a programme's register. Saves for one programme wait for each other on the programme's
	 * row, so two instances saving a new register at once update it one after the other instead of both inserting.
	 */
	public void saveSource(UUID programme, RegisterSource s, Instant at) {
		jdbc.queryForList("select id from programme where id = ? for update", programme);
		Object[] values = {s.idField(), s.typeField(), s.ownerField(), s.startField(), s.endField(), s.titleField(),
				s.datePattern(), s.crs().name(), Timestamp.from(at), programme, s.key()};
		int updated = jdbc.update("update works_register_source set id_field = ?, type_field = ?, owner_field = ?,"
				+ " start_field = ?, end_field = ?, title_field = ?, date_pattern = ?, crs = ?, updated_at = ?"
				+ " where programme_id = ? and register = ?", values);
		if (updated == 0) {
			jdbc.update("insert into works_register_source (id_field, type_field, owner_field, start_field, end_field,"
					+ " title_field, date_pattern, crs, updated_at, programme_id, register)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
		}
	}

	/** Register record id → task code of the tasks imported from a register into a neighbourhood. */
	public Map<String, String> links(UUID neighbourhood, String register) {
		return jdbc.query("select register_id, task_code from works_register_link where neighbourhood_id = ? and register = ?",
				(rs, n) -> Map.entry(rs.getString(1), rs.getString(2)), neighbourhood, register).stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public void link(UUID neighbourhood, String register, String registerId, String taskCode, Instant at) {
		int updated = jdbc.update("update works_register_link set task_code = ?, imported_at = ? where neighbourhood_id = ?"
				+ " and register = ? and register_id = ?", taskCode, Timestamp.from(at), neighbourhood, register, registerId);
		if (updated == 0) {
			jdbc.update("insert into works_register_link (neighbourhood_id, register, register_id, task_code, imported_at)"
					+ " values (?, ?, ?, ?, ?)", neighbourhood, register, registerId, taskCode, Timestamp.from(at));
		}
	}

	public void saveDraft(Draft draft) {
		jdbc.update("insert into works_import_draft (id, neighbourhood_id, user_id, register, owner, created_at)"
				+ " values (?, ?, ?, ?, ?, ?)", draft.id(), draft.neighbourhoodId(), draft.userId(), draft.register(),
				draft.owner(), Timestamp.from(draft.createdAt()));
		for (int i = 0; i < draft.files().size(); i++) {
			jdbc.update("insert into works_import_draft_file (draft_id, position, content) values (?, ?, ?)", draft.id(), i,
					draft.files().get(i));
		}
	}

	public Optional<Draft> draft(UUID id) {
		List<String> files = jdbc.queryForList(
				"select content from works_import_draft_file where draft_id = ? order by position", String.class, id);
		return jdbc.query("select id, neighbourhood_id, user_id, register, owner, created_at from works_import_draft"
				+ " where id = ?", (rs, n) -> new Draft(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), files),
				id).stream().findFirst();
	}

	public void deleteDraft(UUID id) {
		jdbc.update("delete from works_import_draft_file where draft_id = ?", id);
		jdbc.update("delete from works_import_draft where id = ?", id);
	}

	/** Removes drafts made before {@code before}: previews nobody confirmed. */
	public void deleteDraftsBefore(Instant before) {
		jdbc.update("delete from works_import_draft_file where draft_id in (select id from works_import_draft"
				+ " where created_at < ?)", Timestamp.from(before));
		jdbc.update("delete from works_import_draft where created_at < ?", Timestamp.from(before));
	}
}
