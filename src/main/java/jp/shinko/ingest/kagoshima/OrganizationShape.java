package jp.shinko.ingest.kagoshima;

import java.util.regex.Pattern;

/**
 * Whether a cell text looks like the name of a body (…課, …協会, 県（…）, ㈱…): used where a line
 * holds text and an organization side by side and only the shape of the cell tells them apart.
 */
final class OrganizationShape {

    private static final Pattern NAME = Pattern.compile(
            "(?:(?:公益|一般|公財|公社|\\(公|（公|㈱|株式会社|NPO|ＮＰＯ).*"
                    + "|.*(?:課|室|局|部|所|会|機構|センター|銀行|金庫|公庫|大学|学部|県|市|国|庁|省|ジェトロ"
                    + "|市場|組合|機関|財団|法人|TLO|ＴＬＯ|JST|ＪＳＴ|NEDO|ＮＥＤＯ|㈱|JETRO))"
                    + "(?:[（(][^）)]*[）)])?");

    private OrganizationShape() {
    }

    static boolean looksLikeOrganization(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (String part : t.split("[、，,・]")) {
            if (!part.isBlank() && NAME.matcher(part.strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
