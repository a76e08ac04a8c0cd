package jp.shinko.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code shinko parse FILE}: the parsed document as JSON on standard output; no database. */
@Command(name = "parse", mixinStandardHelpOptions = true)
class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--layout", paramLabel = "LAYOUT", descriptionKey = "layout")
    String layout;

    @Override
    public Integer call() {
        var parsed = new DocumentReader(Layouts.builtIn()).read(file, layout).parsed();
        var json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        System.out.println(json.writeValueAsString(parsed));
        return 0;
    }
}
