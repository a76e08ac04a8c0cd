package jp.shinko.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.store.PlanRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import use case: read every document first (any error stops before the database is
 * touched), report, then save them all in one transaction. A document already imported (same
 * checksum) changes nothing. Each saved plan is announced with {@link PlanContentSaved}.
 */
@Service
public class ImportDocuments {

    private final PlanRepository plans;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final DocumentReader reader = new DocumentReader(Layouts.builtIn());

    ImportDocuments(PlanRepository plans, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.plans = plans;
        this.transaction = transaction;
        this.events = events;
    }

    /** Imports the files; a dry run needs no database and uses {@link DocumentReader} directly. */
    public List<DocumentReport> run(List<Path> files, String forcedLayout) {
        var documents = files.stream().map(f -> reader.read(f, forcedLayout)).toList();
        return transaction.execute(status -> {
            var reports = new ArrayList<DocumentReport>();
            for (var document : documents) {
                var parsed = document.parsed();
                if (plans.sourceBySha256(parsed.content().source().sha256()).isPresent()) {
                    reports.add(DocumentReport.of(parsed, DocumentReport.Outcome.UNCHANGED));
                } else {
                    plans.save(parsed.content(), document.text().lines());
                    // Published inside the transaction: after-commit listeners run only if it commits.
                    events.publishEvent(new PlanContentSaved(parsed.content().plan().key()));
                    reports.add(DocumentReport.of(parsed, DocumentReport.Outcome.IMPORTED));
                }
            }
            return reports;
        });
    }
}
