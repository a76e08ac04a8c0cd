package jp.shinko.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.shinko.ShinkoApplication;
import jp.shinko.ingest.DocumentReport;
import jp.shinko.ingest.ImportDocuments;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Warm parse + import of a sample into the embedded H2 file database, as {@code shinko import}
 * does it (one transaction, source lines stored). Each invocation starts from an empty database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ImportBenchmark {

    @Param({"kagoshima-shokogyo-plan-r1-r2.txt", "kumamoto-chusho-plan-r6.txt"})
    public String sample;

    private Path dataDir;
    private ConfigurableApplicationContext context;
    private ImportDocuments imports;
    private JdbcClient jdbc;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("shinko-bench");
        context = new SpringApplicationBuilder(ShinkoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--shinko.data-dir=" + dataDir, "--logging.level.root=WARN");
        imports = context.getBean(ImportDocuments.class);
        jdbc = context.getBean(JdbcClient.class);
    }

    @Setup(Level.Invocation)
    public void emptyDatabase() {
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                        AND table_name <> 'flyway_schema_history'""")
                .query(String.class).list()
                .forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
        jdbc.sql("SET REFERENTIAL_INTEGRITY TRUE").update();
    }

    @Benchmark
    public List<DocumentReport> parseAndImport() {
        return imports.run(List.of(Path.of("samples", sample)), null);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
