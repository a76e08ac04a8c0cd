package jp.shinko.ingest.mapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.TreeSet;
import jp.shinko.ingest.Reason;
import jp.shinko.plan.Amount;
import jp.shinko.plan.Evaluation;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.plan.Placement;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.Provenance;
import jp.shinko.plan.Source;
import jp.shinko.plan.YearFlag;
import jp.shinko.plan.YearRecord;

/**
 * Turns the headings and entries of a mapped table into plan content. A project is known by its
 * name: its first row is its primary placement, a later row of the same name under another node a
 * 再掲; the same name twice under one node is an error at the second. 部 and 課 become the
 * organization tree (課 with its 部 as parent), all the city's own departments.
 */
final class ContentBuilder {

    private final MappingProfile profile;
    private final List<CellProblem> problems = new ArrayList<>();

    ContentBuilder(MappingProfile profile) {
        this.profile = profile;
    }

    List<CellProblem> problems() {
        return problems;
    }

    PlanContent build(Source source, MappedTable mapped) {
        var nodes = mapped.headings().stream().map(h -> new PolicyNode(h.path(), h.title())).toList();
        var organizations = new LinkedHashMap<String, Organization>();
        var projects = new LinkedHashMap<String, Project>();
        var placements = new ArrayList<Placement>();
        var records = new ArrayList<YearRecord>();
        var firstPlace = new HashMap<String, String>();
        int order = 0;
        for (var entry : mapped.entries()) {
            order++;
            String key = key(entry.name());
            String sameNode = key + "@" + entry.node();
            if (firstPlace.containsKey(sameNode)) {
                problems.add(new CellProblem(entry.place(), entry.line(), entry.column(),
                        Reason.of("mapping.name-twice", entry.name(), entry.node().toString(), firstPlace.get(sameNode))));
                continue;
            }
            firstPlace.put(sameNode, entry.place());
            var provenance = new Provenance(source.sha256(), entry.line(), entry.line());
            if (projects.containsKey(key)) {
                placements.add(new Placement(key, entry.node(), false, entry.number(), order, provenance));
                continue;
            }
            if (entry.bureau() != null) {
                organizations.putIfAbsent(entry.bureau(),
                        new Organization(entry.bureau(), OrganizationKind.CITY_DEPARTMENT, null));
            }
            for (var department : entry.departments()) {
                organizations.putIfAbsent(department,
                        new Organization(department, OrganizationKind.CITY_DEPARTMENT, entry.bureau()));
            }
            var departments = entry.departments().isEmpty() && entry.bureau() != null
                    ? List.of(entry.bureau()) : entry.departments();
            projects.put(key, new Project(key, entry.name(), List.of(), entry.notes(), entry.period(),
                    entry.summary(), null, departments, List.of(), entry.strategicMarks(),
                    entry.strategicProjects(), true));
            placements.add(new Placement(key, entry.node(), true, entry.number(), order, provenance));
            records.addAll(records(key, entry, provenance));
        }
        return new PlanContent(profile.municipality(), profile.plan(), source, nodes,
                List.copyOf(organizations.values()), List.copyOf(projects.values()), placements, records);
    }

    private List<YearRecord> records(String key, Entry entry, Provenance provenance) {
        var years = new TreeSet<FiscalYear>();
        years.add(profile.year());
        years.addAll(entry.budget().keySet());
        years.addAll(entry.settled().keySet());
        years.addAll(entry.evaluation().keySet());
        var flags = EnumSet.noneOf(YearFlag.class);
        if (entry.markers().contains(Marker.NEW)) {
            flags.add(YearFlag.NEW);
        }
        if (entry.markers().contains(Marker.EXPANDED)) {
            flags.add(YearFlag.EXPANDED);
        }
        if (entry.markers().contains(Marker.PRIORITY)) {
            flags.add(YearFlag.PRIORITY);
        }
        var records = new ArrayList<YearRecord>();
        for (var year : years) {
            boolean listYear = year.equals(profile.year());
            String mark = entry.evaluation().get(year);
            records.add(new YearRecord(key, year, amount(entry.budget().get(year), entry),
                    amount(entry.settled().get(year), entry), listYear ? entry.content() : null, false,
                    mark == null ? null : Evaluation.of(mark), listYear ? entry.outlook() : null, null,
                    listYear ? flags : EnumSet.noneOf(YearFlag.class), null, provenance));
        }
        return records;
    }

    /**
     * The amount as the year record keeps it. The record keeps 千円 today, so an amount in 円 that is
     * not a whole number of thousands cannot be kept exactly yet and is refused rather than rounded.
     */
    private Amount amount(CellAmount cell, Entry entry) {
        if (cell == null) {
            return Amount.notStated();
        }
        return switch (cell.kind()) {
            case VALUE -> {
                if (cell.yen() % 1_000 != 0) {
                    problems.add(new CellProblem(entry.place(), entry.line(), entry.column(),
                            Reason.of("mapping.amount-not-kept", cell.yen())));
                    yield Amount.notStated();
                }
                yield Amount.ofThousandYen(cell.yen() / 1_000);
            }
            case NONE -> Amount.none();
            case UNDISCLOSED -> Amount.undisclosed();
            case NOT_STATED -> Amount.notStated();
        };
    }

    /** A project's key: its name with widths folded and spaces removed. */
    static String key(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

}
