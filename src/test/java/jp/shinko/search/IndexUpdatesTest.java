package jp.shinko.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.store.PublishedPlanChanged;
import jp.shinko.store.PlanRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows the store: imports are indexed once committed, and it can be rebuilt from the store. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:search;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shinko.search.in-memory=true"})
@AutoConfigureMockMvc
class IndexUpdatesTest {

    @Autowired
    ProjectSearch search;
    @Autowired
    PlanRepository plans;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void importBothSamples(@Autowired ImportDocuments imports) {
        imports.run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
                Path.of("samples/kumamoto-chusho-plan-r6.txt")), null);
    }

    @Test
    void importedPlansAreSearchableOnceTheImportCommits() {
        assertThat(search.search(SearchRequest.of("半導体").withPlan(SampleIndex.KUMAMOTO)).hits())
                .extracting(SearchHit::name)
                .containsExactly("半導体関連企業誘致強化事業");
        assertThat(search.search(SearchRequest.of("事業承継").withPlan(SampleIndex.KAGOSHIMA)).total()).isEqualTo(11);
    }

    @Test
    void aSaveThatRollsBackIsNotIndexedAndOneThatCommitsIs() {
        var content = TextPlans.of(Map.of("半導体人材育成事業", "半導体の技術者を育成する。"));
        transaction.executeWithoutResult(status -> {
            plans.save(content);
            events.publishEvent(new PublishedPlanChanged(TextPlans.KEY));
            status.setRollbackOnly();
        });
        assertThat(search.search(SearchRequest.of("半導体").withPlan(TextPlans.KEY)).total()).isZero();

        transaction.executeWithoutResult(status -> {
            plans.save(content);
            events.publishEvent(new PublishedPlanChanged(TextPlans.KEY));
        });
        assertThat(search.search(SearchRequest.of("半導体").withPlan(TextPlans.KEY)).hits())
                .extracting(SearchHit::name).containsExactly("半導体人材育成事業");
    }

    @Test
    void theIndexIsRebuiltFromTheStore() {
        var summary = search.rebuild();
        assertThat(summary.location()).isEqualTo("memory");
        assertThat(summary.plans()).isGreaterThanOrEqualTo(2);
        assertThat(search.search(SearchRequest.of("").withPlan(SampleIndex.KAGOSHIMA)).total()).isEqualTo(286);
        assertThat(search.search(SearchRequest.of("").withPlan(SampleIndex.KUMAMOTO)).total()).isEqualTo(59);
        assertThat(search.rebuildIfStale()).isFalse();
    }
}
