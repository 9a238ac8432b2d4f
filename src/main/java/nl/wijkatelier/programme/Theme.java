package nl.wijkatelier.programme;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.wijkatelier.shared.ProgrammeId;
import nl.wijkatelier.shared.ThemeCode;

/** An integral theme of a programme, named in Dutch and English. */
@Entity
@Table(name = "theme")
public class Theme {

	@Id
	private UUID id;
	@Column(name = "programme_id")
	private UUID programmeId;
	private String code;
	@Column(name = "name_nl")
	private String nameNl;
	@Column(name = "name_en")
	private String nameEn;
	@Column(name = "description_nl")
	private String descriptionNl;
	@Column(name = "description_en")
	private String descriptionEn;
	private int position;

	protected Theme() {
	}

	Theme(ProgrammeId programme, ThemeCode code, String nameNl, String nameEn, String descriptionNl,
			String descriptionEn, int position) {
		this.id = UUID.randomUUID();
		this.programmeId = programme.value();
		this.code = code.value();
		rename(nameNl, nameEn, descriptionNl, descriptionEn);
		this.position = position;
	}

	void rename(String nameNl, String nameEn, String descriptionNl, String descriptionEn) {
		this.nameNl = nameNl;
		this.nameEn = nameEn == null || nameEn.isBlank() ? nameNl : nameEn;
		this.descriptionNl = descriptionNl;
		this.descriptionEn = descriptionEn;
	}

	public ThemeCode code() {
		return new ThemeCode(code);
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	/** The name in the given language: English for {@code en}, Dutch otherwise. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
	}

	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
	}

	public String nameNl() {
		return nameNl;
	}

	public String nameEn() {
		return nameEn;
	}

	public int position() {
		return position;
	}
}
