package jp.shinko.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What turns a stored list of keyed items into a wanted one: rows to insert, to update, to move
 * (same value, new position) and keys to delete. Saving the stored list again yields no change,
 * which keeps row ids stable and a repeated import free of writes.
 */
final class RowChanges<T, K> {

    /** A wanted item at position {@code ord}, with the stored item of the same key if any. */
    record Row<T>(T wanted, T stored, int ord, int storedOrd) {

        boolean isNew() {
            return stored == null;
        }

        boolean changed() {
            return stored != null && !stored.equals(wanted);
        }

        boolean moved() {
            return stored != null && stored.equals(wanted) && ord != storedOrd;
        }
    }

    private final List<Row<T>> rows;
    private final List<K> removed;

    private RowChanges(List<Row<T>> rows, List<K> removed) {
        this.rows = rows;
        this.removed = removed;
    }

    /** Positions are list indexes: the store keeps {@code ord} equal to the index it was saved at. */
    static <T, K> RowChanges<T, K> between(List<T> stored, List<T> wanted, Function<T, K> key) {
        var storedByKey = new HashMap<K, Integer>();
        for (int i = 0; i < stored.size(); i++) {
            storedByKey.put(key.apply(stored.get(i)), i);
        }
        var rows = new ArrayList<Row<T>>();
        var kept = new HashSet<K>();
        for (int i = 0; i < wanted.size(); i++) {
            var item = wanted.get(i);
            Integer at = storedByKey.get(key.apply(item));
            kept.add(key.apply(item));
            rows.add(at == null ? new Row<>(item, null, i, -1) : new Row<>(item, stored.get(at), i, at));
        }
        var removed = stored.stream().map(key).filter(k -> !kept.contains(k)).toList();
        return new RowChanges<>(rows, removed);
    }

    Stream<Row<T>> added() {
        return rows.stream().filter(Row::isNew);
    }

    Stream<Row<T>> changed() {
        return rows.stream().filter(Row::changed);
    }

    Stream<Row<T>> moved() {
        return rows.stream().filter(Row::moved);
    }

    List<K> removed() {
        return removed;
    }
}
