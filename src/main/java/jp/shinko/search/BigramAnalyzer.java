package jp.shinko.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/** Bigrams for recall: NFKC, then {@link BigramTokenizer}. */
final class BigramAnalyzer extends Analyzer {

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NfkcCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new BigramTokenizer());
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return JapaneseTextAnalyzer.VALUE_GAP;
    }
}
