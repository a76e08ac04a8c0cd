package jp.shinko.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.shinko.checks.Finding;
import jp.shinko.checks.Severity;
import jp.shinko.cycle.PlanFacts;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.plan.RecordStatus;

/**
 * The round's list as the reviewer reads it: each record with its № (the project's key), primary
 * node, organization, state and the consistency checks' findings, filtered and sorted by what the
 * URL says. Pure: it takes what the queries read.
 */
final class RoundList {

    /** Sort keys the URL may name; anything else sorts by №. */
    static final List<String> SORTS = List.of("no", "node", "organization", "status", "warnings", "updated");

    /** One line of the list. */
    record Row(RoundRecord record, PlanFacts.NodeRow node, List<String> errors, List<String> warnings) {

        public String number() {
            return record.projectKey();
        }

        public String nodePath() {
            return node == null ? "" : node.path();
        }

        public String nodeTitle() {
            return node == null || node.title() == null ? "" : node.title();
        }

        /** Whether the coordinator can approve or return it from the list. */
        public boolean decidable() {
            return record.round().isOpen()
                    && (record.status() == RecordStatus.SUBMITTED || record.status() == RecordStatus.APPROVED);
        }

        int weight() {
            return errors.size() * 1000 + warnings.size();
        }
    }

    /** What the URL asks for: filters (blank = all) and the sort. */
    record Query(String organization, String status, String node, String warnings, String sort, boolean descending) {

        static Query of(String organization, String status, String node, String warnings, String sort, String dir) {
            return new Query(blank(organization), blank(status), blank(node), blank(warnings),
                    sort != null && SORTS.contains(sort) ? sort : "no", "desc".equals(dir));
        }

        private static String blank(String value) {
            return value == null ? "" : value.strip();
        }
    }

    private RoundList() {
    }

    static List<Row> rows(List<RoundRecord> records, Map<String, PlanFacts.NodeRow> nodes, List<Finding> findings,
                          Locale locale) {
        var byProject = findings.stream().collect(java.util.stream.Collectors.groupingBy(Finding::projectKey));
        return records.stream().map(r -> {
            var mine = byProject.getOrDefault(r.projectKey(), List.of());
            return new Row(r, nodes.get(r.projectKey()),
                    mine.stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.text(locale)).toList(),
                    mine.stream().filter(f -> f.severity() != Severity.ERROR).map(f -> f.text(locale)).toList());
        }).toList();
    }

    static List<Row> apply(List<Row> rows, Query query) {
        var comparator = comparator(query.sort());
        return rows.stream()
                .filter(r -> query.organization().isEmpty() || r.record().organization().equals(query.organization()))
                .filter(r -> query.status().isEmpty() || statusMatches(r.record(), query.status()))
                .filter(r -> query.node().isEmpty() || r.nodePath().equals(query.node())
                        || r.nodePath().startsWith(query.node() + "/"))
                .filter(r -> switch (query.warnings()) {
                    case "any" -> !r.errors().isEmpty() || !r.warnings().isEmpty();
                    case "error" -> !r.errors().isEmpty();
                    case "none" -> r.errors().isEmpty() && r.warnings().isEmpty();
                    default -> true;
                })
                .sorted(query.descending() ? comparator.reversed() : comparator)
                .toList();
    }

    /** NOT_STARTED is a filter of its own: drafts nobody has saved yet. */
    static boolean statusMatches(RoundRecord record, String status) {
        if (status.equals("NOT_STARTED")) {
            return record.status() == RecordStatus.DRAFT && !record.started();
        }
        return record.status().name().equals(status);
    }

    private static Comparator<Row> comparator(String sort) {
        Comparator<Row> byNumber = Comparator.comparing(Row::number, RoundList::natural);
        return switch (sort) {
            case "node" -> Comparator.comparing(Row::nodePath, RoundList::natural).thenComparing(byNumber);
            case "organization" -> Comparator.comparing((Row r) -> r.record().organization()).thenComparing(byNumber);
            case "status" -> Comparator.comparing((Row r) -> r.record().status()).thenComparing(byNumber);
            case "warnings" -> Comparator.comparingInt(Row::weight).reversed().thenComparing(byNumber);
            case "updated" -> Comparator.comparing((Row r) -> r.record().updatedAt(),
                    Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(byNumber);
            default -> byNumber;
        };
    }

    /** Numbers inside texts compare as numbers: 2 before 10, 1/2/10 after 1/2/9. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = new java.math.BigInteger(a.substring(si, i)).compareTo(new java.math.BigInteger(b.substring(sj, j)));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
