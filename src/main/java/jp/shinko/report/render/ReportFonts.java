package jp.shinko.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * IPAex Gothic, shipped in {@code src/main/resources/fonts/} (IPA Font License v1.0, beside it), so
 * that PDFs embed a Japanese font and charts draw Japanese on machines without the font installed.
 * The bytes are read once; PDFs embed only the glyphs they use.
 */
public final class ReportFonts {

    /** The CSS font family the PDF templates name. */
    public static final String GOTHIC = "IPAexGothic";
    private static final String GOTHIC_RESOURCE = "/fonts/ipaexg.ttf";

    private static volatile byte[] gothicBytes;
    private static volatile Font gothicFont;

    private ReportFonts() {
    }

    /** A fresh stream over the TrueType file. */
    public static InputStream gothicStream() {
        return new ByteArrayInputStream(gothicBytes());
    }

    /** The font for java.awt (charts) at the given size in points. */
    public static Font gothic(int style, float size) {
        var font = gothicFont;
        if (font == null) {
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, gothicStream());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("同梱フォント " + GOTHIC_RESOURCE + " を読み込めません", e);
            }
            gothicFont = font;
        }
        return font.deriveFont(style, size);
    }

    static byte[] gothicBytes() {
        var bytes = gothicBytes;
        if (bytes == null) {
            try (var in = ReportFonts.class.getResourceAsStream(GOTHIC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("同梱フォント " + GOTHIC_RESOURCE + " がありません");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            gothicBytes = bytes;
        }
        return bytes;
    }
}
