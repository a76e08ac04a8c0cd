package jp.shinko.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jp.shinko.sheets.RoundSheetWriter;
import jp.shinko.sheets.UploadRoundSheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The round's Excel round trip: an organization's workbook to download, and its upload's result page. */
@Controller
class SheetController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RoundSheetWriter writer;
    private final UploadRoundSheet upload;
    private final CycleActors actors;
    private final jp.shinko.cycle.RoundQueries queries;

    SheetController(RoundSheetWriter writer, UploadRoundSheet upload, CycleActors actors,
                    jp.shinko.cycle.RoundQueries queries) {
        this.writer = writer;
        this.upload = upload;
        this.actors = actors;
        this.queries = queries;
    }

    @GetMapping("/cycle/{plan}/{year}/sheet.xlsx")
    ResponseEntity<byte[]> download(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                                    @RequestParam(required = false) String organization) {
        var actor = actors.current(authentication);
        var bytes = writer.write(actor, plan, CycleOutcomes.year(year), organization)
                .orElseThrow(() -> new AccessDeniedException("no workbook"));
        var name = plan + "-" + year + "-" + organization + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX)
                .body(bytes);
    }

    @PostMapping("/cycle/{plan}/{year}/sheet")
    String upload(Authentication authentication, @PathVariable String plan, @PathVariable int year,
                  @RequestParam("file") MultipartFile file, Model model,
                  jakarta.servlet.http.HttpServletResponse response) throws IOException {
        var actor = actors.current(authentication);
        var fiscalYear = CycleOutcomes.year(year);
        var round = queries.round(plan, fiscalYear).orElseThrow(CycleOutcomes::notFound);
        if (file.getSize() > UploadRoundSheet.MAX_BYTES) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE);
        }
        jp.shinko.sheets.SheetUpload result;
        try (var in = file.getInputStream()) {
            result = upload.run(actor, plan, fiscalYear, in);
        }
        if (result == null) {
            throw new AccessDeniedException("not this round or organization");
        }
        if (!result.accepted()) {
            response.setStatus(422);
        }
        model.addAttribute("actor", actor);
        model.addAttribute("round", round);
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        model.addAttribute("result", result);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "cycle/sheet-upload";
    }
}
