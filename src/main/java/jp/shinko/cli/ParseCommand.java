package jp.shinko.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.ImportWarning;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.ParsedDocument;
import jp.shinko.json.PlanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shinko parse FILE}: the parsed document as JSON on standard output; no database. */
@Command(name = "parse", mixinStandardHelpOptions = true)
class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--layout", paramLabel = "LAYOUT", descriptionKey = "layout", completionCandidates = LayoutIds.class)
    String layout;

    @Override
    public Integer call() {
        var parsed = new DocumentReader(Layouts.builtIn()).read(file, layout).parsed();
        // The warnings in the language of --lang; the content stays the document's own text.
        var worded = parsed.warnings().stream()
                .map(w -> new ImportWarning(w.file(), w.line(), w.reason(Locale.getDefault()))).toList();
        System.out.println(PlanJson.mapper().writeValueAsString(new ParsedDocument(parsed.content(), worded)));
        return 0;
    }
}
