package jp.shinko.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by commands that open the database. */
class DataDirectory {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "data-dir")
    Path dataDir;

    /** The option, else {@code SHINKO_DATA_DIR}, else {@code ./data}. */
    Path resolve() {
        if (dataDir != null) {
            return dataDir.toAbsolutePath();
        }
        var env = System.getenv("SHINKO_DATA_DIR");
        return Path.of(env == null || env.isBlank() ? "data" : env).toAbsolutePath();
    }
}
