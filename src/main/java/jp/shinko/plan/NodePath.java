package jp.shinko.plan;

import java.util.List;

/**
 * Where a node sits in a plan's tree: the numbers of its ancestors and itself, as printed
 * (["1", "①"], ["1", "1", "4", "3"]). Level 1 is the top.
 */
public record NodePath(List<String> numbers) implements Comparable<NodePath> {

    public NodePath {
        numbers = List.copyOf(numbers);
        if (numbers.isEmpty() || numbers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a node path needs non-blank numbers: " + numbers);
        }
    }

    public static NodePath of(String... numbers) {
        return new NodePath(List.of(numbers));
    }

    /** Parses the form {@link #toString()} prints, e.g. {@code 1/1/4/3}. */
    public static NodePath parse(String text) {
        return new NodePath(List.of(text.split("/")));
    }

    public int level() {
        return numbers.size();
    }

    public String number() {
        return numbers.get(numbers.size() - 1);
    }

    public NodePath child(String number) {
        var list = new java.util.ArrayList<>(numbers);
        list.add(number);
        return new NodePath(list);
    }

    /** The parent path, or empty for a top-level node. */
    public java.util.Optional<NodePath> parent() {
        return level() == 1 ? java.util.Optional.empty()
                : java.util.Optional.of(new NodePath(numbers.subList(0, numbers.size() - 1)));
    }

    /** True if this path is {@code other} or lies below it. */
    public boolean isWithin(NodePath other) {
        return numbers.size() >= other.numbers.size()
                && numbers.subList(0, other.numbers.size()).equals(other.numbers);
    }

    @Override
    public int compareTo(NodePath other) {
        for (int i = 0; i < Math.min(numbers.size(), other.numbers.size()); i++) {
            int c = compareNumber(numbers.get(i), other.numbers.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(numbers.size(), other.numbers.size());
    }

    /** Numbers sort by value where they have one (① = 1, 10 after 9), else as text. */
    private static int compareNumber(String a, String b) {
        int va = numericValue(a);
        int vb = numericValue(b);
        return va >= 0 && vb >= 0 && va != vb ? Integer.compare(va, vb) : a.compareTo(b);
    }

    private static int numericValue(String s) {
        if (s.length() == 1 && s.charAt(0) >= '①' && s.charAt(0) <= '⑳') {
            return s.charAt(0) - '①' + 1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    @Override
    public String toString() {
        return String.join("/", numbers);
    }
}
