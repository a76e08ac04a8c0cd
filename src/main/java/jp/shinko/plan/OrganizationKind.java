package jp.shinko.plan;

/** What kind of body an organization is; only {@link #CITY_DEPARTMENT} is the city itself. */
public enum OrganizationKind {
    CITY_DEPARTMENT,
    PREFECTURE,
    NATIONAL_AGENCY,
    CHAMBER_OF_COMMERCE,
    FINANCIAL_INSTITUTION,
    UNIVERSITY,
    ASSOCIATION,
    OTHER;

    public boolean isCity() {
        return this == CITY_DEPARTMENT;
    }
}
