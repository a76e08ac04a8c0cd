package jp.shinko.ingest.mapping;

import java.util.List;
import java.util.Optional;
import jp.shinko.era.Era;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.Plan;

/**
 * A city's own table layout, as a versioned profile says how to read it (docs/mapping-format.md):
 * the plan it belongs to, the sheet, the header rows, the columns and the hierarchy.
 *
 * @param version       the format version, {@value #VERSION} today
 * @param title         the document's title, for the import log
 * @param year          the fiscal year the list is for: content, flags, outlook and columns without a year
 * @param sheet         the sheet to read (XLSX); null for the first
 * @param headerRows    the 1-based rows of the sheet that hold the headers, top first
 * @param bareEra       the era of years printed without one (18年度～), or null to refuse them
 */
public record MappingProfile(int version, Municipality municipality, Plan plan, String title, FiscalYear year,
                             String sheet, List<Integer> headerRows, List<ColumnSpec> columns,
                             HierarchySpec hierarchy, Era bareEra) {

    public static final int VERSION = 1;
    /** The value of the profile's {@code format} key. */
    public static final String FORMAT = "shinko-mapping/" + VERSION;

    public MappingProfile {
        headerRows = List.copyOf(headerRows);
        columns = List.copyOf(columns);
    }

    /** The first data row: the one after the last header row (1-based). */
    public int firstDataRow() {
        return headerRows.get(headerRows.size() - 1) + 1;
    }

    public List<ColumnSpec> columns(Field field) {
        return columns.stream().filter(c -> c.field() == field).toList();
    }

    public Optional<ColumnSpec> column(Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    /** The width the table must have: one past the last column read. */
    public int width() {
        return columns.stream().mapToInt(ColumnSpec::index).max().orElse(-1) + 1;
    }
}
