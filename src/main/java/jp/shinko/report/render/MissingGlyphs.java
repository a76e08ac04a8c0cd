package jp.shinko.report.render;

import java.text.Normalizer;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * Replaces characters the embedded font has no glyph for by their compatibility form when the
 * font can draw that (⑴ → (1), ㏌ → in), so a PDF never prints a box or '#' where the list had
 * text. Characters without such a form are left for the renderer as they are.
 */
final class MissingGlyphs {

    private MissingGlyphs() {
    }

    static String replace(String html, CmapLookup font) {
        var out = new StringBuilder(html.length());
        html.codePoints().forEach(cp -> {
            if (cp < 0x80 || Character.isWhitespace(cp) || font.getGlyphId(cp) != 0) {
                out.appendCodePoint(cp);
                return;
            }
            var compatible = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
            boolean drawable = !compatible.equals(Character.toString(cp))
                    && compatible.codePoints().allMatch(c -> font.getGlyphId(c) != 0)
                    // Never turn text into markup: a compatibility form may be '<', '&' or a quote.
                    && compatible.chars().noneMatch(c -> c == '<' || c == '>' || c == '&' || c == '"' || c == '\'');
            if (drawable) {
                out.append(compatible);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
