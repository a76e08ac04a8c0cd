package jp.shinko.ingest.kagoshima;

import java.util.List;

/**
 * The 事務・事業名 cell with its notes, and the 事業期間 text as printed (empty if none).
 *
 * @param rest where the record continues after the period (the 事業概要)
 */
record NameBlock(String name, List<String> notes, String periodText, int periodLine, Cursor rest) {

    NameBlock {
        notes = List.copyOf(notes);
    }
}
