package jp.shinko.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.shinko.plan.FiscalYear;
import jp.shinko.report.Export;
import jp.shinko.report.ExportException;
import jp.shinko.report.ExportFormat;
import jp.shinko.report.ExportRequest;
import jp.shinko.report.PlanExports;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of a plan's official list, summary report and open data
 * ({@code /plans/{planKey}/downloads/{format}?year=N}), as the {@code shinko export} command makes
 * them; the page fragment {@code report/downloads} links to them.
 */
@Controller
class DownloadController {

    private final PlanExports exports;

    DownloadController(PlanExports exports) {
        this.exports = exports;
    }

    @GetMapping("/plans/{planKey}/downloads/{format}")
    ResponseEntity<byte[]> download(@PathVariable String planKey, @PathVariable String format,
                                    @RequestParam(required = false) Integer year,
                                    @RequestParam(defaultValue = "false") boolean bom) {
        var exportFormat = ExportFormat.byId(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown format"));
        FiscalYear fiscalYear;
        try {
            fiscalYear = year == null ? null : FiscalYear.of(year);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        Export export;
        try {
            export = exports.export(planKey, new ExportRequest(exportFormat, fiscalYear, bom));
        } catch (ExportException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(export))
                .body(export.bytes());
    }

    /**
     * An attachment named in Japanese for clients that read RFC 5987's {@code filename*}, with an
     * ASCII name for those that do not.
     */
    static String contentDisposition(Export export) {
        var encoded = URLEncoder.encode(export.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + export.asciiFileName() + "\"; filename*=UTF-8''" + encoded;
    }
}
