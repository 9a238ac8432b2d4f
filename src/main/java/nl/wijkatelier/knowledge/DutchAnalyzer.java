package nl.wijkatelier.knowledge;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch text for search: lower case, accents folded (coöperatie = cooperatie), Dutch stop words dropped,
 * compound words split into the parts a small dictionary knows (tegelwippen also yields tegel and wippen),
 * then the Snowball Dutch stemmer (regenpijpen and regenpijp meet). Documents are split into compound parts,
 * queries are not: "tegels wippen" finds "tegelwippen", while "regenpijpen" does not widen to every text that
 * mentions "pijp".
 */
final class DutchAnalyzer extends Analyzer {

	private final boolean decompound;

	/** @param decompound true for documents, false for queries */
	DutchAnalyzer(boolean decompound) {
		this.decompound = decompound;
	}

	/** Word parts that Dutch neighbourhood texts glue into compounds; lower case, accents folded. */
	static final List<String> COMPOUND_PARTS = List.of("tegel", "tegels", "wippen", "wip", "regen", "pijp",
			"water", "groen", "dak", "daken", "gevel", "tuin", "tuinen", "zon", "zonne", "paneel", "panelen",
			"energie", "warmte", "net", "riool", "riolering", "straat", "straten", "buurt", "wijk", "bewoner",
			"bewoners", "actie", "isolatie", "spouw", "muur", "vloer", "glas", "gas", "boom", "bomen", "plant",
			"planten", "zaai", "dag", "klimaat", "hitte", "droogte", "speel", "plek", "subsidie", "cooperatie",
			"buren", "huis", "woning", "corporatie", "bespaar", "besparing", "pakket", "pakketten", "afkoppelen",
			"koppel", "opgave", "opgaven", "budget", "potje", "atelier", "kennis", "eenzaamheid", "samen");

	private static final CharArraySet STOP_WORDS = new CharArraySet(List.of("de", "het", "een", "en", "van", "in",
			"op", "te", "dat", "die", "is", "voor", "met", "aan", "er", "om", "of", "als", "bij", "ook", "tot", "je",
			"we", "zijn", "naar", "dan", "nog", "wat", "wel", "zo", "door", "over", "uit", "the", "and", "of", "to"),
			false);

	private static final CharArraySet DICTIONARY = new CharArraySet(COMPOUND_PARTS, false);

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new StandardTokenizer();
		TokenStream stream = new LowerCaseFilter(tokenizer);
		stream = new ASCIIFoldingFilter(stream);
		stream = new StopFilter(stream, STOP_WORDS);
		if (decompound) {
			stream = new DictionaryCompoundWordTokenFilter(stream, DICTIONARY, 3, 3, 15, false);
		}
		stream = new SnowballFilter(stream, new DutchStemmer());
		return new TokenStreamComponents(tokenizer, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}
}
