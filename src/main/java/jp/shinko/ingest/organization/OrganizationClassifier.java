package jp.shinko.ingest.organization;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shinko.plan.Organization;
import jp.shinko.plan.OrganizationKind;

/**
 * Tells what kind of body a canonical organization name denotes, by the shape of the name: its
 * legal form (公益社団法人…, ㈱…), the noun it ends with (…信用金庫, …商工会議所, …協議会, …課) and
 * whether it names the prefecture or the place. A bracket after the name is a division or a
 * secretariat and does not change the body: 県（産業立地課） is the prefecture, and
 * …協議会（鹿児島市観光プロモーション課） is an association whose office the city keeps.
 */
public final class OrganizationClassifier {

    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.+?)\\((.*)\\)$");
    private static final Pattern FINANCIAL = Pattern.compile(
            "銀行|信用金庫|信金$|信用組合|信組$|労働金庫|公庫|商工中金|商工組合中央金庫|信用保証協会|金融機関");
    private static final Pattern UNIVERSITY = Pattern.compile("^国立大学法人|大学(?!校)|高等専門学校|高専$");
    private static final Pattern CHAMBER = Pattern.compile(
            "商工会議所|(商工会|商工会連合会|中小企業団体中央会)(等)?$");
    private static final Pattern NATIONAL = Pattern.compile(
            "^(独立行政法人|国立研究開発法人)|^国$|ジェトロ|JETRO|中小機構|^JST$|^NEDO$|日本貿易振興機構"
                    + "|中小企業基盤整備機構|科学技術振興機構|新エネルギー・産業技術総合開発機構"
                    + "|(労働局|経済産業局|財務局|財務事務所|運輸局|農政局|整備局|税関|労働基準監督署|公共職業安定所"
                    + "|ハローワーク|省|(?<![都道府県市町村])庁)$");
    private static final Pattern ASSOCIATION = Pattern.compile(
            "^(公益社団法人|一般社団法人|公益財団法人|一般財団法人|社団法人|財団法人|NPO法人|特定非営利活動法人)"
                    + "|(協会|協議会|委員会|研究会|連合会|組合|振興会|連盟|会議|機構|財団)(等)?$");
    private static final Pattern COMPANY = Pattern.compile("株式会社|有限会社|合同会社|合資会社|合名会社");
    private static final Pattern PREFECTURE = Pattern.compile("^(北海道|東京都|京都府|大阪府|\\p{IsHan}{2,3}県)(.*)$");
    private static final Pattern DEPARTMENT = Pattern.compile("(課|室|係|事務所|局|部|センター|本部)$");

    private final Locality locality;

    public OrganizationClassifier(Locality locality) {
        this.locality = Objects.requireNonNull(locality, "locality");
    }

    /** The organization this canonical name denotes, with its kind and, where printed, its parent. */
    public Organization classify(OrganizationName name) {
        String key = name.key();
        // A name wholly in brackets, （市都市計画課）, is a note beside another body: classify what it names.
        if (key.startsWith("(") && key.endsWith(")") && key.indexOf(')') == key.length() - 1) {
            key = key.substring(1, key.length() - 1);
        }
        Matcher bracket = TRAILING_BRACKET.matcher(key);
        String base = bracket.matches() ? bracket.group(1) : key;
        var kind = kindOf(base);
        return new Organization(name.canonical(), kind, kind == OrganizationKind.PREFECTURE ? prefectureParent(key, base) : null);
    }

    /** Whether the name, read as a department, is the city's own (the city's name or no place at all before it). */
    boolean isCityDepartment(String base) {
        if (base.startsWith(locality.cityName()) || base.startsWith("市")) {
            return true;
        }
        return DEPARTMENT.matcher(base).find()
                && locality.placeNames().stream().noneMatch(base::startsWith);
    }

    private OrganizationKind kindOf(String base) {
        if (FINANCIAL.matcher(base).find()) {
            return OrganizationKind.FINANCIAL_INSTITUTION;
        }
        if (UNIVERSITY.matcher(base).find()) {
            return OrganizationKind.UNIVERSITY;
        }
        if (CHAMBER.matcher(base).find()) {
            return OrganizationKind.CHAMBER_OF_COMMERCE;
        }
        if (NATIONAL.matcher(base).find()) {
            return OrganizationKind.NATIONAL_AGENCY;
        }
        if (ASSOCIATION.matcher(base).find()) {
            return OrganizationKind.ASSOCIATION;
        }
        if (COMPANY.matcher(base).find()) {
            return OrganizationKind.OTHER;
        }
        if (isPrefecture(base)) {
            return OrganizationKind.PREFECTURE;
        }
        return isCityDepartment(base) ? OrganizationKind.CITY_DEPARTMENT : OrganizationKind.OTHER;
    }

    private boolean isPrefecture(String base) {
        return base.equals("県") || base.startsWith("県") && DEPARTMENT.matcher(base).find()
                || base.equals(locality.prefectureName())
                || base.startsWith(locality.prefectureName()) && DEPARTMENT.matcher(base).find()
                || PREFECTURE.matcher(base).matches() && (base.endsWith("県") || base.length() <= 4
                    || DEPARTMENT.matcher(base).find());
    }

    /** 県（産業立地課） and 県港湾空港課 belong to 県, 熊本県商工政策課 to 熊本県; a prefecture itself has none. */
    private static String prefectureParent(String key, String base) {
        if (base.startsWith("県")) {
            return key.equals("県") ? null : "県";
        }
        Matcher m = PREFECTURE.matcher(base);
        if (m.matches() && !m.group(2).isEmpty()) {
            return m.group(1);
        }
        return base.equals(key) ? null : base;
    }
}
