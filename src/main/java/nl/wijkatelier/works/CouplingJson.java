package nl.wijkatelier.works;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.wijkatelier.shared.Money;
import nl.wijkatelier.works.CouplingResult.Cluster;
import nl.wijkatelier.works.CouplingResult.NearMiss;
import nl.wijkatelier.works.CouplingResult.Pair;

/**
 * Writes a coupling result in the shape of issue 4, streaming: {@code {"tasks": n, "pairs": [{"a", "b",
 * "severity", "distanceMetres", "overlapDays", "potentialSaving"}], "clusters": [{"tasks": [ids],
 * "potentialSaving"}], "nearMisses": [{"a", "b", "gapDays"}]}}, amounts in euros.
 * <p>
 * Compact JSON, byte for byte as Jackson's generator writes it (texts escaped as Jackson escapes them, decimals as
 * {@link Double#toString}, amounts as {@link Money#toDecimal}), but straight into a byte buffer: a million pairs
 * and near misses cost no generator calls and no BigDecimal each.
 */
public final class CouplingJson {

	private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

	private final OutputStream out;
	private final byte[] buf = new byte[1 << 16];
	private int at;

	private CouplingJson(OutputStream out) {
		this.out = out;
	}

	public static void write(CouplingResult result, OutputStream out) {
		CouplingJson json = new CouplingJson(out);
		try {
			json.result(result);
			json.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void result(CouplingResult result) throws IOException {
		ascii("{\"tasks\":");
		ascii(Integer.toString(result.tasks()));
		ascii(",\"pairs\":[");
		boolean first = true;
		for (Pair p : result.pairs()) {
			ascii(first ? "{\"a\":" : ",{\"a\":");
			first = false;
			string(p.a());
			ascii(",\"b\":");
			string(p.b());
			ascii(",\"severity\":");
			string(p.severity().name());
			ascii(",\"distanceMetres\":");
			ascii(Double.toString(p.distanceMetres()));
			ascii(",\"overlapDays\":");
			ascii(Integer.toString(p.overlapDays()));
			ascii(",\"potentialSaving\":");
			euros(p.potentialSavingCents());
			ascii("}");
		}
		ascii("],\"clusters\":[");
		first = true;
		for (Cluster c : result.clusters()) {
			ascii(first ? "{\"tasks\":[" : ",{\"tasks\":[");
			first = false;
			for (int i = 0; i < c.tasks().size(); i++) {
				if (i > 0) {
					ascii(",");
				}
				string(c.tasks().get(i));
			}
			ascii("],\"potentialSaving\":");
			euros(c.potentialSavingCents());
			ascii("}");
		}
		ascii("],\"nearMisses\":[");
		first = true;
		for (NearMiss m : result.nearMisses()) {
			ascii(first ? "{\"a\":" : ",{\"a\":");
			first = false;
			string(m.a());
			ascii(",\"b\":");
			string(m.b());
			ascii(",\"gapDays\":");
			ascii(Integer.toString(m.gapDays()));
			ascii("}");
		}
		ascii("]}");
	}

	/** An amount as {@link Money#toDecimal} gives it: {@code 12}, {@code 12.5}, {@code 12.05}. */
	private void euros(long cents) throws IOException {
		if (cents < 0) {
			ascii(Money.ofCents(cents).toDecimal().toString());
			return;
		}
		ascii(Long.toString(cents / 100));
		int rest = (int) (cents % 100);
		if (rest != 0) {
			room(3);
			buf[at++] = '.';
			buf[at++] = (byte) ('0' + rest / 10);
			if (rest % 10 != 0) {
				buf[at++] = (byte) ('0' + rest % 10);
			}
		}
	}

	/** Text known to be ASCII without anything to escape. */
	private void ascii(String s) throws IOException {
		int n = s.length();
		if (n > buf.length - at) {
			flush();
		}
		if (n > buf.length) {
			out.write(s.getBytes(StandardCharsets.US_ASCII));
			return;
		}
		for (int i = 0; i < n; i++) {
			buf[at++] = (byte) s.charAt(i);
		}
	}

	/**
	 * A JSON string as Jackson escapes it: the quote and backslash with a backslash, the control characters
	 * {@code \b \t \n \f \r} by their letter and the others as a six-character escape of their code, everything else as UTF-8.
	 */
	private void string(String s) throws IOException {
		int n = s.length();
		// six bytes a character at most (an escape), so a short text needs no check per character
		boolean reserved = 2 + 6L * n <= buf.length;
		room(reserved ? 2 + 6 * n : 2);
		buf[at++] = '"';
		for (int i = 0; i < n; i++) {
			char c = s.charAt(i);
			if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
				if (!reserved) {
					room(1);
				}
				buf[at++] = (byte) c;
			}
			else if (c == '"' || c == '\\') {
				escape((byte) c);
			}
			else if (c < 0x20) {
				switch (c) {
					case '\b' -> escape((byte) 'b');
					case '\t' -> escape((byte) 't');
					case '\n' -> escape((byte) 'n');
					case '\f' -> escape((byte) 'f');
					case '\r' -> escape((byte) 'r');
					default -> {
						room(6);
						buf[at++] = '\\';
						buf[at++] = 'u';
						buf[at++] = '0';
						buf[at++] = '0';
						buf[at++] = HEX[c >> 4];
						buf[at++] = HEX[c & 0xF];
					}
				}
			}
			else {
				int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
				byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
				room(utf8.length);
				System.arraycopy(utf8, 0, buf, at, utf8.length);
				at += utf8.length;
				i = end - 1;
			}
		}
		room(1);
		buf[at++] = '"';
	}

	private void escape(byte letter) throws IOException {
		room(2);
		buf[at++] = '\\';
		buf[at++] = letter;
	}

	private void room(int bytes) throws IOException {
		if (buf.length - at < bytes) {
			flush();
		}
	}

	private void flush() throws IOException {
		out.write(buf, 0, at);
		at = 0;
		out.flush();
	}
}
