package jp.shinko.ingest.kagoshima;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises what the PDF repeats on its pages and is not table content: the legend (網かけ…,
 * ◎/○/△/― meanings, 資料３), page numbers, the repeated title and the column-header blocks with
 * their labels printed one character per line.
 */
final class PageFurniture {

    private static final List<Pattern> LEGEND = List.of(
            Pattern.compile("網かけは、.*の取組"),
            Pattern.compile("(十分に達成された|概ね達成された|あまり達成されなかった)（.*）：\\S"),
            Pattern.compile("[ＨH][0-9０-９]+.*の実施事業なし：\\S"),
            Pattern.compile("資\\s*料\\s*[0-9０-９]+"));
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d+\\s*/\\s*\\d+");
    private static final Pattern ERA_LABEL = Pattern.compile(
            "[HRSＨＲＳ]?[0-9０-９]+(\\([RＲ]元\\))?|\\([RＲ]元\\)");
    private static final Pattern YEAR_LABEL = Pattern.compile(".*年度(の実施内容|以降)");
    /** Column-header labels of this layout; a header block contains at least one of them. */
    private static final Set<String> LABELS = Set.of("事業", "事業費", "（千円）", "予算額", "決算額",
            "実施主体", "関係機関等", "戦略", "プロジェクト", "評価", "（予定含む）", "（予定）", "（所管）",
            "拡充要素", "№", "事務・事業名 事業期間 事業概要");
    private static final Set<String> STRONG_LABELS = Set.of("事業費", "（千円）", "予算額", "決算額",
            "実施主体", "関係機関等", "戦略", "プロジェクト", "事務・事業名 事業期間 事業概要");
    private static final int LOOK_AHEAD = 40;

    private final String title;

    PageFurniture(String title) {
        this.title = title;
    }

    /** A legend line, a page number or the title: furniture wherever it stands. */
    boolean isFurnitureLine(String line) {
        String t = line.strip();
        return t.equals(title) || PAGE_NUMBER.matcher(t).matches()
                || LEGEND.stream().anyMatch(p -> p.matcher(t).matches());
    }

    /**
     * Whether a column-header block starts at {@code index}: a page number or an era label such as
     * {@code 31(R元)} followed within a few lines by an unmistakable column label.
     */
    boolean startsHeaderBlock(List<String> lines, int index) {
        String t = lines.get(index).strip();
        if (!(PAGE_NUMBER.matcher(t).matches() || isEraLabel(t) || STRONG_LABELS.contains(t))) {
            return false;
        }
        int seen = 0;
        for (int i = index; i < lines.size() && seen < LOOK_AHEAD; i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) {
                continue;
            }
            if (STRONG_LABELS.contains(s)) {
                return true;
            }
            if (!isHeaderLike(s)) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /** A line that may stand inside a header block. */
    boolean isHeaderLike(String line) {
        String t = line.strip();
        return t.isEmpty() || t.codePointCount(0, t.length()) == 1 || LABELS.contains(t)
                || isEraLabel(t) || YEAR_LABEL.matcher(t).matches() || isFurnitureLine(t);
    }

    private static boolean isEraLabel(String t) {
        return ERA_LABEL.matcher(t).matches() && !t.chars().allMatch(Character::isDigit);
    }
}
