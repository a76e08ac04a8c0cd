package jp.shinko.ingest.mapping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import jp.shinko.era.Era;
import jp.shinko.era.EraParseException;
import jp.shinko.era.JapaneseYearParser;
import jp.shinko.ingest.ParseException;
import jp.shinko.ingest.Reason;
import jp.shinko.ingest.Worded;
import jp.shinko.plan.EvaluationScale;
import jp.shinko.plan.FiscalYear;
import jp.shinko.plan.Municipality;
import jp.shinko.plan.Plan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a mapping profile written in YAML or JSON (JSON is YAML too) and checks it whole; an error
 * names the profile file, the key and what is wrong, in the reader's language.
 */
public final class ProfileReader {

    private final String fileName;

    private ProfileReader(String fileName) {
        this.fileName = fileName;
    }

    public static MappingProfile read(String fileName, byte[] bytes) {
        return new ProfileReader(fileName).read(new String(bytes, StandardCharsets.UTF_8));
    }

    private MappingProfile read(String text) {
        Object root;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setCodePointLimit(1_000_000);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw error("", Reason.of("mapping.profile-syntax", Reason.detail(e)));
        }
        var top = map(root, "");
        String format = text(top, "format", true);
        if (!MappingProfile.FORMAT.equals(format)) {
            throw error("format", Reason.of("mapping.profile-format", format, MappingProfile.FORMAT));
        }
        var municipality = municipality(map(top.get("municipality"), "municipality"));
        var document = map(top.get("document"), "document");
        Era bareEra = null;
        String eraName = text(document, "era", false);
        if (eraName != null) {
            bareEra = Era.byKanji(eraName).orElseThrow(() -> error("document.era",
                    Reason.of("mapping.profile-era", eraName)));
        }
        var plan = plan(map(top.get("plan"), "plan"), municipality, bareEra);
        FiscalYear year = year(text(document, "year", true), "document.year", bareEra);
        var headerRows = headerRows(top.get("header-rows"));
        var columns = columns(map(top.get("columns"), "columns"), plan, bareEra);
        var hierarchy = hierarchy(map(top.get("hierarchy"), "hierarchy"), plan);
        var profile = new MappingProfile(MappingProfile.VERSION, municipality, plan,
                text(document, "title", false), year, text(top, "sheet", false), headerRows, columns,
                hierarchy, bareEra);
        checkComplete(profile);
        return profile;
    }

    private Municipality municipality(Map<String, Object> m) {
        String code = text(m, "code", true);
        String name = text(m, "name", true);
        try {
            return new Municipality(code, name);
        } catch (IllegalArgumentException e) {
            throw error("municipality.code", Reason.verbatim(e.getMessage()));
        }
    }

    private Plan plan(Map<String, Object> m, Municipality municipality, Era bareEra) {
        String key = text(m, "key", true);
        if (!key.matches("[a-z0-9][a-z0-9-]*")) {
            throw error("plan.key", Reason.of("mapping.profile-plan-key", key));
        }
        var levels = texts(m.get("levels"), "plan.levels");
        if (levels.isEmpty()) {
            throw error("plan.levels", Reason.of("mapping.profile-missing"));
        }
        FiscalYear start = null;
        FiscalYear end = null;
        String period = text(m, "period", false);
        if (period != null) {
            try {
                var span = JapaneseYearParser.parseSpan(period, bareEra);
                start = span.start();
                end = span.end();
            } catch (EraParseException e) {
                throw error("plan.period", Reason.of("mapping.profile-year", period, (Worded) e::message));
            }
        }
        var strategic = m.containsKey("strategic-projects")
                ? texts(m.get("strategic-projects"), "plan.strategic-projects") : List.<String>of();
        var scale = m.containsKey("evaluation") ? scale(map(m.get("evaluation"), "plan.evaluation"))
                : EvaluationScale.DEFAULT;
        return new Plan(key, municipality.code(), text(m, "title", true), start, end, levels, scale, strategic,
                Map.of());
    }

    private EvaluationScale scale(Map<String, Object> m) {
        var grades = new ArrayList<EvaluationScale.Grade>();
        var list = list(m.get("grades"), "plan.evaluation.grades");
        for (int i = 0; i < list.size(); i++) {
            String where = "plan.evaluation.grades[" + (i + 1) + "]";
            var g = map(list.get(i), where);
            String percent = text(g, "min-percent", true);
            BigDecimal min;
            try {
                min = new BigDecimal(percent);
            } catch (NumberFormatException e) {
                throw error(where + ".min-percent", Reason.of("mapping.profile-number", percent));
            }
            grades.add(new EvaluationScale.Grade(text(g, "mark", true), min, text(g, "label", false)));
        }
        if (grades.isEmpty()) {
            throw error("plan.evaluation.grades", Reason.of("mapping.profile-missing"));
        }
        var notRun = map(m.get("not-run"), "plan.evaluation.not-run");
        return new EvaluationScale(grades, new EvaluationScale.Grade(text(notRun, "mark", true), null,
                text(notRun, "label", false)));
    }

    private List<Integer> headerRows(Object value) {
        var rows = new ArrayList<Integer>();
        for (var item : list(value, "header-rows")) {
            int row = integer(item, "header-rows");
            if (row < 1 || !rows.isEmpty() && row != rows.get(rows.size() - 1) + 1) {
                throw error("header-rows", Reason.of("mapping.profile-header-rows", String.valueOf(value)));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw error("header-rows", Reason.of("mapping.profile-missing"));
        }
        return rows;
    }

    private List<ColumnSpec> columns(Map<String, Object> m, Plan plan, Era bareEra) {
        var columns = new TreeMap<Integer, ColumnSpec>();
        for (var entry : m.entrySet()) {
            String where = "columns." + entry.getKey();
            int index = ColumnSpec.index(entry.getKey());
            if (index < 0) {
                throw error(where, Reason.of("mapping.profile-column-letter", entry.getKey()));
            }
            var c = map(entry.getValue(), where);
            String fieldId = text(c, "field", true);
            var field = Field.byId(fieldId).orElseThrow(() -> error(where + ".field",
                    Reason.of("mapping.profile-field", fieldId, ids(Field.values()))));
            String yearText = text(c, "year", false);
            FiscalYear year = yearText == null ? null : year(yearText, where + ".year", bareEra);
            AmountUnitName unit = null;
            String unitText = text(c, "unit", field.isAmount());
            if (unitText != null) {
                unit = AmountUnitName.byLabel(unitText).orElseThrow(() -> error(where + ".unit",
                        Reason.of("mapping.profile-unit", unitText)));
            }
            int level = c.containsKey("level") ? integer(c.get("level"), where + ".level") : 0;
            String split = text(c, "split", false);
            if ((field == Field.CODE && level == 0 && split == null) || (field == Field.NODE_TITLE && level == 0)) {
                throw error(where + ".level", Reason.of("mapping.profile-level", plan.depth()));
            }
            if (level < 0 || level > plan.depth()) {
                throw error(where + ".level", Reason.of("mapping.profile-level", plan.depth()));
            }
            var marks = new LinkedHashMap<String, String>();
            if (c.containsKey("marks")) {
                for (var mark : map(c.get("marks"), where + ".marks").entrySet()) {
                    String meaning = String.valueOf(mark.getValue());
                    if (field == Field.FLAGS && Marker.byId(meaning).isEmpty()) {
                        throw error(where + ".marks." + mark.getKey(),
                                Reason.of("mapping.profile-marker", meaning, ids(Marker.values())));
                    }
                    if (field == Field.EVALUATION && !plan.evaluationScale().marks().contains(meaning)) {
                        throw error(where + ".marks." + mark.getKey(),
                                Reason.of("mapping.profile-grade", meaning, plan.evaluationScale().marks()));
                    }
                    marks.put(mark.getKey(), meaning);
                }
            }
            if (field == Field.FLAGS && marks.isEmpty()) {
                throw error(where + ".marks", Reason.of("mapping.profile-missing"));
            }
            String project = text(c, "project", false);
            if (project != null && !plan.strategicProjects().contains(project)) {
                throw error(where + ".project", Reason.of("mapping.profile-strategic", project,
                        plan.strategicProjects()));
            }
            columns.put(index, new ColumnSpec(index, text(c, "header", true), field, year, unit, level, split,
                    marks, project));
        }
        return List.copyOf(columns.values());
    }

    private HierarchySpec hierarchy(Map<String, Object> m, Plan plan) {
        String by = text(m, "by", true);
        HierarchySpec.Kind kind = null;
        for (var k : HierarchySpec.Kind.values()) {
            if (k.id().equals(by)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw error("hierarchy.by", Reason.of("mapping.profile-hierarchy", by));
        }
        var headings = new ArrayList<Pattern>();
        if (m.containsKey("headings")) {
            for (var pattern : texts(m.get("headings"), "hierarchy.headings")) {
                try {
                    headings.add(Pattern.compile(pattern));
                } catch (PatternSyntaxException e) {
                    throw error("hierarchy.headings", Reason.of("mapping.profile-pattern", pattern, e.getDescription()));
                }
            }
        }
        if (kind == HierarchySpec.Kind.SECTIONS && headings.isEmpty()) {
            throw error("hierarchy.headings", Reason.of("mapping.profile-missing"));
        }
        if (headings.size() > plan.depth()) {
            throw error("hierarchy.headings", Reason.of("mapping.profile-level", plan.depth()));
        }
        var fixed = m.containsKey("node") ? texts(m.get("node"), "hierarchy.node") : List.<String>of();
        if (kind == HierarchySpec.Kind.FIXED && (fixed.isEmpty() || fixed.size() > plan.depth())) {
            throw error("hierarchy.node", Reason.of("mapping.profile-level", plan.depth()));
        }
        var titles = m.containsKey("titles") ? texts(m.get("titles"), "hierarchy.titles") : List.<String>of();
        return new HierarchySpec(kind, headings, fixed, titles);
    }

    /** The profile's required parts that depend on one another. */
    private void checkComplete(MappingProfile profile) {
        if (profile.column(Field.NAME).isEmpty()) {
            throw error("columns", Reason.of("mapping.profile-required", Field.NAME.id()));
        }
        if (profile.hierarchy().kind() == HierarchySpec.Kind.CODES) {
            var codes = profile.columns(Field.CODE);
            boolean whole = codes.stream().anyMatch(c -> c.split() != null);
            for (int level = 1; !whole && level <= profile.plan().depth(); level++) {
                int l = level;
                if (codes.stream().noneMatch(c -> c.level() == l)) {
                    throw error("columns", Reason.of("mapping.profile-code-level", l,
                            profile.plan().levelNames().get(l - 1)));
                }
            }
        }
        var seen = new java.util.HashSet<String>();
        for (var column : profile.columns()) {
            if (column.field() == Field.STRATEGIC || column.field() == Field.NOTES) {
                continue;
            }
            String key = column.field().id() + "@" + column.year() + "@" + column.level();
            if (!seen.add(key)) {
                throw error("columns." + column.letter(), Reason.of("mapping.profile-field-twice", column.field().id()));
            }
        }
    }

    private FiscalYear year(String text, String where, Era bareEra) {
        try {
            return JapaneseYearParser.parseYear(text, bareEra);
        } catch (EraParseException e) {
            throw error(where, Reason.of("mapping.profile-year", text, (Worded) e::message));
        }
    }

    private ParseException error(String key, Reason why) {
        return new ParseException(fileName, 0, Reason.of("mapping.profile-at", key.isEmpty() ? "-" : key, why));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            var copy = new LinkedHashMap<String, Object>();
            ((Map<Object, Object>) m).forEach((k, v) -> copy.put(String.valueOf(k), v));
            return copy;
        }
        throw error(where, Reason.of(value == null ? "mapping.profile-missing" : "mapping.profile-not-map"));
    }

    private List<Object> list(Object value, String where) {
        if (value instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        throw error(where, Reason.of(value == null ? "mapping.profile-missing" : "mapping.profile-not-list"));
    }

    private List<String> texts(Object value, String where) {
        return list(value, where).stream().map(String::valueOf).toList();
    }

    private String text(Map<String, Object> m, String key, boolean required) {
        Object value = m.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            if (required) {
                throw error(key, Reason.of("mapping.profile-missing"));
            }
            return null;
        }
        return String.valueOf(value).strip();
    }

    private int integer(Object value, String where) {
        if (value instanceof Integer i) {
            return i;
        }
        throw error(where, Reason.of("mapping.profile-number", String.valueOf(value)));
    }

    private static String ids(Enum<?>[] values) {
        var ids = new ArrayList<String>();
        for (var v : values) {
            ids.add(v instanceof Field f ? f.id() : ((Marker) v).id());
        }
        return String.join(", ", ids);
    }
}
