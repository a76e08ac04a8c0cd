package jp.shinko.cycle;

/**
 * How the round reads last year's outlook (R3年度以降 継続予定, 拡充, 事業終了, 未定 ...): does the
 * project go on into the year being opened?
 */
enum Outlook {
    CONTINUES, ENDS, UNDECIDED, NOT_STATED, UNUSUAL;

    static Outlook of(String text) {
        if (text == null || text.isBlank()) {
            return NOT_STATED;
        }
        // 一部継続予定 and 拡充 continue even though other words follow; 事業終了, 廃止 and 中止 end.
        // Anything else is carried over and flagged, so that nothing is dropped silently.
        if (text.contains("継続") || text.contains("拡充") || text.contains("縮小")) {
            return CONTINUES;
        }
        if (text.contains("終了") || text.contains("廃止") || text.contains("中止")) {
            return ENDS;
        }
        if (text.contains("未定") || text.contains("検討")) {
            return UNDECIDED;
        }
        return UNUSUAL;
    }

    boolean expands(String text) {
        return this == CONTINUES && text.startsWith("拡充");
    }
}
