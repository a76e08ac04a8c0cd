package jp.shinko.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two editions of a plan's content, field by field, so that importing a
 * corrected edition can say exactly what it changed. Provenance is not compared: a record that
 * moved to other lines of a new edition has not changed.
 */
public final class ContentDiff {

    private ContentDiff() {
    }

    /** Changes from {@code before} (null: nothing stored yet) to {@code after}. */
    public static List<ContentChange> between(PlanContent before, PlanContent after) {
        var changes = new ArrayList<ContentChange>();
        if (before == null) {
            return changes;
        }
        compareFields("plan", after.plan().key(), before.plan(), after.plan(), changes);
        compare("node", before.nodes(), after.nodes(), n -> n.path().toString(), changes);
        compare("organization", before.organizations(), after.organizations(), Organization::name, changes);
        compare("project", before.projects(), after.projects(), Project::key, changes);
        compare("placement", before.placements(), after.placements(),
                p -> p.projectKey() + "@" + p.node(), changes);
        compare("year-record", before.yearRecords(), after.yearRecords(),
                r -> r.projectKey() + "@" + r.year(), changes);
        return changes;
    }

    private static <T extends Record> void compare(String subject, List<T> before, List<T> after,
                                                   Function<T, String> key, List<ContentChange> changes) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        old.forEach((k, item) -> {
            if (!now.containsKey(k)) {
                changes.add(new ContentChange(ContentChange.Kind.REMOVED, subject, k, null, null, null));
            }
        });
        now.forEach((k, item) -> {
            if (!old.containsKey(k)) {
                changes.add(new ContentChange(ContentChange.Kind.ADDED, subject, k, null, null, null));
            } else {
                compareFields(subject, k, old.get(k), item, changes);
            }
        });
    }

    private static <T extends Record> void compareFields(String subject, String key, T old, T now,
                                                         List<ContentChange> changes) {
        for (RecordComponent component : old.getClass().getRecordComponents()) {
            if (component.getType() == Provenance.class) {
                continue;
            }
            Object a = value(component, old);
            Object b = value(component, now);
            if (!Objects.equals(a, b)) {
                changes.add(new ContentChange(ContentChange.Kind.CHANGED, subject, key, component.getName(),
                        String.valueOf(a), String.valueOf(b)));
            }
        }
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        var map = new LinkedHashMap<String, T>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
