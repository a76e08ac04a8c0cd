package jp.shinko.ingest.mapping;

import java.util.Locale;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;

/** What is wrong with one cell, at its place (事業一覧!C7, or 2ページ 表5行目 C列). */
public record CellProblem(String place, Reason why) implements Worded {

    @Override
    public String text(Locale locale) {
        return place + ": " + why.text(locale);
    }
}
