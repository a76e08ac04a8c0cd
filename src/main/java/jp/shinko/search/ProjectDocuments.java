package jp.shinko.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shinko.plan.NodePath;
import jp.shinko.plan.PlanContent;
import jp.shinko.plan.PolicyNode;
import jp.shinko.plan.Project;
import jp.shinko.plan.YearRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene document per project: its texts (stored as printed, indexed as words and bigrams
 * with offsets for highlighting), keys to narrow by, facet values and what a result shows.
 */
final class ProjectDocuments {

    static final String PLAN = "plan";
    static final String YEAR = "year";
    static final String NODE = "node";
    static final String ORGANIZATION = "organization";
    static final String PLAN_TITLE = "plan.title";
    static final String MUNICIPALITY = "municipality";
    static final String PROJECT = "project";
    static final String NODE_LABEL = "node.label";
    static final String FIGURES = "figures";
    static final String CONTENT_YEAR = "content.year";
    static final String NOTE_YEAR = "note.year";

    /** Separates a facet value's key from its label in doc values. */
    static final char LABEL_SEPARATOR = '\u001f';

    private static final FieldType INDEXED_TEXT = indexedText();

    private ProjectDocuments() {
    }

    static List<Document> of(PlanContent content) {
        var records = content.yearRecords().stream()
                .sorted(Comparator.comparing(YearRecord::year))
                .collect(Collectors.groupingBy(YearRecord::projectKey));
        var placements = content.placements().stream()
                .collect(Collectors.groupingBy(p -> p.projectKey()));
        var nodes = content.nodes().stream().collect(Collectors.toMap(PolicyNode::path, Function.identity()));
        var levels = content.plan().levelNames();
        var documents = new ArrayList<Document>();
        for (var project : content.projects()) {
            var document = new Document();
            var planKey = content.plan().key();
            var planLabel = content.municipality().name() + " " + content.plan().title();
            document.add(new StringField(PLAN, planKey, Field.Store.YES));
            document.add(facet(PLAN, planKey, planLabel));
            document.add(new StoredField(PLAN_TITLE, content.plan().title()));
            document.add(new StoredField(MUNICIPALITY, content.municipality().name()));
            document.add(new StoredField(PROJECT, project.key()));
            addTexts(document, project, records.getOrDefault(project.key(), List.of()));

            var paths = new LinkedHashSet<NodePath>();
            for (var placement : placements.getOrDefault(project.key(), List.of())) {
                for (var path = placement.node(); path != null; path = path.parent().orElse(null)) {
                    paths.add(path);
                }
                if (placement.primary()) {
                    document.add(new StoredField(NODE_LABEL, pathLabel(placement.node(), nodes, levels)));
                }
            }
            for (var path : paths) {
                var key = nodeKey(planKey, path);
                document.add(new StringField(NODE, key, Field.Store.NO));
                // Top-level nodes of several plans are listed together: name the city.
                var label = path.level() == 1
                        ? content.municipality().name() + " " + nodeLabel(path, nodes, levels)
                        : nodeLabel(path, nodes, levels);
                document.add(facet(NODE, key, label));
            }
            for (var record : records.getOrDefault(project.key(), List.of())) {
                var year = Integer.toString(record.year().year());
                document.add(new StringField(YEAR, year, Field.Store.NO));
                document.add(facet(YEAR, year, year));
                document.add(new StoredField(FIGURES,
                        new YearFigures(record.year(), record.budget(), record.settled()).encode()));
            }
            var responsible = new LinkedHashSet<String>();
            if (project.implementer() != null) {
                responsible.add(project.implementer());
            }
            responsible.addAll(project.departments());
            for (var organization : responsible) {
                var key = planKey + ":" + organization;
                document.add(new StringField(ORGANIZATION, key, Field.Store.NO));
                document.add(facet(ORGANIZATION, key, content.municipality().name() + " " + organization));
            }
            documents.add(document);
        }
        return documents;
    }

    private static void addTexts(Document document, Project project, List<YearRecord> records) {
        addText(document, SearchField.NAME, project.name());
        project.formerNames().forEach(name -> addText(document, SearchField.FORMER_NAMES, name));
        addText(document, SearchField.SUMMARY, project.summary());
        for (var record : records) {
            if (addText(document, SearchField.CONTENT, record.content())) {
                document.add(new StoredField(CONTENT_YEAR, record.year().year()));
            }
            if (addText(document, SearchField.EXPANSION_NOTE, record.expansionNote())) {
                document.add(new StoredField(NOTE_YEAR, record.year().year()));
            }
        }
        if (project.implementer() != null) {
            addText(document, SearchField.ORGANIZATIONS, project.implementer());
        }
        project.departments().forEach(name -> addText(document, SearchField.ORGANIZATIONS, name));
        project.related().forEach(name -> addText(document, SearchField.ORGANIZATIONS, name));
    }

    /** Adds a non-blank text as printed (stored) and as words and bigrams (indexed); false if blank. */
    private static boolean addText(Document document, SearchField field, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        document.add(new StoredField(field.stored(), text));
        document.add(new Field(field.words(), text, INDEXED_TEXT));
        document.add(new Field(field.grams(), text, INDEXED_TEXT));
        return true;
    }

    static String nodeKey(String planKey, NodePath path) {
        return planKey + ":" + path;
    }

    /** 方向性1 創業・事業承継の促進; 振興の方向性1 where the title is not printed. */
    static String nodeLabel(NodePath path, Map<NodePath, PolicyNode> nodes, List<String> levels) {
        var level = path.level() <= levels.size() ? levels.get(path.level() - 1) : "";
        var node = nodes.get(path);
        var title = node == null ? null : node.title();
        return level + path.number() + (title == null ? "" : " " + title);
    }

    /** The labels of a path from the top down, joined by › . */
    static String pathLabel(NodePath path, Map<NodePath, PolicyNode> nodes, List<String> levels) {
        var labels = new ArrayList<String>();
        for (var p = path; p != null; p = p.parent().orElse(null)) {
            labels.add(0, nodeLabel(p, nodes, levels));
        }
        return String.join(" › ", labels);
    }

    private static SortedSetDocValuesField facet(String field, String key, String label) {
        return new SortedSetDocValuesField(FacetCounter.facetField(field), new BytesRef(key + LABEL_SEPARATOR + label));
    }

    private static FieldType indexedText() {
        var type = new FieldType();
        type.setTokenized(true);
        type.setStored(false);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
