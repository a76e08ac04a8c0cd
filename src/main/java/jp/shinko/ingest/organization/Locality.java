package jp.shinko.ingest.organization;

import java.util.List;
import java.util.Objects;

/**
 * The city a document belongs to, as organization names refer to it: its name (熊本市), its
 * prefecture (熊本県) and other spellings of the place (くまもと). A body whose name starts with
 * the place but not with the city's name (かごしま産業支援センター) is not a city department.
 */
public record Locality(String cityName, String prefectureName, List<String> otherSpellings) {

    public Locality {
        Objects.requireNonNull(cityName, "cityName");
        Objects.requireNonNull(prefectureName, "prefectureName");
        otherSpellings = List.copyOf(otherSpellings);
    }

    /** The place without its 市/県 ending (熊本), then the other spellings. */
    List<String> placeNames() {
        var names = new java.util.ArrayList<String>();
        names.add(stem(cityName));
        names.add(stem(prefectureName));
        names.addAll(otherSpellings);
        return names.stream().filter(n -> !n.isEmpty()).distinct().toList();
    }

    private static String stem(String name) {
        return name.length() > 1 && "市区町村都道府県".indexOf(name.charAt(name.length() - 1)) >= 0
                ? name.substring(0, name.length() - 1) : name;
    }
}
