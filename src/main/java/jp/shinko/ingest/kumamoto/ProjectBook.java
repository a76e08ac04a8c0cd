package jp.shinko.ingest.kumamoto;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Organization;
import jp.shinko.plan.Placement;
import jp.shinko.plan.Project;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.RecordStatus;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Turns the list's entries into projects, placements and one year record per project. An entry
 * marked 【再掲】 is a further placement of the project first listed under the same name, not a new
 * project, and its budget is not counted again; its department, budget and summary should repeat
 * the first listing's, and a warning says where they do not. Two entries whose names differ at
 * all (商店街魅力向上総合事業 and 商店街魅力向上総合事業（政策）) are different projects.
 */
final class ProjectBook {

    private final String file;
    private final String sha256;
    private final FiscalYear year;
    private final List<ImportWarning> warnings;
    /** The first listing of each name and the key of the project it made. */
    private record FirstListing(String key, ListedEntry entry) {
    }

    private final Map<String, FirstListing> firstByName = new HashMap<>();
    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, YearRecord> records = new LinkedHashMap<>();
    private final List<Placement> placements = new ArrayList<>();

    ProjectBook(String file, String sha256, FiscalYear year, List<ImportWarning> warnings) {
        this.file = file;
        this.sha256 = sha256;
        this.year = year;
        this.warnings = warnings;
    }

    void add(ListedEntry entry) {
        var row = entry.row();
        var nameKey = nameKey(row.name());
        var provenance = new Provenance(sha256, entry.firstLine(), entry.lastLine());
        var first = firstByName.get(nameKey);
        if (row.reListed()) {
            if (first == null) {
                throw new ParseException(file, entry.firstLine(), Reason.of("kumamoto.relisted-first", row.name()));
            }
            var key = first.key();
            compare(first.entry(), entry);
            mergeFlags(key, entry);
            placements.add(new Placement(key, entry.node(), false, row.printedNumber(), entry.order(), provenance));
            return;
        }
        if (first != null) {
            warnings.add(new ImportWarning(file, entry.firstLine(),
                    Reason.of("kumamoto.listed-twice", row.name(), first.entry().firstLine())));
        }
        var key = uniqueKey(nameKey);
        firstByName.putIfAbsent(nameKey, new FirstListing(key, entry));
        var departments = entry.departments().stream().map(Organization::name).toList();
        boolean cityOwn = !entry.departments().isEmpty() && entry.departments().stream().allMatch(Organization::isCity);
        projects.put(key, new Project(key, row.name(), List.of(), List.of(), null, entry.summary(), null,
                departments, List.of(), 0, List.of(), cityOwn));
        records.put(key, new YearRecord(key, year, row.budget(), null, null, false, null, null, null,
                row.flags(), RecordStatus.APPROVED, provenance));
        placements.add(new Placement(key, entry.node(), true, row.printedNumber(), entry.order(), provenance));
    }

    List<Project> projects() {
        return List.copyOf(projects.values());
    }

    List<YearRecord> yearRecords() {
        return List.copyOf(records.values());
    }

    List<Placement> placements() {
        return List.copyOf(placements);
    }

    /** Names meet when they differ only by width or spaces. */
    private static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** The project's key is its name (width and spaces normalized); a repeated name gets ~2, ~3. */
    private String uniqueKey(String nameKey) {
        var key = nameKey;
        for (int n = 2; projects.containsKey(key); n++) {
            key = nameKey + "~" + n;
        }
        return key;
    }

    private void compare(ListedEntry first, ListedEntry again) {
        var differences = new ArrayList<Reason>();
        if (!first.departments().equals(again.departments())) {
            differences.add(Reason.of("kumamoto.differs.departments", first.row().departmentCell(),
                    again.row().departmentCell()));
        }
        if (!first.row().budget().equals(again.row().budget())) {
            differences.add(Reason.of("kumamoto.differs.budget", first.row().budgetCell(), again.row().budgetCell()));
        }
        if (!first.summary().equals(again.summary())) {
            differences.add(Reason.of("kumamoto.differs.summary"));
        }
        if (!differences.isEmpty()) {
            // One key per count, so each language joins them its own way (・ in Japanese, "and" in English).
            var listed = new Reason("kumamoto.differences." + differences.size(), List.copyOf(differences));
            warnings.add(new ImportWarning(file, again.firstLine(),
                    Reason.of("kumamoto.relisted-differs", again.row().name(), listed, first.firstLine())));
        }
    }

    /** A ★ or 【新】 printed only on a re-listing still belongs to the project's year. */
    private void mergeFlags(String key, ListedEntry again) {
        var record = records.get(key);
        if (record.flags().containsAll(again.row().flags())) {
            return;
        }
        var flags = record.flags().isEmpty() ? EnumSet.noneOf(YearFlag.class) : EnumSet.copyOf(record.flags());
        flags.addAll(again.row().flags());
        warnings.add(new ImportWarning(file, again.firstLine(),
                Reason.of("kumamoto.relisted-flags", again.row().name(), again.row().flags())));
        records.put(key, new YearRecord(key, record.year(), record.budget(), record.settled(), record.content(),
                record.contentSameAsLeft(), record.evaluation(), record.outlook(), record.expansionNote(), flags,
                record.status(), record.provenance()));
    }
}
