package nl.wijkatelier.works;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Reads a large portfolio file in parts, one per processor, each straight from its bytes ({@link JsonBytes}), and
 * joins them into what one reader over the whole file gives.
 * <p>
 * A part ends at a comma between two features of the collection, found near an even share of the file by the
 * usual look of one: {@code ,{"type":"Feature"} (white space allowed between the tokens). A byte pattern cannot tell
 * whether it lies inside a text or inside a feature, so the reader of the part before checks it: it must come to
 * exactly that comma straight after a feature, at the level of the collection's features. Only then is the part after
 * it read as it would have been in one pass; otherwise the file is read in one pass after all. The tasks, their
 * order and the feature numbers are those of one pass, and the whole is checked once (unique ids, dependencies).
 */
final class FileParts {

	/** Files smaller than this are read in one pass: starting threads would cost more than it saves. */
	static final long SPLIT_FROM_BYTES = 8L << 20;
	/** How far past an even share a part's end is looked for. */
	private static final int SEARCH_BYTES = 1 << 20;
	private static final byte[] FEATURE_TYPE = "\"type\"".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] FEATURE = "\"Feature\"".getBytes(StandardCharsets.US_ASCII);

	/**
	 * What reading in parts gave: the tasks; or none, and whether the file is not plainly well-formed without errors
	 * (then one pass straight over the bytes would not read it either).
	 */
	record Outcome(Optional<List<Task>> tasks, boolean notPlain) {
		static final Outcome NOT_SPLIT = new Outcome(Optional.empty(), false);
		static final Outcome NOT_PLAIN = new Outcome(Optional.empty(), true);
	}

	private FileParts() {
	}

	static Outcome read(Path file) throws IOException {
		return read(file, Runtime.getRuntime().availableProcessors(), SPLIT_FROM_BYTES);
	}

	/** Reads in at most {@code parts} parts when the file has at least {@code minimumBytes}. */
	static Outcome read(Path file, int parts, long minimumBytes) throws IOException {
		long[] ends;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (parts < 2 || size < minimumBytes) {
				return Outcome.NOT_SPLIT;
			}
			ends = partEnds(channel, size, parts);
		}
		if (ends.length == 0) {
			return Outcome.NOT_SPLIT;
		}
		try {
			List<GeoJsonTaskReader> readers = IntStream.rangeClosed(0, ends.length).parallel()
					.mapToObj(k -> readPart(file, k == 0 ? 0 : ends[k - 1] + 1, k < ends.length ? ends[k] : Long.MAX_VALUE,
							k == 0))
					.toList();
			for (GeoJsonTaskReader reader : readers) {
				if (!reader.endedAtPartEnd()) {
					return Outcome.NOT_SPLIT;
				}
			}
			GeoJsonTaskReader whole = readers.get(0);
			for (int k = 1; k < readers.size(); k++) {
				whole.append(readers.get(k));
			}
			Optional<List<Task>> tasks = whole.finishParts();
			return tasks.isPresent() ? new Outcome(tasks, false) : Outcome.NOT_PLAIN;
		}
		catch (JsonBytes.Unsure | GeoJsonTaskReader.NotText ex) {
			// a part that did not start where the one before it ended reads as nonsense: try one pass
			return Outcome.NOT_SPLIT;
		}
		catch (PortfolioImportException ex) {
			return Outcome.NOT_PLAIN;
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static GeoJsonTaskReader readPart(Path file, long from, long end, boolean first) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			InputStream in = Channels.newInputStream(channel.position(from));
			GeoJsonTaskReader reader = GeoJsonTaskReader.part(
					first ? new JsonBytes(in) : JsonBytes.inArrayOfObject(in, from), end);
			if (first) {
				reader.readFirstPart();
			}
			else {
				reader.readNextPart();
			}
			return reader;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The offsets of the commas where the parts end, ascending; none when no such comma was found near a share. */
	private static long[] partEnds(FileChannel channel, long size, int parts) throws IOException {
		List<Long> ends = new ArrayList<>();
		byte[] window = new byte[SEARCH_BYTES];
		for (int k = 1; k < parts; k++) {
			long from = Math.max(size * k / parts, ends.isEmpty() ? 0 : ends.get(ends.size() - 1) + 1);
			int length = readAt(channel, from, window);
			int comma = featureComma(window, length);
			if (comma < 0) {
				return new long[0];
			}
			ends.add(from + comma);
		}
		return ends.stream().mapToLong(Long::longValue).toArray();
	}

	private static int readAt(FileChannel channel, long position, byte[] into) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(into);
		while (buffer.hasRemaining()) {
			int read = channel.read(buffer, position + buffer.position());
			if (read < 0) {
				break;
			}
		}
		return buffer.position();
	}

	/** The first comma followed by {@code {"type":"Feature"} in the bytes, or -1. */
	static int featureComma(byte[] bytes, int length) {
		for (int i = 0; i < length; i++) {
			if (bytes[i] != ',') {
				continue;
			}
			int at = space(bytes, i + 1, length);
			if (at >= length || bytes[at] != '{') {
				continue;
			}
			at = expect(bytes, space(bytes, at + 1, length), length, FEATURE_TYPE);
			if (at < 0 || (at = space(bytes, at, length)) >= length || bytes[at] != ':') {
				continue;
			}
			if (expect(bytes, space(bytes, at + 1, length), length, FEATURE) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static int space(byte[] bytes, int at, int length) {
		while (at < length && (bytes[at] == ' ' || bytes[at] == '\n' || bytes[at] == '\r' || bytes[at] == '\t')) {
			at++;
		}
		return at;
	}

	/** The index after {@code word} when the bytes hold it at {@code at}, else -1. */
	private static int expect(byte[] bytes, int at, int length, byte[] word) {
		if (at + word.length > length) {
			return -1;
		}
		for (int i = 0; i < word.length; i++) {
			if (bytes[at + i] != word[i]) {
				return -1;
			}
		}
		return at + word.length;
	}
}
