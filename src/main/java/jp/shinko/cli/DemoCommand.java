package jp.shinko.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.shinko.ingest.ImportDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shinko demo}: the web app with the sample documents imported (the README's first command). */
@Command(name = "demo", mixinStandardHelpOptions = true)
class DemoCommand implements Callable<Integer> {

    @Mixin
    DataDirectory dataDirectory;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "port")
    int port;

    @Option(names = "--samples", paramLabel = "DIR", descriptionKey = "samples")
    Path samples;

    @Override
    public Integer call() throws IOException {
        var dir = samples != null ? samples : Path.of(System.getenv().getOrDefault("SHINKO_HOME", "."), "samples");
        java.util.List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        var context = AppContext.start(dataDirectory.resolve(), port);
        var reports = context.getBean(ImportDocuments.class).run(files, null);
        ImportReportPrinter.print(reports, System.out);
        FirstAdministratorNotice.print(context);
        System.out.println(CliMessages.get("serve.started", "http://localhost:" + port + "/",
                dataDirectory.resolve()));
        AppContext.awaitShutdown(context);
        return 0;
    }
}
