package jp.shinko.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
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
        System.out.println(PlanJson.mapper().writeValueAsString(parsed));
        return 0;
    }
}
