package jp.shinko.search;

import static jp.shinko.search.SampleIndex.KAGOSHIMA;
import static jp.shinko.search.SampleIndex.KUMAMOTO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Facet counts over every hit, and narrowing by them. */
class FacetsTest {

    private final ProjectIndex index = SampleIndex.shared();

    @Test
    void jigyoShokeiIsCountedByPlanYearNodeAndOrganization() throws IOException {
        var facets = index.search(SearchRequest.of("事業承継")).facets();
        assertThat(facets.plans()).extracting(FacetCount::key, FacetCount::label, FacetCount::count).containsExactly(
                tuple(KAGOSHIMA, "鹿児島市 鹿児島市商工業振興プラン", 11),
                tuple(KUMAMOTO, "熊本市 熊本市中小企業・小規模企業振興基本計画", 2));
        assertThat(facets.years()).extracting(FacetCount::key, FacetCount::count)
                .containsExactly(tuple("2024", 2), tuple("2020", 11), tuple("2019", 11));
        // 利子補給金 is listed under 方向性1 and re-listed (再掲) under 方向性3: it counts in both.
        assertThat(facets.nodes()).extracting(FacetCount::key, FacetCount::label, FacetCount::count).containsExactly(
                tuple(KAGOSHIMA + ":4", "鹿児島市 振興の方向性4", 11),
                tuple(KUMAMOTO + ":1", "熊本市 方向性1 創業・事業承継の促進", 2),
                tuple(KUMAMOTO + ":3", "熊本市 方向性3 経営基盤の強化", 1));
        assertThat(facets.organizations()).extracting(FacetCount::key, FacetCount::count).contains(
                tuple(KUMAMOTO + ":経済政策課", 1), tuple(KUMAMOTO + ":商業金融課", 1),
                tuple(KAGOSHIMA + ":産業創出課", 2));
    }

    @Test
    void narrowingByAFacetValueKeepsTheQueryAndCountsWithinIt() throws IOException {
        var request = SearchRequest.of("事業承継").withPlan(KUMAMOTO);
        var results = index.search(request);
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.facets().plans()).extracting(FacetCount::key, FacetCount::selected)
                .containsExactly(tuple(KUMAMOTO, true));
        assertThat(index.search(request.withYear(2020)).total()).isZero();
        assertThat(index.search(SearchRequest.of("事業承継").withYear(2020)).total()).isEqualTo(11);
        assertThat(index.search(SearchRequest.of("事業承継").withOrganization(KUMAMOTO + ":経済政策課")).hits())
                .extracting(SearchHit::name).containsExactly("事業承継・引継ぎ支援事業");
    }

    @Test
    void aSelectedNodeListsItselfAndTheNodesBelowIt() throws IOException {
        var results = index.search(SearchRequest.of("事業承継").withNode(KUMAMOTO + ":1"));
        assertThat(results.total()).isEqualTo(2);
        assertThat(results.facets().nodes()).extracting(FacetCount::key, FacetCount::label, FacetCount::count,
                FacetCount::selected).containsExactly(
                tuple(KUMAMOTO + ":1", "熊本市 方向性1 創業・事業承継の促進", 2, true),
                tuple(KUMAMOTO + ":1/②", "取組② 事業承継支援", 2, false));
        assertThat(index.search(SearchRequest.of("事業承継").withNode(KUMAMOTO + ":1/②")).total()).isEqualTo(2);
    }

    @Test
    void hitsShowWhereTheProjectIsListedAndItsMoneyPerYear() throws IOException {
        var hit = index.search(SearchRequest.of("事業承継・引継ぎ支援事業")).hits().get(0);
        assertThat(hit.name()).isEqualTo("事業承継・引継ぎ支援事業");
        assertThat(hit.municipality()).isEqualTo("熊本市");
        assertThat(hit.nodeLabel()).isEqualTo("方向性1 創業・事業承継の促進 › 取組② 事業承継支援");
        assertThat(hit.years()).extracting(y -> y.year().year(), y -> y.budget().toString(), y -> y.settled().toString())
                .containsExactly(tuple(2024, "2000千円", ""));
        var kagoshima = index.search(SearchRequest.of("事業承継円滑化支援")).hits().get(0);
        assertThat(kagoshima.projectKey()).isEqualTo("216");
        assertThat(kagoshima.nodeLabel()).isEqualTo("振興の方向性4 › 基本方針1 › 推進施策2 › 主な取組み1");
        assertThat(kagoshima.years()).extracting(y -> y.year().year()).containsExactly(2019, 2020);
    }

    @Test
    void pagesHoldTwentyHitsEach() throws IOException {
        var first = index.search(SearchRequest.of("創業"));
        assertThat(first.total()).isEqualTo(24);
        assertThat(first.hits()).hasSize(20);
        assertThat(first.pageCount()).isEqualTo(2);
        var second = index.search(SearchRequest.of("創業").withPage(2));
        assertThat(second.hits()).hasSize(4);
        assertThat(second.firstRank()).isEqualTo(21);
        assertThat(second.hasNextPage()).isFalse();
    }
}
