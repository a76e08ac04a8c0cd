package jp.shinko.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every CSV shinko writes goes through {@link CsvWriter}: no other code makes a Commons CSV
 * printer, so no export can skip the formula neutralization.
 */
class CsvWritersTest {

    private static final Pattern PRINTER = Pattern.compile("new CSVPrinter\\(|\\.print\\(\\s*[a-zA-Z]*[wW]riter|CSVPrinter ");

    @Test
    void onlyTheSharedWriterMakesACsvPrinter() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/jp/shinko"))) {
            var offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(Path.of("src/main/java/jp/shinko/csv")))
                    .filter(p -> PRINTER.matcher(read(p)).find() || read(p).contains("CSVPrinter"))
                    .map(Path::toString).toList();
            assertThat(offenders).as("CSV written without jp.shinko.csv.CsvWriter").isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
