package jp.shinko.template;

import java.util.Set;

/** How a yes/no cell is written: ○ for yes, blank for no; the reader also takes what Excel writes. */
final class Flags {

    static final String ON = "○";

    private static final Set<String> YES = Set.of(ON, "〇", "◯", "TRUE", "1");
    private static final Set<String> NO = Set.of("×", "FALSE", "0");

    private Flags() {
    }

    /** True or false for a non-blank cell, null if the text is neither. */
    static Boolean of(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (YES.contains(value)) {
            return Boolean.TRUE;
        }
        return NO.contains(value) ? Boolean.FALSE : null;
    }
}
