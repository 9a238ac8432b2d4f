package nl.wijkatelier.works;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The part of a JSON token stream the task readers use, so that one reading logic runs over Jackson's parser (any
 * input, with its error locations) and over {@link JsonBytes} (the fast path for well-formed files). Tokens as
 * Jackson names them; {@code null} at the end of the input.
 */
interface JsonTokens {

	JsonToken nextToken();

	JsonToken currentToken();

	/** The member name at a {@link JsonToken#PROPERTY_NAME}. */
	String currentName();

	/** The text of a {@link JsonToken#VALUE_STRING}. */
	String getString();

	/** The value of a number token as the nearest double. */
	double getDoubleValue();

	/** An integer token's value in its canonical decimal form (no sign for zero, no leading zeros). */
	String integerText();

	/** At a start token, moves to its matching end token; elsewhere stays. */
	void skipChildren();

	static JsonTokens of(JsonParser parser) {
		return new Jackson(parser);
	}

	/** Jackson's parser as token stream. */
	record Jackson(JsonParser parser) implements JsonTokens {

		@Override
		public JsonToken nextToken() {
			return parser.nextToken();
		}

		@Override
		public JsonToken currentToken() {
			return parser.currentToken();
		}

		@Override
		public String currentName() {
			return parser.currentName();
		}

		@Override
		public String getString() {
			return parser.getString();
		}

		@Override
		public double getDoubleValue() {
			return parser.getDoubleValue();
		}

		@Override
		public String integerText() {
			return parser.getNumberValue().toString();
		}

		@Override
		public void skipChildren() {
			parser.skipChildren();
		}
	}
}
