package jp.shinko.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinko.plan.FiscalYear;
import jp.shinko.report.ExportFormat;
import jp.shinko.report.ExportRequest;
import jp.shinko.report.PlanExports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shinko export --plan KEY --format FORMAT [--year N] [--bom] [--out FILE]}: the official
 * list, the summary report or open data of a stored plan, written to a file ({@code -}: standard
 * output).
 */
@Command(name = "export", mixinStandardHelpOptions = true)
class ExportCommand implements Callable<Integer> {

    @Mixin
    DataDirectory dataDirectory;

    @Option(names = "--plan", paramLabel = "KEY", required = true, descriptionKey = "shinko.export.plan")
    String plan;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, descriptionKey = "shinko.export.format",
            completionCandidates = FormatIds.class)
    String format;

    @Option(names = "--year", paramLabel = "N", descriptionKey = "shinko.export.year")
    Integer year;

    @Option(names = "--bom", descriptionKey = "shinko.export.bom")
    boolean bom;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "shinko.export.out")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var exportFormat = ExportFormat.byId(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(),
                CliMessages.get("shinko.export.unknown-format", format, String.join(", ", new FormatIds()))));
        var request = new ExportRequest(exportFormat, year == null ? null : FiscalYear.of(year), bom);
        try (var context = AppContext.start(dataDirectory.resolve(), null)) {
            var export = context.getBean(PlanExports.class).export(plan, request);
            if (out != null && out.toString().equals("-")) {
                System.out.write(export.bytes());
                System.out.flush();
                return 0;
            }
            var file = out != null ? out : Path.of(export.asciiFileName());
            Files.write(file, export.bytes());
            System.err.println(CliMessages.get("shinko.export.written", file, export.bytes().length));
        }
        return 0;
    }

    /** The format ids {@code --format} accepts, for help texts and shell completion. */
    static class FormatIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ExportFormat.values()).map(ExportFormat::id).iterator();
        }
    }
}
