package jp.shinko.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * TF-IDF cosine over kuromoji tokens (base forms, particles and stop words dropped) of each
 * project's name (counted twice) and summary, plus a bonus per shared theme. Only projects of
 * other municipalities are candidates.
 */
final class SimilarityIndex {

    /** Added to the cosine per shared theme: enough to order near ties, not to make strangers similar. */
    static final double THEME_BONUS = 0.05;
    static final double MIN_COSINE = 0.08;

    /** One project as the index sees it. */
    public record Entry(String planKey, String municipalityCode, String municipality, String projectKey,
                        String name, String summary, Set<String> themes, Integer budgetYear, Long budgetThousandYen) {
    }

    private final List<Entry> entries;
    private final List<Map<String, Double>> vectors = new ArrayList<>();
    /** Per term, the entries that have it: a lookup visits only projects sharing a word. */
    private final Map<String, List<Integer>> postings = new HashMap<>();

    public SimilarityIndex(List<Entry> entries) {
        this(entries, entries.stream().map(SimilarityIndex::terms).toList());
    }

    /** With each entry's term counts already computed by {@link #terms(Entry)}, in the same order. */
    SimilarityIndex(List<Entry> entries, List<Map<String, Integer>> counts) {
        this.entries = List.copyOf(entries);
        var documentFrequency = new HashMap<String, Integer>();
        counts.forEach(tf -> tf.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
        int n = this.entries.size();
        for (int i = 0; i < n; i++) {
            var v = new HashMap<String, Double>();
            counts.get(i).forEach((t, c) -> v.put(t, (1 + Math.log(c)) * Math.log((double) (n + 1) / documentFrequency.get(t))));
            double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
            if (norm > 0) {
                v.replaceAll((t, x) -> x / norm);
            }
            vectors.add(v);
            for (var t : v.keySet()) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The weighted term counts of a project's name (counted twice) and summary. */
    static Map<String, Integer> terms(Entry entry) {
        var tf = new HashMap<String, Integer>();
        try (var analyzer = new JapaneseAnalyzer()) {
            add(analyzer, entry.name(), 2, tf);
            add(analyzer, entry.summary(), 1, tf);
        }
        return tf;
    }

    /** The most similar projects in other municipalities, best first. */
    public List<SimilarProject> similarTo(String planKey, String projectKey, int limit) {
        int self = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).planKey().equals(planKey) && entries.get(i).projectKey().equals(projectKey)) {
                self = i;
            }
        }
        if (self < 0) {
            return List.of();
        }
        var me = entries.get(self);
        var mine = vectors.get(self);
        var candidates = new java.util.TreeSet<Integer>();
        mine.keySet().forEach(t -> candidates.addAll(postings.getOrDefault(t, List.of())));
        var result = new ArrayList<SimilarProject>();
        for (int i : candidates) {
            var other = entries.get(i);
            if (other.municipalityCode().equals(me.municipalityCode())) {
                continue;
            }
            var contributions = new HashMap<String, Double>();
            var theirs = vectors.get(i);
            mine.forEach((t, w) -> {
                var o = theirs.get(t);
                if (o != null) {
                    contributions.put(t, w * o);
                }
            });
            double cosine = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
            if (cosine < MIN_COSINE) {
                continue;
            }
            var shared = new LinkedHashSet<>(me.themes());
            shared.retainAll(other.themes());
            var terms = contributions.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(5).map(Map.Entry::getKey).toList();
            result.add(new SimilarProject(other.planKey(), other.municipality(), other.projectKey(), other.name(),
                    other.budgetYear(), other.budgetThousandYen(), cosine + THEME_BONUS * shared.size(), terms, List.copyOf(shared)));
        }
        result.sort(Comparator.comparingDouble(SimilarProject::score).reversed());
        return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
    }

    private static void add(JapaneseAnalyzer analyzer, String text, int weight, Map<String, Integer> tf) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (var stream = analyzer.tokenStream("text", ThemeRules.normalized(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                var t = term.toString();
                if (t.length() > 1 || !Character.isLetterOrDigit(t.charAt(0)) || Character.isIdeographic(t.charAt(0))) {
                    tf.merge(t, weight, Integer::sum);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
