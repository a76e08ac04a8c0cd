import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a text file as a flat OpenDocument text (.fodt) that LibreOffice turns into a PDF with
 * one printed line per text line: every line is a paragraph (blank lines are empty paragraphs),
 * tabs align to tab stops computed from the widest cell of each column, spaces are kept as
 * typed, and the font size is small enough that no line wraps. Asian/Western auto-spacing is off
 * so that no gap appears inside a word (it would read back as a space).
 *
 * <p>Usage: {@code java scripts/TextToFodt.java IN.txt OUT.fodt PAPER FONT_PT}, PAPER being
 * {@code a4-landscape} or {@code a3-landscape}.
 */
public class TextToFodt {

    /** Space between the widest cell of a column and the next tab stop, in em. */
    static final double COLUMN_GAP_EM = 3;

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: java TextToFodt.java IN.txt OUT.fodt a4-landscape|a3-landscape FONT_PT");
            System.exit(2);
        }
        // Trailing tabs print nothing, but past the right margin they would start a new, empty line.
        var lines = Stream.of(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).split("\r?\n", -1))
                .map(line -> line.replaceAll("\t+$", "")).toList();
        double[] paper = switch (args[2]) {
            case "a4-landscape" -> new double[] {29.7, 21.0};
            case "a3-landscape" -> new double[] {42.0, 29.7};
            default -> throw new IllegalArgumentException("unknown paper " + args[2]);
        };
        double fontPt = Double.parseDouble(args[3]);
        double marginCm = 1.0;
        double widest = lines.stream().mapToDouble(l -> widthEm(l, tabStopsEm(lines))).max().orElse(0);
        double availableEm = (paper[0] - 2 * marginCm) / 2.54 * 72 / fontPt;
        if (widest > availableEm) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the widest line needs %.0f em but the page holds %.0f em at %s pt: choose a smaller font",
                    widest, availableEm, args[3]));
        }
        Files.writeString(Path.of(args[1]), document(lines, paper, marginCm, fontPt), StandardCharsets.UTF_8);
    }

    /** Tab stops (em from the left margin): after the widest cell of each column that some text follows. */
    static List<Double> tabStopsEm(List<String> lines) {
        var widest = new ArrayList<Double>();
        for (var line : lines) {
            var cells = line.split("\t", -1);
            int lastFilled = -1;
            for (int i = 0; i < cells.length; i++) {
                if (!cells[i].isBlank()) {
                    lastFilled = i;
                }
            }
            for (int i = 0; i < lastFilled; i++) {
                while (widest.size() <= i) {
                    widest.add(0.0);
                }
                widest.set(i, Math.max(widest.get(i), cells[i].length()));
            }
        }
        var stops = new ArrayList<Double>();
        double position = 0;
        for (double width : widest) {
            position += width + COLUMN_GAP_EM;
            stops.add(position);
        }
        return stops;
    }

    /** A generous width: every character counted as a full em, tabs jumping to their stops. */
    static double widthEm(String line, List<Double> stops) {
        double x = 0;
        int tab = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                x = tab < stops.size() ? Math.max(x, stops.get(tab)) : x + COLUMN_GAP_EM;
                tab++;
            } else {
                x += 1;
            }
        }
        return x;
    }

    static String document(List<String> lines, double[] paper, double marginCm, double fontPt) {
        var stops = new StringBuilder();
        for (double em : tabStopsEm(lines)) {
            stops.append(String.format(Locale.ROOT, "<style:tab-stop style:position=\"%.3fcm\"/>",
                    em * fontPt / 72 * 2.54));
        }
        var body = new StringBuilder();
        for (var line : lines) {
            body.append("<text:p text:style-name=\"Line\">").append(paragraph(line)).append("</text:p>\n");
        }
        String size = String.format(Locale.ROOT, "%.1fpt", fontPt);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
                 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:font-face-decls>
                <style:font-face style:name="IPAexGothic" svg:font-family="IPAexGothic" style:font-pitch="variable"/>
                </office:font-face-decls>
                <office:styles>
                <style:default-style style:family="paragraph">
                <style:paragraph-properties style:text-autospace="none" style:punctuation-wrap="simple"
                 style:line-break="normal" style:writing-mode="lr-tb"/>
                <style:text-properties style:font-name="IPAexGothic" style:font-name-asian="IPAexGothic"
                 style:font-name-complex="IPAexGothic" fo:font-size="%1$s" style:font-size-asian="%1$s"
                 style:font-size-complex="%1$s" fo:language="ja" fo:country="JP" style:language-asian="ja"
                 style:country-asian="JP" fo:hyphenate="false" style:letter-kerning="false"/>
                </style:default-style>
                <style:style style:name="Line" style:family="paragraph">
                <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:text-align="start"
                 fo:orphans="0" fo:widows="0">
                <style:tab-stops>%2$s</style:tab-stops>
                </style:paragraph-properties>
                </style:style>
                </office:styles>
                <office:automatic-styles>
                <style:page-layout style:name="Page">
                <style:page-layout-properties fo:page-width="%3$.1fcm" fo:page-height="%4$.1fcm"
                 style:print-orientation="landscape" fo:margin-top="%5$.1fcm" fo:margin-bottom="%5$.1fcm"
                 fo:margin-left="%5$.1fcm" fo:margin-right="%5$.1fcm"/>
                </style:page-layout>
                </office:automatic-styles>
                <office:master-styles>
                <style:master-page style:name="Standard" style:page-layout-name="Page"/>
                </office:master-styles>
                <office:body><office:text>
                %6$s</office:text></office:body>
                </office:document>
                """.formatted(size, stops, paper[0], paper[1], marginCm, body);
    }

    /** A line as paragraph content: XML-escaped, runs of spaces and tabs as ODF elements. */
    static String paragraph(String line) {
        var out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                int run = 1;
                while (i + run < line.length() && line.charAt(i + run) == ' ') {
                    run++;
                }
                out.append(run == 1 && i > 0 && i + 1 < line.length() ? " " : "<text:s text:c=\"" + run + "\"/>");
                i += run - 1;
            } else if (c == '\t') {
                out.append("<text:tab/>");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
