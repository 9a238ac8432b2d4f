package nl.wijkatelier.programme;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.ThemeCode;

/** "Working on {@code from} also brings {@code to}": greenery brings biodiversity, cooling, water storage. */
@Entity
@Table(name = "co_benefit")
public class CoBenefit {

	@Embeddable
	public record Key(@Column(name = "programme_id") UUID programmeId, @Column(name = "from_code") String fromCode,
			@Column(name = "to_code") String toCode) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	protected CoBenefit() {
	}

	CoBenefit(UUID programmeId, ThemeCode from, ThemeCode to) {
		this.key = new Key(programmeId, from.value(), to.value());
	}

	public ThemeCode from() {
		return new ThemeCode(key.fromCode());
	}

	public ThemeCode to() {
		return new ThemeCode(key.toCode());
	}
}
