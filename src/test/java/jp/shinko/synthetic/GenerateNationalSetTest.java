package jp.shinko.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import jp.shinko.store.PlanBulkLoad;
import jp.shinko.store.PlanRepository;
import jp.shinko.store.PostgresSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The national set generator on the suite's PostgreSQL: a small set, counted exactly. */
@Tag("postgres")
class GenerateNationalSetTest {

    private static DataSource database;
    private static JdbcClient jdbc;
    private static GenerateNationalSet.Result result;
    private static final List<int[]> progress = new ArrayList<>();

    @BeforeAll
    static void generate() {
        database = PostgresSchema.open("synthetic");
        jdbc = JdbcClient.create(database);
        result = new GenerateNationalSet(new PlanBulkLoad(database))
                .run(45, 3, (plans, records) -> progress.add(new int[] {plans, (int) records}));
    }

    @AfterAll
    static void drop() {
        PostgresSchema.close(database);
    }

    private static long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void writesTheCountsItReports() {
        assertThat(result.plans()).isEqualTo(45);
        assertThat(count("SELECT COUNT(*) FROM plans")).isEqualTo(45);
        assertThat(count("SELECT COUNT(*) FROM municipalities")).isEqualTo(45);
        assertThat(count("SELECT COUNT(*) FROM projects")).isEqualTo(result.projects()).isEqualTo(7_736);
        assertThat(count("SELECT COUNT(*) FROM placements")).isEqualTo(result.placements()).isEqualTo(8_193);
        assertThat(count("SELECT COUNT(*) FROM year_records")).isEqualTo(result.yearRecords()).isEqualTo(21_393);
        // A title line per source, then one line per year record.
        assertThat(count("SELECT COUNT(*) FROM source_lines"))
                .isEqualTo(count("SELECT SUM(line_count) FROM sources")).isEqualTo(21_438);
        // Batches of 20: progress after 20, 40 and 45 plans.
        assertThat(progress).extracting(p -> p[0]).containsExactly(20, 40, 45);
        assertThat(progress.get(2)[1]).isEqualTo(21_393);
    }

    @Test
    void hasBothShapesRelistingsRenamesAndEvaluations() {
        // Tree depths: Kumamoto's two levels, Kagoshima's four, and three.
        assertThat(jdbc.sql("""
                        SELECT depth, COUNT(*) FROM (SELECT plan_id, MAX(level_no) AS depth FROM plan_levels GROUP BY plan_id) d
                        GROUP BY depth ORDER BY depth""")
                .query((rs, n) -> rs.getInt(1) + ":" + rs.getInt(2)).list())
                .containsExactly("2:22", "3:8", "4:15");
        assertThat(count("SELECT COUNT(*) FROM placements WHERE NOT is_primary")).isEqualTo(457);
        assertThat(count("SELECT COUNT(*) FROM placements WHERE is_primary")).isEqualTo(7_736);
        assertThat(count("SELECT COUNT(*) FROM project_former_names")).isEqualTo(308);
        assertThat(jdbc.sql("SELECT evaluation_mark, COUNT(*) FROM year_records WHERE evaluation_mark IS NOT NULL"
                        + " GROUP BY evaluation_mark ORDER BY evaluation_mark")
                .query((rs, n) -> rs.getString(1) + rs.getInt(2)).list())
                .containsExactly("―533", "△779", "○3036", "◎3189");
        assertThat(jdbc.sql("SELECT flag, COUNT(*) FROM year_record_flags GROUP BY flag ORDER BY flag")
                .query((rs, n) -> rs.getString(1) + rs.getInt(2)).list())
                .containsExactly("EXPANDED1078", "NEW1261", "PRIORITY984");
        assertThat(count("SELECT COUNT(*) FROM organizations WHERE kind <> 'CITY_DEPARTMENT'")).isEqualTo(140);
    }

    @Test
    void aGeneratedPlanReadsBackAsGenerated() {
        var words = Vocabulary.load();
        var repository = new PlanRepository(jdbc);
        for (int number : new int[] {1, 2, 45}) {
            var generated = SyntheticPlan.generate(words, number, 3).content();
            assertThat(repository.load(SyntheticPlan.key(number))).contains(generated);
        }
    }

    @Test
    void refusesToGenerateIntoASetAlreadyThere() {
        assertThatThrownBy(() -> new GenerateNationalSet(new PlanBulkLoad(database)).run(1, 3, (p, r) -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("45 generated plans (national-…) are stored already: generate into an empty database");
    }
}
