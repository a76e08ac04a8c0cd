package jp.shinko.plan;

/** Where a year record stands in the annual round. Imported published lists are approved. */
public enum RecordStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED
}
