package jp.shinko.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import jp.shinko.ingest.DocumentReader;
import jp.shinko.ingest.Layouts;
import jp.shinko.ingest.ParseException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs shinko cannot read are refused with the file's name and the reason, in Japanese. */
class PdfRefusalTest {

    static final DocumentReader READER = new DocumentReader(Layouts.builtIn());
    static final Path KUMAMOTO_PDF = Path.of("src/test/resources/pdf/kumamoto-chusho-plan-r6.pdf");

    @TempDir
    Path dir;

    @Test
    void aPdfCutInHalfIsRefusedAsCutShort() throws IOException {
        byte[] whole = Files.readAllBytes(KUMAMOTO_PDF);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertRefused(() -> READER.read("list.pdf", half, null), "list.pdf", "PDF が途中で切れています（末尾に %%EOF がありません）");
        Path file = Files.write(dir.resolve("cut.pdf"), half);
        assertRefused(() -> READER.read(file, null), "cut.pdf", "PDF が途中で切れています");
    }

    @Test
    void aPdfWhoseBodyIsBrokenIsRefusedAsBroken() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\nnot a pdf at all\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> READER.read("broken.pdf", broken, null), "broken.pdf",
                "PDF として読めません（ファイルが壊れています）: Page tree root must be a dictionary");
    }

    @Test
    void anEmptyPageHasNoTextToRead() throws IOException {
        var pdf = pdf(document -> document.addPage(new PDPage()));
        assertRefused(() -> READER.read("empty.pdf", pdf, null), "empty.pdf",
                "PDF に文字がありません（全 1 ページ）。画像だけの PDF（スキャンしたもの）は読めません");
        assertThatThrownBy(() -> READER.read("empty.pdf", pdf, null)).isInstanceOfSatisfying(ParseException.class, e ->
                assertThat(e.reason(Locale.ENGLISH)).startsWith("The PDF has no text (1 page). "));
    }

    @Test
    void aScannedPageIsAnImageWithoutText() throws IOException {
        var pdf = pdf(document -> {
            var page = new PDPage();
            document.addPage(page);
            var scan = LosslessFactory.createFromImage(document, new BufferedImage(40, 60, BufferedImage.TYPE_INT_RGB));
            try (var content = new PDPageContentStream(document, page)) {
                content.drawImage(scan, 0, 0, 400, 600);
            }
            document.addPage(new PDPage());
        });
        assertRefused(() -> READER.read("scan.pdf", pdf, null), "scan.pdf", "PDF に文字がありません（全 2 ページ）");
        assertThatThrownBy(() -> READER.read("scan.pdf", pdf, null)).isInstanceOfSatisfying(ParseException.class, e ->
                assertThat(e.message(Locale.ENGLISH)).isEqualTo("scan.pdf: The PDF has no text (2 pages). A PDF of images"
                        + " only (a scan) cannot be read: use a PDF with text, or add text with OCR before importing it"));
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        var pdf = pdf(document -> {
            addText(document, "Hello");
            document.protect(protection("user", new AccessPermission()));
        });
        assertRefused(() -> READER.read("secret.pdf", pdf, null), "secret.pdf", "PDF がパスワードで保護されています");
    }

    @Test
    void anEncryptedPdfThatForbidsCopyingIsRefused() throws IOException {
        var noCopying = new AccessPermission();
        noCopying.setCanExtractContent(false);
        var pdf = pdf(document -> {
            addText(document, "Hello");
            document.protect(protection("", noCopying));
        });
        assertRefused(() -> READER.read("locked.pdf", pdf, null), "locked.pdf", "PDF の文字の取り出しが禁止されています");
    }

    @Test
    void anEncryptedPdfThatOpensWithoutPasswordAndAllowsCopyingIsRead() throws IOException {
        // Many published PDFs are encrypted only to restrict editing; their text is for everyone.
        var pdf = pdf(document -> {
            addText(document, "Hello");
            document.protect(protection("", new AccessPermission()));
        });
        assertThat(PdfText.read("open.pdf", pdf).lines()).containsExactly("Hello");
    }

    @Test
    void aPdfOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.pdf");
        try (var out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
            out.setLength(DocumentReader.MAX_BYTES + 1);
        }
        assertRefused(() -> READER.read(file, null), "huge.pdf", "ファイルが大きすぎます（20,971,521 バイト。上限は 20,971,520 バイト）");
        byte[] bytes = Files.readAllBytes(file);
        assertRefused(() -> READER.read("huge.pdf", bytes, null), "huge.pdf", "ファイルが大きすぎます");
    }

    @Test
    void aPdfIsKnownByItsBytesNotItsName() throws IOException {
        Path renamed = Files.copy(KUMAMOTO_PDF, dir.resolve("list.txt"));
        var read = READER.read(renamed, null);
        assertThat(read.parsed().content().projects()).hasSize(59);
        assertThat(read.text().sha256()).isEqualTo(jp.shinko.ingest.DocumentText.sha256(Files.readAllBytes(KUMAMOTO_PDF)));
    }

    @Test
    void aPdfOfSomethingElseIsNoKnownLayout() throws IOException {
        var pdf = pdf(document -> addText(document, "Quarterly report"));
        assertRefused(() -> READER.read("report.pdf", pdf, null), "report.pdf", "既知のレイアウト");
        assertThatThrownBy(() -> READER.read("report.pdf", pdf, null)).isInstanceOfSatisfying(ParseException.class, e ->
                assertThat(e.reason(Locale.ENGLISH)).isEqualTo("The document matches none of the known layouts"
                        + " (kagoshima-shiryo3, kumamoto-jigyo-ichiran). Name one with --layout, or check that the"
                        + " document is a supported list"));
    }

    @Test
    void readingStopsOnceADocumentHoldsMoreGlyphsThanAnyListHas() throws IOException {
        try (var document = Loader.loadPDF(pdf(d -> addText(d, "Hello")))) {
            assertThat(PrintedPages.of(document, 5)).singleElement()
                    .satisfies(page -> assertThat(page.lines()).extracting(PrintedLine::text).containsExactly("Hello"));
            assertThatThrownBy(() -> PrintedPages.of(document, 4)).isInstanceOf(PrintedPages.TooMuchText.class);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String file,
                                      String reason) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ParseException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isZero();
            assertThat(e.reason()).contains(reason);
        });
    }

    interface DocumentBuilder {
        void build(PDDocument document) throws IOException;
    }

    private static byte[] pdf(DocumentBuilder builder) throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            builder.build(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void addText(PDDocument document, String text) throws IOException {
        var page = new PDPage();
        document.addPage(page);
        try (var content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
    }

    private static StandardProtectionPolicy protection(String userPassword, AccessPermission permission) {
        var policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
        policy.setEncryptionKeyLength(128);
        return policy;
    }
}
