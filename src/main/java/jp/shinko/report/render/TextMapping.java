package jp.shinko.report.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of a PDF copy and search as the characters it was made from. IPAex draws some
 * kanji and their Kangxi radicals (工 U+5DE5 and ⼯ U+2F2F, 鹿 and ⿅) or ～ and 〜 with one glyph;
 * PDFBox's ToUnicode map gives each glyph its lowest code point, so 鹿児島 would copy as ⿅児島.
 * This rewrites the map: each glyph gets the code point among those the font maps to it that
 * occurs most often in the text the PDF was rendered from.
 */
final class TextMapping {

    private TextMapping() {
    }

    static void write(byte[] pdf, String sourceText, CmapLookup fontCmap, OutputStream out) throws IOException {
        var counts = new HashMap<Integer, Integer>();
        sourceText.codePoints().forEach(cp -> counts.merge(cp, 1, Integer::sum));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var done = new HashSet<Object>();
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && done.add(type0.getCOSObject())) {
                        remap(document, type0, counts, fontCmap);
                    }
                }
            }
            document.save(out);
        }
    }

    private static void remap(PDDocument document, PDType0Font font, Map<Integer, Integer> counts,
                              CmapLookup fontCmap) throws IOException {
        var stream = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        if (stream == null) {
            return;
        }
        CMap toUnicode;
        try (var in = stream.createInputStream()) {
            toUnicode = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        var mapping = new TreeMap<Integer, String>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            var current = toUnicode.toUnicode(code, 2);
            if (current == null) {
                continue;
            }
            var best = current;
            int bestCount = current.codePointCount(0, current.length()) == 1 ? counts.getOrDefault(current.codePointAt(0), 0) : 0;
            var candidates = fontCmap.getCharCodes(code);
            if (candidates != null) {
                for (int candidate : candidates) {
                    int count = counts.getOrDefault(candidate, 0);
                    if (count > bestCount) {
                        best = Character.toString(candidate);
                        bestCount = count;
                    }
                }
            }
            changed |= !best.equals(current);
            mapping.put(code, best);
        }
        if (changed) {
            COSStream replacement = document.getDocument().createCOSStream();
            try (var out = replacement.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(mapping));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, replacement);
        }
    }

    /** A ToUnicode CMap with two-byte codes (Identity-H), as ISO 32000 describes it. */
    private static byte[] cmap(TreeMap<Integer, String> mapping) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var w = new OutputStreamWriter(bytes, StandardCharsets.US_ASCII);
        w.write("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        w.write("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        w.write("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        w.write("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mapping.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var block = entries.subList(start, Math.min(entries.size(), start + 100));
            w.write(block.size() + " beginbfchar\n");
            for (var entry : block) {
                w.write(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    w.write(String.format("%04X", (int) c));
                }
                w.write(">\n");
            }
            w.write("endbfchar\n");
        }
        w.write("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        w.flush();
        return bytes.toByteArray();
    }
}
