package jp.shinko.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.shinko.ingest.ColumnMapping;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.DocumentReport;
import jp.shinko.ingest.ImportDocuments;
import jp.shinko.ingest.Layouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shinko import FILE... [--dry-run] [--mapping PROFILE]}: a report, then one all-or-nothing
 * transaction. With a mapping profile, the files are tables of a city read through it.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirectory dataDirectory;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--layout", paramLabel = "LAYOUT", descriptionKey = "layout", completionCandidates = LayoutIds.class)
    String layout;

    @Option(names = "--dry-run", descriptionKey = "dry-run")
    boolean dryRun;

    @Option(names = "--mapping", paramLabel = "PROFILE", descriptionKey = "mapping")
    Path mapping;

    @Override
    public Integer call() {
        if (mapping != null) {
            return importMapped();
        }
        if (dryRun) {
            // A dry run needs no database at all.
            var reader = new DocumentReader(Layouts.builtIn());
            var reports = files.stream()
                    .map(f -> DocumentReport.of(reader.read(f, layout).parsed(), DocumentReport.Outcome.READ_ONLY))
                    .toList();
            ImportReportPrinter.print(reports, System.out);
            return 0;
        }
        try (var context = AppContext.start(dataDirectory.resolve(), null)) {
            var reports = context.getBean(ImportDocuments.class).run(files, layout);
            ImportReportPrinter.print(reports, System.out);
        }
        return 0;
    }

    /** Each file read through the profile first (nothing written on any error), then one transaction. */
    private Integer importMapped() {
        var profile = ColumnMapping.load(mapping);
        var documents = files.stream().map(profile::read).toList();
        if (dryRun) {
            ImportReportPrinter.print(documents.stream()
                    .map(d -> DocumentReport.of(d.parsed(), DocumentReport.Outcome.READ_ONLY)).toList(), System.out);
            return 0;
        }
        try (var context = AppContext.start(dataDirectory.resolve(), null)) {
            ImportReportPrinter.print(context.getBean(ImportDocuments.class).save(documents), System.out);
        }
        return 0;
    }
}
