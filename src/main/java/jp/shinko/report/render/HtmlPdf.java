package jp.shinko.report.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a Thymeleaf template under {@code templates/report/} to PDF with openhtmltopdf, the
 * shipped Japanese font embedded (as a subset). The engine stands alone, so the CLI and tests need
 * no web context; templates must be well-formed XHTML, which openhtmltopdf requires.
 */
public final class HtmlPdf {

    private static final TemplateEngine ENGINE = engine();

    static {
        // openhtmltopdf reports every stage at INFO on standard error; keep its warnings only.
        for (var logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private HtmlPdf() {
    }

    private static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The template filled with the variables, as HTML text (what the PDF is made from). */
    public static String html(String template, Map<String, Object> variables) {
        return ENGINE.process(template, new Context(Locale.JAPANESE, variables));
    }

    public static void write(String template, Map<String, Object> variables, OutputStream out) {
        var rendered = new ByteArrayOutputStream(256 * 1024);
        try (var document = new PDDocument()) {
            var font = new TTFParser().parse(new RandomAccessReadBuffer(ReportFonts.gothicStream()));
            var html = MissingGlyphs.replace(html(template, variables), font.getUnicodeCmapLookup());
            // Glyph substitution (ligatures) is of no use to Japanese text, and PDFBox's takes most of
            // the time of a long list: every text run goes through regular expressions.
            font.setEnableGsub(false);
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font, true)), ReportFonts.GOTHIC, 400,
                    BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, "classpath:/templates/report/");
            builder.toStream(rendered);
            builder.run();
            TextMapping.write(rendered.toByteArray(), html, font.getUnicodeCmapLookup(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
