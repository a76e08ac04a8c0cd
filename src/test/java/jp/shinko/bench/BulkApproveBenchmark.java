package jp.shinko.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.shinko.ShinkoApplication;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Role;
import jp.shinko.cycle.DecideYearRecords;
import jp.shinko.cycle.OpenFiscalYear;
import jp.shinko.cycle.RecordForm;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.SubmitYearRecord;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.plan.FiscalYear;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bulk approve of Kagoshima's whole FY2021 round (261 submitted records) in one request's command,
 * on the embedded H2 file database: each record checked, locked by version and audited. Before each
 * invocation every record is returned and submitted again (not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class BulkApproveBenchmark {

    private static final String PLAN = "kagoshima-shokogyo";
    private static final FiscalYear FY2021 = FiscalYear.of(2021);
    private static final Actor COORDINATOR = new Actor("coordinator", Role.COORDINATOR, java.util.Set.of());

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private DecideYearRecords decide;
    private SubmitYearRecord submit;
    private RoundQueries queries;
    private List<DecideYearRecords.Selected> selected;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("shinko-bench");
        context = new SpringApplicationBuilder(ShinkoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--shinko.data-dir=" + dataDir, "--logging.level.root=WARN");
        context.getBean(ImportDocuments.class).run(List.of(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt")), null);
        if (!context.getBean(OpenFiscalYear.class).run(COORDINATOR, PLAN, FY2021).isDone()) {
            throw new IllegalStateException("FY2021 did not open");
        }
        decide = context.getBean(DecideYearRecords.class);
        submit = context.getBean(SubmitYearRecord.class);
        queries = context.getBean(RoundQueries.class);
    }

    /** Every record submitted again: returned first where an earlier invocation approved it. */
    @Setup(Level.Invocation)
    public void submitAll() {
        var round = queries.round(PLAN, FY2021).orElseThrow();
        var approved = queries.records(round).stream()
                .filter(r -> r.status() == jp.shinko.plan.RecordStatus.APPROVED)
                .map(r -> new DecideYearRecords.Selected(r.projectKey(), r.version())).toList();
        if (!approved.isEmpty()) {
            decide.run(COORDINATOR, PLAN, FY2021, DecideYearRecords.Decision.RETURN, approved, "再提出");
        }
        for (var record : queries.records(round)) {
            var form = record.hasPreviousYear()
                    ? new RecordForm("1,200", "1,150", "事業を実施", "○", "", "継続予定", "", false, false, false,
                            record.version(), "")
                    : new RecordForm("1,200", "", "事業を実施", "", "", "継続予定", "", false, false, false,
                            record.version(), "");
            if (!submit.run(COORDINATOR, PLAN, FY2021, record.projectKey(), form).isDone()) {
                throw new IllegalStateException("not submitted: " + record.projectKey());
            }
        }
        selected = queries.records(round).stream()
                .map(r -> new DecideYearRecords.Selected(r.projectKey(), r.version())).toList();
        if (selected.size() != 261) {
            throw new IllegalStateException("expected 261 records, got " + selected.size());
        }
    }

    @Benchmark
    public DecideYearRecords.Decided approve261() {
        var decided = decide.run(COORDINATOR, PLAN, FY2021, DecideYearRecords.Decision.APPROVE, selected, "一括承認");
        if (decided.done().size() != 261) {
            throw new IllegalStateException("approved " + decided.done().size() + ": " + decided.notDone());
        }
        return decided;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
