package jp.shinko.cycle;

/**
 * Numbers as people type them into forms: full-width digits (１２００), commas in either width
 * (1,200 / １，２００), spaces of either width around them. Only the digits' width is folded;
 * everything else is checked as typed.
 */
final class TypedNumber {

    private TypedNumber() {
    }

    /** Half-width digits, commas, points and signs; full-width spaces removed at both ends. */
    static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '，' || c == '、') {
                out.append(',');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '％') {
                out.append('%');
            } else if (c == '－' || c == '−' || c == '‐' || c == '―' || c == 'ー' || c == '—') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else if (c != ' ' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for digits with commas between groups of three (1,200), or plain digits. */
    static boolean isGroupedDigits(String folded) {
        return folded.matches("\\d+") || folded.matches("\\d{1,3}(,\\d{3})+");
    }
}
