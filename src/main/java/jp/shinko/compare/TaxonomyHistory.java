package jp.shinko.compare;

import java.util.List;
import jp.shinko.audit.AuditEntry;
import jp.shinko.audit.AuditTrail;
import org.springframework.stereotype.Service;

/** The taxonomy's edits as the audit trail recorded them, for the editors' pages. */
@Service
public class TaxonomyHistory {

    private final AuditTrail audit;

    TaxonomyHistory(AuditTrail audit) {
        this.audit = audit;
    }

    /** Every addition, edit, retirement and restoration, oldest first (as the audit pages list them). */
    public List<AuditEntry> all() {
        return audit.forActions(ThemeAudit.TAXONOMY_ACTIONS);
    }

    /** One theme's entries, oldest first. */
    public List<AuditEntry> of(String code) {
        return all().stream().filter(e -> code.equals(e.subject())).toList();
    }
}
