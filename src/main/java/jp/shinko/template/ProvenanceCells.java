package jp.shinko.template;

import static jp.shinko.template.Column.Type.INTEGER;
import static jp.shinko.template.Column.Type.TEXT;

import java.util.List;
import java.util.Locale;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Provenance;

/**
 * The three columns that say where a row's facts were read: the source's SHA-256 (blank for the
 * document of 文書情報) and the first and last line in it. All blank: no provenance.
 */
final class ProvenanceCells {

    static final Column SHA256 = Column.optional("出典SHA-256", "source_sha256", TEXT);
    static final Column FIRST_LINE = Column.optional("出典開始行", "first_line", INTEGER);
    static final Column LAST_LINE = Column.optional("出典終了行", "last_line", INTEGER);
    static final List<Column> COLUMNS = List.of(SHA256, FIRST_LINE, LAST_LINE);

    private ProvenanceCells() {
    }

    static List<Cell> write(Provenance provenance, String sourceSha256) {
        if (provenance == null) {
            return List.of(Cell.BLANK, Cell.BLANK, Cell.BLANK);
        }
        String sha = provenance.sourceSha256().equals(sourceSha256) ? null : provenance.sourceSha256();
        return List.of(Cell.text(sha), Cell.number(provenance.firstLine()), Cell.number(provenance.lastLine()));
    }

    static Provenance read(SheetRow row, String sourceSha256) {
        String sha = row.text(SHA256);
        Integer first = row.integer(FIRST_LINE);
        Integer last = row.integer(LAST_LINE);
        if (first == null) {
            if (sha != null || last != null) {
                throw row.error(FIRST_LINE, Reason.of("template.source-first-line"));
            }
            return null;
        }
        int lastLine = last == null ? first : last;
        if (first < 1 || lastLine < first) {
            throw row.error(LAST_LINE, Reason.of("template.source-lines", first, lastLine));
        }
        String digest = sha == null ? sourceSha256 : sha.strip().toLowerCase(Locale.ROOT);
        if (!digest.matches("[0-9a-f]{64}")) {
            throw row.error(SHA256, Reason.of("template.not-sha256", String.valueOf(sha)));
        }
        return new Provenance(digest, first, lastLine);
    }
}
