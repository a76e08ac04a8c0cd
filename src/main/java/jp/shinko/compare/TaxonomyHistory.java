package jp.shinko.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jp.shinko.cycle.AuditEntry;
import jp.shinko.cycle.AuditTrail;
import org.springframework.stereotype.Service;

/** The taxonomy's edits as the audit trail recorded them, for the editors' pages. */
@Service
public class TaxonomyHistory {

    private final AuditTrail audit;

    TaxonomyHistory(AuditTrail audit) {
        this.audit = audit;
    }

    /** Every addition, edit, retirement and restoration, newest first. */
    public List<AuditEntry> all() {
        var entries = new ArrayList<>(audit.forActions(ThemeAudit.TAXONOMY_ACTIONS));
        Collections.reverse(entries);
        return entries;
    }

    /** One theme's entries, newest first. */
    public List<AuditEntry> of(String code) {
        return all().stream().filter(e -> code.equals(e.subject())).toList();
    }
}
