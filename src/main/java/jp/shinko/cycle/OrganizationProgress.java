package jp.shinko.cycle;

/**
 * How far one organization is in a round: its records by state. A draft nobody has saved yet
 * counts as not started, and an organization whose records are all unstarted has not started.
 */
public record OrganizationProgress(String organization, int total, int notStarted, int draft, int returned,
                                   int submitted, int approved) {

    public boolean notStartedAtAll() {
        return total > 0 && notStarted == total;
    }

    public boolean done() {
        return total > 0 && approved == total;
    }

    OrganizationProgress plus(RoundRecord record) {
        return switch (record.status()) {
            case DRAFT -> record.started()
                    ? new OrganizationProgress(organization, total + 1, notStarted, draft + 1, returned, submitted, approved)
                    : new OrganizationProgress(organization, total + 1, notStarted + 1, draft, returned, submitted, approved);
            case RETURNED -> new OrganizationProgress(organization, total + 1, notStarted, draft, returned + 1, submitted,
                    approved);
            case SUBMITTED -> new OrganizationProgress(organization, total + 1, notStarted, draft, returned,
                    submitted + 1, approved);
            case APPROVED -> new OrganizationProgress(organization, total + 1, notStarted, draft, returned, submitted,
                    approved + 1);
        };
    }

    static OrganizationProgress none(String organization) {
        return new OrganizationProgress(organization, 0, 0, 0, 0, 0, 0);
    }
}
