package jp.shinko.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A text document in another encoding is refused naming the encoding it seems to be in. */
class TextEncodingTest {

    private final DocumentReader reader = new DocumentReader(Layouts.builtIn());

    @Test
    void theKagoshimaSampleSavedAsShiftJisIsNamedSo() throws Exception {
        String text = Files.readString(Path.of("samples/kagoshima-shokogyo-plan-r1-r2.txt"));
        byte[] sjis = text.getBytes(Charset.forName("MS932"));
        assertThatThrownBy(() -> reader.read("sjis.txt", sjis, null)).isInstanceOf(ParseException.class)
                .hasMessage("sjis.txt: Shift_JIS のようです。UTF-8 で保存してください");
        try {
            reader.read("sjis.txt", sjis, null);
        } catch (ParseException e) {
            assertThat(e.message(Locale.ENGLISH)).isEqualTo("sjis.txt: this seems to be Shift_JIS; save it as UTF-8");
        }
    }

    @Test
    void eucJpAndUtf16AreNamedToo() {
        String text = "鹿児島市商工業振興プラン　事業概要等一覧";
        assertThat(TextEncoding.guess(text.getBytes(Charset.forName("EUC-JP")))).contains("EUC-JP");
        assertThat(TextEncoding.guess(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE)))
                .contains("UTF-16");
        assertThat(TextEncoding.guess(new byte[] {(byte) 0x80, (byte) 0xFF, (byte) 0xFD})).isEmpty();
    }
}
