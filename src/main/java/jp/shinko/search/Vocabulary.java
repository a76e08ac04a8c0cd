package jp.shinko.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;

/**
 * The words the indexed projects use, read from their stored texts: each word and each run of two
 * or three words as printed (事業承継, 商店街), with its kuromoji reading (ショウテンガイ) and the
 * number of projects that use it. A query's kana words are looked up by reading, and a word
 * nothing matches is compared with these to suggest 「もしかして」. Built on the query side from an
 * index snapshot, again whenever the index changes; never stored.
 */
final class Vocabulary {

    /** Longest run of words kept as one phrase. */
    private static final int MAX_WORDS = 3;
    /** Phrases longer than this (characters) are not suggested: suggestions correct words, not sentences. */
    private static final int MAX_LENGTH = 12;

    private final Map<String, Integer> phrases;
    private final Map<String, Map<String, Integer>> byReading;

    private Vocabulary(Map<String, Integer> phrases, Map<String, Map<String, Integer>> byReading) {
        this.phrases = phrases;
        this.byReading = byReading;
    }

    static Vocabulary of(IndexReader reader) {
        var phrases = new HashMap<String, Integer>();
        var byReading = new HashMap<String, Map<String, Integer>>();
        var live = MultiBits.getLiveDocs(reader);
        try (var tokenizer = new JapaneseTokenizer(DomainDictionary.get(), true, true, JapaneseTokenizer.Mode.NORMAL)) {
            var stored = reader.storedFields();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var document = stored.document(doc);
                var seen = new HashSet<String>();
                for (var field : SearchField.values()) {
                    for (var text : document.getValues(field.stored())) {
                        collect(tokenizer, text, seen, byReading);
                    }
                }
                seen.forEach(p -> phrases.merge(p, 1, Integer::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(phrases, byReading);
    }

    private static void collect(JapaneseTokenizer tokenizer, String text, HashSet<String> seen,
                                Map<String, Map<String, Integer>> byReading) throws IOException {
        var words = new ArrayList<String[]>();
        tokenizer.setReader(new StringReader(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        var term = tokenizer.addAttribute(CharTermAttribute.class);
        var reading = tokenizer.addAttribute(ReadingAttribute.class);
        var pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            var surface = term.toString();
            var tag = pos.getPartOfSpeech();
            // カスタム名詞: the domain dictionary's words (事業承継, インバウンド).
            boolean content = tag != null && (tag.startsWith("名詞") || tag.startsWith("動詞") || tag.startsWith("形容")
                    || tag.startsWith("接頭詞") || tag.startsWith("カスタム名詞"))
                    && !tag.startsWith("名詞-数") && !tag.startsWith("名詞-非自立");
            if (!content || !isWord(surface)) {
                words.add(null);
                continue;
            }
            var read = reading.getReading();
            words.add(new String[] {surface, read == null ? toKatakana(surface) : read});
        }
        tokenizer.end();
        tokenizer.close();
        for (int i = 0; i < words.size(); i++) {
            var surface = new StringBuilder();
            var read = new StringBuilder();
            for (int n = 0; n < MAX_WORDS && i + n < words.size() && words.get(i + n) != null; n++) {
                surface.append(words.get(i + n)[0]);
                read.append(words.get(i + n)[1]);
                var phrase = surface.toString();
                if (phrase.length() < 2 || phrase.length() > MAX_LENGTH) {
                    continue;
                }
                if (seen.add(phrase)) {
                    byReading.computeIfAbsent(read.toString(), k -> new HashMap<>()).merge(phrase, 1, Integer::sum);
                }
            }
        }
    }

    private static boolean isWord(String surface) {
        return surface.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == 'ー');
    }

    /** Phrases read as {@code kana} (hiragana or katakana), most used first. */
    List<String> byReading(String kana) {
        var found = byReading.getOrDefault(toKatakana(kana), Map.of());
        return found.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .filter(p -> !toKatakana(p).equals(toKatakana(kana)))
                .toList();
    }

    /** How many projects use the phrase (0: none). */
    int projects(String phrase) {
        return phrases.getOrDefault(phrase, 0);
    }

    /**
     * The phrase closest to {@code word} that projects use: one character changed, added or
     * dropped, or up to two swaps of neighbours (a little more for words of six characters or
     * more); among equally close ones the most used. Empty when the word itself is used.
     */
    Optional<String> closest(String word) {
        var target = Normalizer.normalize(word, Normalizer.Form.NFKC);
        if (target.length() < 2 || phrases.containsKey(target)) {
            return Optional.empty();
        }
        // Costs are doubled except a swap of neighbours (継承 for 承継), the commonest slip in kanji.
        int allowed = target.length() <= 5 ? 2 : 3;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestUse = 0;
        for (var entry : phrases.entrySet()) {
            var phrase = entry.getKey();
            if (2 * Math.abs(phrase.length() - target.length()) > allowed) {
                continue;
            }
            int distance = distance(target, phrase, allowed);
            if (distance <= allowed && (distance < bestDistance
                    || distance == bestDistance && (entry.getValue() > bestUse
                    || entry.getValue() == bestUse && phrase.compareTo(best) < 0))) {
                best = phrase;
                bestDistance = distance;
                bestUse = entry.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Optimal string alignment distance (Damerau–Levenshtein without repeated edits) with a change,
     * an addition or a removal costing 2 and a swap of neighbours 1; cut off above {@code max}.
     */
    static int distance(String a, String b, int max) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = 2 * i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = 2 * j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 2, d[i][j - 1] + 2), d[i - 1][j - 1] + 2 * cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /** Whether the word is written in kana only (hiragana, katakana, ー), the way a reading is typed. */
    static boolean isKana(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー');
    }

    static String toKatakana(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + ('ァ' - 'ぁ')) : c);
        }
        return out.toString();
    }

    int size() {
        return phrases.size();
    }
}
