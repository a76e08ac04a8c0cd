package jp.shinko.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Runs the CLI in-process and captures what it prints and its exit code. */
record CliRun(int exitCode, String out, String err) {

    static synchronized CliRun of(String... args) {
        var oldOut = System.out;
        var oldErr = System.err;
        var oldLocale = Locale.getDefault();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = ShinkoCli.execute(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            Locale.setDefault(oldLocale);
        }
    }
}
