package jp.shinko.ingest.kagoshima;

import java.util.List;
import jp.shinko.plan.Amount;
import jp.shinko.plan.ProjectPeriod;
import jp.shinko.plan.YearFlag;

/**
 * One record of the list as read, cell by cell, before it becomes plan objects.
 *
 * @param resultSameAsLeft the result year's content was printed 同左 (resolved to the summary)
 * @param planSameAsLeft   the plan year's content was printed 同左 (resolved to the result content)
 */
record ListRecord(int number, int firstLine, int lastLine, YearFlag flag, List<String> codes,
                  int strategicMarks, String name, List<String> notes, List<String> formerNames,
                  ProjectPeriod period, String summary, Amount settled, String resultContent,
                  boolean resultSameAsLeft, String evaluation, Amount budget, String planContent,
                  boolean planSameAsLeft, String outlook, String expansionNote,
                  List<String> implementerLines, List<String> related) {

    ListRecord {
        codes = List.copyOf(codes);
        notes = List.copyOf(notes);
        formerNames = List.copyOf(formerNames);
        implementerLines = List.copyOf(implementerLines);
        related = List.copyOf(related);
    }
}
