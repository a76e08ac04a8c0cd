package jp.shinko.ingest.mapping;

import java.util.List;

/** What a table's rows gave through a profile: headings, entries and problems, in the table's order. */
public record MappedTable(List<Heading> headings, List<Entry> entries, List<CellProblem> problems) {

    public MappedTable {
        headings = List.copyOf(headings);
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
