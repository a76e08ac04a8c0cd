package jp.shinko.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Words: NFKC, kuromoji in search mode with the domain dictionary, base forms, Japanese stop words
 * and parts of speech removed, hiragana folded to katakana, trailing long vowel marks of katakana
 * words dropped (サーバー = サーバ), lower case.
 */
final class JapaneseTextAnalyzer extends Analyzer {

    /** Keeps phrases from running from one value of a multi-valued field into the next. */
    static final int VALUE_GAP = 100;

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new NfkcCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new JapaneseTokenizer(DomainDictionary.get(), true, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
        stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
        stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
        stream = new KanaFolding(stream);
        stream = new JapaneseKatakanaStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
