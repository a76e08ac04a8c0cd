package jp.shinko.web;

import jp.shinko.audit.AuditTrail;
import jp.shinko.search.ProjectSearch;
import jp.shinko.store.ImportLog;
import org.springframework.stereotype.Component;

/**
 * A stamp that changes whenever what anonymous visitors see may have changed: every import is
 * logged, every change in the app or the CLI is audited, and the search index has a version.
 * Read from the database on each request, so changes made by another process count too.
 */
@Component
class PublicDataVersion {

    private final ImportLog imports;
    private final AuditTrail audit;
    private final ProjectSearch search;

    PublicDataVersion(ImportLog imports, AuditTrail audit, ProjectSearch search) {
        this.imports = imports;
        this.audit = audit;
        this.search = search;
    }

    String current() {
        return imports.lastRunId() + "/" + audit.lastEntryId() + "/" + search.version();
    }
}
