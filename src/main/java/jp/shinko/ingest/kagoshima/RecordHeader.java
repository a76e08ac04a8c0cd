package jp.shinko.ingest.kagoshima;

import java.util.List;
import jp.shinko.plan.YearFlag;

/**
 * The head of a record: №, change flag (新規/拡充, null if none), the four hierarchy codes, the
 * number of 戦略プロジェクト marks, and where the rest of the record (the name) begins.
 *
 * @param bodyLine   index into the record's lines where the body starts
 * @param bodyOffset character offset in that line
 */
record RecordHeader(int number, YearFlag flag, List<String> codes, int strategicMarks,
                    int bodyLine, int bodyOffset) {

    RecordHeader {
        codes = List.copyOf(codes);
    }
}
