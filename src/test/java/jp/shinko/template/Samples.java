package jp.shinko.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shinko.ingest.DocumentText;
import jp.shinko.ingest.Layouts;
import jp.shinko.plan.PlanContent;

/** The two published sample lists, parsed with the built-in layouts. */
enum Samples {
    KAGOSHIMA("samples/kagoshima-shokogyo-plan-r1-r2.txt"),
    KUMAMOTO("samples/kumamoto-chusho-plan-r6.txt");

    private final Path file;
    private PlanContent content;

    Samples(String file) {
        this.file = Path.of(file);
    }

    synchronized PlanContent content() {
        if (content == null) {
            try {
                var text = DocumentText.fromUtf8(file.getFileName().toString(), Files.readAllBytes(file));
                content = Layouts.builtIn().choose(text, null).parse(text).content();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return content;
    }
}
