package nl.wijkatelier.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Service;

import nl.wijkatelier.shared.NeighbourhoodId;
import nl.wijkatelier.shared.ThemeCode;

/**
 * Full-text search in Dutch over everything in the knowledge base. The index lives in memory: it is rebuilt
 * from the database on start and then follows the domain events (items added, changed and removed), so it
 * never holds what the database does not.
 */
@Service
public class KnowledgeSearch {

	/** Longer queries are cut to this many characters; nobody types more, and Lucene has clause limits. */
	static final int MAX_QUERY_LENGTH = 300;
	static final int MAX_RESULTS = 50;

	/** One hit: the snippet is HTML with the matched words in {@code <mark>} and everything else escaped. */
	public record Hit(String type, String title, String url, String snippetHtml, List<ThemeCode> themes, String kind,
			Optional<NeighbourhoodId> neighbourhood) {
	}

	public record Results(long total, List<Hit> items) {
	}

	/** Filters; empty means any. */
	public record Filter(Optional<ThemeCode> theme, Optional<String> kind, Optional<NeighbourhoodId> neighbourhood) {

		public static Filter none() {
			return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
		}
	}

	private final DutchAnalyzer analyzer = new DutchAnalyzer(true);
	private final DutchAnalyzer queryAnalyzer = new DutchAnalyzer(false);
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final ReentrantLock writeLock = new ReentrantLock();
	/** How many changes this instance's index has taken, so a page made from its results knows when they may differ. */
	private final AtomicLong generation = new AtomicLong();

	KnowledgeSearch() {
		try {
			writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
			writer.commit();
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds or replaces the document with this key, visible to the next search. */
	public void index(SearchDocument document) {
		write(() -> writer.updateDocument(new Term("key", document.key()), toLucene(document)));
	}

	public void remove(String key) {
		write(() -> writer.deleteDocuments(new Term("key", key)));
	}

	/** Replaces the whole index with these documents in one step. */
	public void rebuild(List<SearchDocument> documents) {
		write(() -> {
			writer.deleteAll();
			for (SearchDocument document : documents) {
				writer.addDocument(toLucene(document));
			}
		});
	}

	/**
	 * Grows with every change of this instance's index (it follows the database, see {@code SearchFollower}); the
	 * same search gives the same results as long as it stays the same.
	 */
	public long generation() {
		return generation.get();
	}

	/**
	 * Searches titles (weighed three times) and texts. Words are combined with AND; {@code "..."} is a phrase,
	 * {@code -word} excludes, {@code word*} is a prefix. An exact title match ranks first. A blank query lists
	 * everything that passes the filters. Malformed input (unbalanced quotes, stray operators) is read as well
	 * as it can be and never fails.
	 */
	public Results search(String text, Filter filter) {
		String query = text == null ? "" : text.strip();
		if (query.length() > MAX_QUERY_LENGTH) {
			query = query.substring(0, MAX_QUERY_LENGTH);
		}
		Query textQuery = parse(query);
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
		if (!query.isEmpty()) {
			builder.add(new BoostQuery(new TermQuery(new Term("title_exact", query.toLowerCase(Locale.ROOT))), 20f),
					BooleanClause.Occur.SHOULD);
		}
		filter.theme().ifPresent(t -> builder.add(new TermQuery(new Term("theme", t.value())), BooleanClause.Occur.FILTER));
		filter.kind().ifPresent(k -> builder.add(new TermQuery(new Term("kind", k)), BooleanClause.Occur.FILTER));
		filter.neighbourhood().ifPresent(n -> builder.add(new TermQuery(new Term("neighbourhood", n.toString())),
				BooleanClause.Occur.FILTER));
		Query full = builder.build();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				TopDocs top = searcher.search(full, MAX_RESULTS);
				QueryScorer scorer = new QueryScorer(textQuery);
				Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"),
						new SimpleHTMLEncoder(), scorer);
				highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 160));
				List<Hit> hits = new ArrayList<>();
				for (ScoreDoc scoreDoc : top.scoreDocs) {
					Document doc = searcher.storedFields().document(scoreDoc.doc);
					hits.add(new Hit(doc.get("type"), doc.get("title"), doc.get("url"), snippet(highlighter, doc),
							Arrays.stream(doc.getValues("theme")).map(ThemeCode::new).toList(), doc.get("kind"),
							Optional.ofNullable(doc.get("neighbourhood")).map(NeighbourhoodId::of)));
				}
				return new Results(top.totalHits.value, hits);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query parse(String query) {
		if (query.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		SimpleQueryParser parser = new SimpleQueryParser(queryAnalyzer, Map.of("title", 3f, "body", 1f));
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		Query parsed = parser.parse(query);
		return parsed == null ? new MatchAllDocsQuery() : parsed;
	}

	private String snippet(Highlighter highlighter, Document doc) throws IOException {
		String body = doc.get("body");
		try {
			String fragment = highlighter.getBestFragment(analyzer, "body", body);
			if (fragment != null) {
				return fragment;
			}
		}
		catch (InvalidTokenOffsetsException ex) {
			// An offset the highlighter cannot place: fall back to the plain start of the text.
		}
		String start = body.length() > 200 ? body.substring(0, 200) + "…" : body;
		return new SimpleHTMLEncoder().encodeText(start);
	}

	private static Document toLucene(SearchDocument d) {
		Document doc = new Document();
		doc.add(new StringField("key", d.key(), Field.Store.YES));
		doc.add(new StringField("type", d.type(), Field.Store.YES));
		doc.add(new StringField("kind", d.kind(), Field.Store.YES));
		doc.add(new TextField("title", d.title(), Field.Store.YES));
		doc.add(new StringField("title_exact", d.title().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
		doc.add(new TextField("body", d.body(), Field.Store.YES));
		doc.add(new StringField("url", d.url(), Field.Store.YES));
		d.themes().forEach(t -> doc.add(new StringField("theme", t.value(), Field.Store.YES)));
		d.neighbourhood().ifPresent(n -> doc.add(new StringField("neighbourhood", n.toString(), Field.Store.YES)));
		return doc;
	}

	private interface IndexWork {
		void run() throws IOException;
	}

	private void write(IndexWork work) {
		writeLock.lock();
		try {
			work.run();
			writer.commit();
			// Refresh once per change, so searches (the hot path) never wait on a refresh themselves.
			searchers.maybeRefreshBlocking();
			generation.incrementAndGet();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writeLock.unlock();
		}
	}
}
