package jp.shinko.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shinko.plan.ContentDiff;
import jp.shinko.store.ImportLog;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.PublishedPlanChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import use case: read every document first (any error stops before the database is
 * touched), report, then save them all in one transaction. A document whose content is already
 * stored changes nothing; a corrected edition of a plan's document updates what differs, and the
 * import log records each change. A plan whose years went through an annual round in the app is
 * not overwritten ({@link PlanGuard}). Each saved plan is announced with {@link PublishedPlanChanged}.
 */
@Service
public class ImportDocuments {

    private final PlanRepository plans;
    private final ImportLog log;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final List<PlanGuard> guards;
    private final DocumentReader reader = new DocumentReader(Layouts.builtIn());

    ImportDocuments(PlanRepository plans, ImportLog log, TransactionTemplate transaction,
                    ApplicationEventPublisher events, List<PlanGuard> guards) {
        this.plans = plans;
        this.log = log;
        this.transaction = transaction;
        this.events = events;
        this.guards = List.copyOf(guards);
    }

    private DocumentReport save(DocumentReader.ReadDocument document) {
        var parsed = document.parsed();
        var content = parsed.content();
        var source = content.source();
        var before = plans.loadIncludingDrafts(content.plan().key());
        // Compared by content, not checksum: an exported template edited by a department keeps
        // the original document's checksum, and its edits must still land.
        if (before.isPresent() && before.get().equals(content)) {
            return DocumentReport.of(parsed, DocumentReport.Outcome.UNCHANGED);
        }
        var roundYears = guards.stream().flatMap(g -> g.roundYears(content.plan().key()).stream())
                .map(y -> y.year()).distinct().sorted().toList();
        if (before.isPresent() && !roundYears.isEmpty()) {
            // The document the round started from: what departments reported since supersedes it.
            if (before.get().source().sha256().equals(source.sha256())) {
                return DocumentReport.of(parsed, DocumentReport.Outcome.UNCHANGED);
            }
            throw new ParseException(source.fileName(), 0,
                    Reason.of("import.plan-has-rounds", content.plan().key(), roundYears));
        }
        if (document.hasSourceText()) {
            plans.save(content, document.text().lines());
        } else {
            plans.save(content); // a template does not carry its source's text
        }
        var changes = ContentDiff.between(before.orElse(null), content);
        var outcome = before.isPresent() ? DocumentReport.Outcome.UPDATED : DocumentReport.Outcome.IMPORTED;
        log.record(content.plan().key(), source.sha256(), source.fileName(), outcome.name(), changes);
        // Published inside the transaction: after-commit listeners run only if it commits.
        events.publishEvent(new PublishedPlanChanged(content.plan().key()));
        return DocumentReport.of(parsed, outcome).withChanges(changes);
    }

    /** Imports the files; a dry run needs no database and uses {@link DocumentReader} directly. */
    public List<DocumentReport> run(List<Path> files, String forcedLayout) {
        return save(files.stream().map(f -> reader.read(f, forcedLayout)).toList());
    }

    /**
     * Imports documents already read, e.g. a city's own tables read through a column mapping
     * ({@link ColumnMapping}), in one transaction.
     */
    public List<DocumentReport> save(List<DocumentReader.ReadDocument> documents) {
        return transaction.execute(status -> {
            var reports = new ArrayList<DocumentReport>();
            for (var document : documents) {
                reports.add(save(document));
            }
            return reports;
        });
    }
}
