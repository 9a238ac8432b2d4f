package nl.wijkatelier.works;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import tools.jackson.core.JsonToken;

/**
 * A strict JSON token stream straight over the bytes of a UTF-8 file, for the common case of a well-formed portfolio:
 * member names come from a small cache instead of a new text each time, strings of plain ASCII are copied once, and
 * numbers are read from their digits (a decimal of at most 15 digits without exponent is exactly the quotient of two
 * exact doubles, so one correctly rounded division gives the nearest double; longer forms go to
 * {@link Double#parseDouble}).
 * <p>
 * It knows no error messages: anything it does not take for certain as well-formed JSON of this reader's kind (a
 * byte-order mark, an escape in a string, bytes that are not UTF-8, deep nesting, any syntax error) throws
 * {@link Unsure}, and the caller reads the file again with Jackson, which names the error as it always has.
 */
final class JsonBytes implements JsonTokens {

	/** This stream cannot vouch for the input: read it with the full parser. */
	static final class Unsure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Unsure() {
			super(null, null, false, false);
		}
	}

	private static final Unsure UNSURE = new Unsure();

	/** What the next token may be. */
	private static final int VALUE = 0;
	private static final int VALUE_OR_END = 1;
	private static final int NAME_OR_END = 2;
	private static final int NAME = 3;
	private static final int COMMA_OR_END = 4;
	private static final int DONE = 5;

	private static final int MAX_DEPTH = 200;

	/** Strings longer than this many bytes are not cached. */
	private static final int MAX_CACHED = 64;

	private static final double[] POWERS_OF_TEN = new double[23];

	static {
		POWERS_OF_TEN[0] = 1;
		for (int i = 1; i < POWERS_OF_TEN.length; i++) {
			POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
		}
	}

	private final InputStream in;
	private byte[] buf = new byte[1 << 20];
	private int pos;
	private int limit;
	/** Start of the token being scanned, kept when the buffer is refilled; -1 outside a token. */
	private int mark = -1;
	private boolean eof;
	/** Bytes of the input before {@code buf[0]}: where the stream started plus what was read and let go. */
	private long discarded;

	/** Open containers: true for an object. */
	private final boolean[] objects = new boolean[MAX_DEPTH + 1];
	private int depth;
	private int expect = VALUE;
	private JsonToken current;
	private String name;
	private String string;

	private byte[] number = new byte[32];
	private int numberLength;
	private boolean numberIsInteger;

	/** Member names seen, by a hash of their bytes. */
	private final Texts names = new Texts(1024, 8);
	/**
	 * String values seen, by a hash of their bytes, one per slot: the owners, types, themes, dates and titles that
	 * recur from task to task stay, a task's own id passes through.
	 */
	private final Texts strings = new Texts(8192, 1);

	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

	JsonBytes(InputStream in) {
		this.in = in;
	}

	/**
	 * A stream over the input from {@code offset} on, where the input holds, at that offset, the next element of an
	 * array that is a member of the outermost object: just after the comma between two features of a collection.
	 */
	static JsonBytes inArrayOfObject(InputStream in, long offset) {
		JsonBytes tokens = new JsonBytes(in);
		tokens.discarded = offset;
		tokens.objects[0] = true;
		tokens.objects[1] = false;
		tokens.depth = 2;
		return tokens;
	}

	/** Texts by the bytes they were read from, with their hashes at hand so that most misses touch no other array. */
	private static final class Texts {
		final byte[][] bytes;
		final int[] hashes;
		final String[] texts;
		final int probes;

		Texts(int slots, int probes) {
			bytes = new byte[slots][];
			hashes = new int[slots];
			texts = new String[slots];
			this.probes = probes;
		}
	}

	@Override
	public JsonToken currentToken() {
		return current;
	}

	@Override
	public String currentName() {
		return name;
	}

	@Override
	public String getString() {
		return string;
	}

	@Override
	public JsonToken nextToken() {
		int b = skipSpace();
		if (b < 0) {
			throw UNSURE;
		}
		switch (expect) {
			case VALUE -> value(b);
			case VALUE_OR_END -> {
				if (b == ']') {
					end(false);
				}
				else {
					value(b);
				}
			}
			case NAME_OR_END -> {
				if (b == '}') {
					end(true);
				}
				else {
					name(b);
				}
			}
			case NAME -> name(b);
			case COMMA_OR_END -> {
				if (b == ',') {
					pos++;
					int next = skipSpace();
					if (objects[depth - 1]) {
						name(next);
					}
					else {
						value(next);
					}
				}
				else if (b == '}' || b == ']') {
					end(b == '}');
				}
				else {
					throw UNSURE;
				}
			}
			default -> throw UNSURE;
		}
		return current;
	}

	private void end(boolean object) {
		if (depth == 0 || objects[depth - 1] != object) {
			throw UNSURE;
		}
		pos++;
		depth--;
		current = object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
		afterValue();
	}

	private void afterValue() {
		expect = depth == 0 ? DONE : COMMA_OR_END;
	}

	private void name(int b) {
		if (b != '"') {
			throw UNSURE;
		}
		pos++;
		name = cachedString(names);
		if (skipSpace() != ':') {
			throw UNSURE;
		}
		pos++;
		current = JsonToken.PROPERTY_NAME;
		expect = VALUE;
	}

	/**
	 * A string's text, from just after its opening quote to after its closing quote, taken from the cache when the
	 * same bytes were read before: the same text without decoding or copying it again. A short string takes a free
	 * slot among the {@code probes} after its hash, or else the first one.
	 */
	private String cachedString(Texts cache) {
		mark = pos;
		int hash = 0;
		boolean ascii = true;
		while (true) {
			if (pos == limit && !fill()) {
				throw UNSURE;
			}
			byte c = buf[pos];
			if (c == '"') {
				break;
			}
			if (c == '\\' || (c >= 0 && c < 0x20)) {
				throw UNSURE;
			}
			ascii &= c >= 0;
			hash = hash * 31 + c;
			pos++;
		}
		int start = mark;
		int length = pos - start;
		mark = -1;
		pos++;
		if (length > MAX_CACHED) {
			return ascii ? new String(buf, start, length, StandardCharsets.ISO_8859_1) : text(start, length);
		}
		hash = hash * 31 + length;
		int mask = cache.bytes.length - 1;
		int first = (hash ^ (hash >>> 13)) & mask;
		int free = -1;
		for (int k = 0; k < cache.probes; k++) {
			int slot = (first + k) & mask;
			byte[] known = cache.bytes[slot];
			if (known == null) {
				free = slot;
				break;
			}
			if (cache.hashes[slot] == hash && known.length == length
					&& Arrays.equals(known, 0, length, buf, start, start + length)) {
				return cache.texts[slot];
			}
		}
		String text = ascii ? new String(buf, start, length, StandardCharsets.ISO_8859_1) : text(start, length);
		int slot = free >= 0 ? free : first;
		cache.bytes[slot] = Arrays.copyOfRange(buf, start, start + length);
		cache.hashes[slot] = hash;
		cache.texts[slot] = text;
		return text;
	}

	private void value(int b) {
		switch (b) {
			case '{' -> open(true);
			case '[' -> open(false);
			case '"' -> {
				pos++;
				string = cachedString(strings);
				current = JsonToken.VALUE_STRING;
				afterValue();
			}
			case 't' -> literal("true", JsonToken.VALUE_TRUE);
			case 'f' -> literal("false", JsonToken.VALUE_FALSE);
			case 'n' -> literal("null", JsonToken.VALUE_NULL);
			default -> {
				if (b == '-' || (b >= '0' && b <= '9')) {
					number();
					afterValue();
				}
				else {
					throw UNSURE;
				}
			}
		}
	}

	private void open(boolean object) {
		if (depth == MAX_DEPTH) {
			throw UNSURE;
		}
		pos++;
		objects[depth++] = object;
		current = object ? JsonToken.START_OBJECT : JsonToken.START_ARRAY;
		expect = object ? NAME_OR_END : VALUE_OR_END;
	}

	private void literal(String word, JsonToken token) {
		for (int i = 0; i < word.length(); i++) {
			if (pos == limit && !fill()) {
				throw UNSURE;
			}
			if (buf[pos++] != word.charAt(i)) {
				throw UNSURE;
			}
		}
		current = token;
		afterValue();
	}

	private String text(int start, int length) {
		try {
			CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(buf, start, length));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			throw UNSURE;
		}
	}

	/** A number by JSON's grammar: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
	private void number() {
		numberLength = 0;
		numberIsInteger = true;
		int c = peek();
		if (c == '-') {
			take(c);
			c = peek();
		}
		if (c == '0') {
			take(c);
			c = peek();
		}
		else if (c >= '1' && c <= '9') {
			while (c >= '0' && c <= '9') {
				take(c);
				c = peek();
			}
		}
		else {
			throw UNSURE;
		}
		if (c == '.') {
			numberIsInteger = false;
			take(c);
			c = digits();
		}
		if (c == 'e' || c == 'E') {
			numberIsInteger = false;
			take(c);
			c = peek();
			if (c == '+' || c == '-') {
				take(c);
			}
			digits();
		}
		current = numberIsInteger ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
	}

	/** At least one digit; returns the byte after them (or -1 at the end). */
	private int digits() {
		int c = peek();
		if (c < '0' || c > '9') {
			throw UNSURE;
		}
		while (c >= '0' && c <= '9') {
			take(c);
			c = peek();
		}
		return c;
	}

	private int peek() {
		if (pos == limit && !fill()) {
			return -1;
		}
		return buf[pos];
	}

	private void take(int c) {
		if (numberLength == number.length) {
			if (numberLength > 1000) {
				throw UNSURE;
			}
			number = Arrays.copyOf(number, numberLength * 2);
		}
		number[numberLength++] = (byte) c;
		pos++;
	}

	@Override
	public double getDoubleValue() {
		if (numberIsInteger) {
			if (numberLength <= 18) {
				return (double) parseLong();
			}
			return Double.parseDouble(new String(number, 0, numberLength, StandardCharsets.ISO_8859_1));
		}
		boolean negative = number[0] == '-';
		long mantissa = 0;
		int digits = 0;
		int scale = 0;
		boolean fraction = false;
		for (int i = negative ? 1 : 0; i < numberLength; i++) {
			byte c = number[i];
			if (c == '.') {
				fraction = true;
				continue;
			}
			if (c < '0' || c > '9' || ++digits > 15) {
				return Double.parseDouble(new String(number, 0, numberLength, StandardCharsets.ISO_8859_1));
			}
			mantissa = mantissa * 10 + (c - '0');
			if (fraction) {
				scale++;
			}
		}
		double value = mantissa / POWERS_OF_TEN[scale];
		return negative ? -value : value;
	}

	private long parseLong() {
		boolean negative = number[0] == '-';
		long value = 0;
		for (int i = negative ? 1 : 0; i < numberLength; i++) {
			value = value * 10 + (number[i] - '0');
		}
		return negative ? -value : value;
	}

	@Override
	public String integerText() {
		if (numberLength == 2 && number[0] == '-' && number[1] == '0') {
			return "0";
		}
		return new String(number, 0, numberLength, StandardCharsets.ISO_8859_1);
	}

	@Override
	public void skipChildren() {
		if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
			return;
		}
		int target = depth - 1;
		while (depth > target) {
			nextToken();
		}
	}

	/**
	 * Whether the input read so far reaches {@code offset}: the next byte that is not white space lies at or after it.
	 */
	boolean reached(long offset) {
		skipSpace();
		return discarded + pos >= offset;
	}

	/** Whether the next byte that is not white space is a comma between values, at {@code offset} in the input. */
	boolean commaAt(long offset) {
		return expect == COMMA_OR_END && skipSpace() == ',' && discarded + pos == offset;
	}

	/** Whether nothing but white space follows the value read. */
	boolean atEnd() {
		return expect == DONE && skipSpace() < 0;
	}

	/** The next byte that is not JSON white space, not taken; -1 at the end of the input. */
	private int skipSpace() {
		while (true) {
			if (pos == limit && !fill()) {
				return -1;
			}
			byte c = buf[pos];
			if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
				return c;
			}
			pos++;
		}
	}

	/** Reads more input, keeping the token being scanned; false at the end of the input. */
	private boolean fill() {
		if (eof) {
			return false;
		}
		int keep = mark >= 0 ? mark : pos;
		if (keep > 0) {
			discarded += keep;
			System.arraycopy(buf, keep, buf, 0, limit - keep);
			limit -= keep;
			pos -= keep;
			if (mark >= 0) {
				mark -= keep;
			}
		}
		if (limit == buf.length) {
			buf = Arrays.copyOf(buf, buf.length * 2);
		}
		try {
			int read = in.read(buf, limit, buf.length - limit);
			if (read <= 0) {
				eof = true;
				return false;
			}
			limit += read;
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
