package jp.shinko.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.YearOverYear;
import jp.shinko.store.YearOverYearQueries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A plan's year-over-year changes as CSV (RFC 4180, CRLF), one row per change: kind, project,
 * before, after, and for money the difference in thousand yen and per cent. Text cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
@Component
class ChangesCsv {

    private final MessageSource messages;

    ChangesCsv(MessageSource messages) {
        this.messages = messages;
    }

    String write(YearOverYearQueries.PlanChanges loaded) {
        var out = new StringWriter();
        try (var printer = jp.shinko.csv.CsvWriter.of(out, msg("changes.csv.kind"), msg("changes.csv.key"),
                msg("changes.csv.name"), msg("changes.csv.before"), msg("changes.csv.after"),
                msg("changes.csv.difference"), msg("changes.csv.percent"))) {
            var c = loaded.changes();
            if (c != null) {
                for (var row : rows(c)) {
                    printer.row(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<List<String>> rows(YearOverYear c) {
        var rows = new ArrayList<List<String>>();
        c.added().forEach(p -> rows.add(row("new", p.key(), p.name(), "", "", "", "")));
        c.ended().forEach(p -> rows.add(row("ended", p.key(), p.name(), "", "", "", "")));
        c.merged().forEach(m -> rows.add(row("merged", m.project().key(), m.project().name(), "", m.intoName(), "", "")));
        c.renamed().forEach(r -> rows.add(row("renamed", r.project().key(), r.after(), r.before(), r.after(), "", "")));
        for (var list : List.of(c.rises(), c.falls())) {
            list.forEach(m -> rows.add(row(m.changeThousandYen() > 0 ? "rise" : "fall", m.project().key(),
                    m.project().name(), Long.toString(m.beforeThousandYen()), Long.toString(m.nowThousandYen()),
                    Long.toString(m.changeThousandYen()), m.percent().map(Object::toString).orElse(""))));
        }
        c.evaluations().forEach(e -> rows.add(row("evaluation", e.project().key(), e.project().name(),
                e.before(), e.after(), "", "")));
        c.contents().forEach(t -> rows.add(row("content", t.project().key(), t.project().name(),
                t.before(), t.after(), "", "")));
        return rows;
    }

    private List<String> row(String kind, String key, String name, String before, String after, String difference,
                             String percent) {
        return List.of(msg("changes.kind." + kind), safe(key), safe(name), safe(before), safe(after), difference,
                percent);
    }

    /** A text cell starting with = + - @ or a control character reads as text, not as a formula. */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
