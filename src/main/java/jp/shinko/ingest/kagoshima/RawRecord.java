package jp.shinko.ingest.kagoshima;

import java.util.List;

/** The lines of one numbered record, furniture blanked, from its start to the next record. */
record RawRecord(int number, List<SourceLine> lines) {

    RawRecord {
        lines = List.copyOf(lines);
    }

    int firstLine() {
        return lines.get(0).number();
    }

    /** The last line that carries text. */
    int lastLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).number();
            }
        }
        return firstLine();
    }
}
