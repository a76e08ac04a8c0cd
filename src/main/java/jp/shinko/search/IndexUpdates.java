package jp.shinko.search;

import jp.shinko.store.PublishedPlanChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the store: builds it at start when it is missing or out of step,
 * and re-indexes a plan once the transaction that changed what the public sees of it has committed.
 */
@Component
class IndexUpdates {

    private static final Logger log = LoggerFactory.getLogger(IndexUpdates.class);

    private final ProjectSearch search;
    private final boolean buildOnStart;

    IndexUpdates(ProjectSearch search, SearchSettings settings) {
        this.search = search;
        this.buildOnStart = settings.buildOnStart();
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfMissing() {
        if (buildOnStart && search.rebuildIfStale()) {
            log.info("検索索引を作成しました: {}", search.location());
        }
    }

    /**
     * Runs after the commit, reading in a transaction of its own (the saving one is finished). A
     * failure here must not undo an import that succeeded, so it is logged with the way out.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    void publishedPlanChanged(PublishedPlanChanged event) {
        try {
            search.reindex(event.planKey());
        } catch (RuntimeException e) {
            log.error("計画 {} の検索索引を更新できませんでした。./shinko index rebuild で作り直せます: {}",
                    event.planKey(), e.getMessage(), e);
        }
    }
}
