package jp.shinko.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.shinko.ShinkoApplication;
import jp.shinko.ingest.ColumnMapping;
import jp.shinko.ingest.DocumentReport;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.ingest.mapping.MappingFixtures;
import jp.shinko.ingest.mapping.MappingReader;
import jp.shinko.ingest.mapping.Preview;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A city's own table imported through a mapping profile (issue 12): a 300-row XLSX in the layout of
 * sakura-codes, its LibreOffice PDF (400 rows, 10 pages or more), each read and saved in one
 * transaction into an empty embedded H2 database; and the live preview of the first 20 rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MappingBenchmark {

    private static final Path PROFILE = Path.of("src/test/resources/mapping/sakura-codes.yaml");

    private Path dir;
    private byte[] xlsx;
    private byte[] pdf;
    private ColumnMapping mapping;
    private ConfigurableApplicationContext context;
    private ImportDocuments imports;
    private JdbcClient jdbc;

    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("shinko-mapping-bench");
        xlsx = MappingFixtures.codesWorkbook(300);
        Files.write(dir.resolve("pages.xlsx"), MappingFixtures.codesWorkbook(400));
        var soffice = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir", dir.toString(),
                dir.resolve("pages.xlsx").toString()).inheritIO().start();
        if (soffice.waitFor() != 0) {
            throw new IllegalStateException("soffice failed");
        }
        pdf = Files.readAllBytes(dir.resolve("pages.pdf"));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            System.out.println("PDF pages: " + document.getNumberOfPages());
        }
        mapping = ColumnMapping.load(PROFILE);
        context = new SpringApplicationBuilder(ShinkoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--shinko.data-dir=" + dir.resolve("data"), "--logging.level.root=WARN");
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
    public List<DocumentReport> importXlsx300Rows() {
        return imports.save(List.of(mapping.read("rows.xlsx", xlsx)));
    }

    @Benchmark
    public List<DocumentReport> importPdf10Pages() {
        return imports.save(List.of(mapping.read("pages.pdf", pdf)));
    }

    @Benchmark
    public Preview preview20Rows() {
        return new MappingReader(mapping.profile()).preview("rows.xlsx", xlsx, 20);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
