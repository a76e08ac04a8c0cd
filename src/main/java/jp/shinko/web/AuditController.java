package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import jp.shinko.audit.AuditCsv;
import jp.shinko.audit.AuditEntry;
import jp.shinko.audit.AuditTrail;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.store.ImportLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of a plan (the whole round, one year, or one project) with the import log beside
 * it, and its CSV export; administration entries (users, organizations) for administrators.
 */
@Controller
class AuditController {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final List<String> COLUMNS = List.of("id", "at", "actor", "action", "actionLabel", "plan",
            "year", "project", "subject", "field", "old", "new", "reason");

    private final AuditTrail audit;
    private final ImportLog imports;
    private final RoundQueries queries;
    private final CycleActors actors;
    private final CycleMessages messages;

    AuditController(AuditTrail audit, ImportLog imports, RoundQueries queries, CycleActors actors,
                    CycleMessages messages) {
        this.audit = audit;
        this.imports = imports;
        this.queries = queries;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String index(Authentication authentication, Model model) {
        var actor = actors.current(authentication);
        model.addAttribute("actor", actor);
        model.addAttribute("plans", queries.plan().plans());
        boolean admin = CyclePermissions.allows(actor, CycleAction.MANAGE_USERS, null, null);
        model.addAttribute("administration", admin ? audit.administration() : List.of());
        model.addAttribute("showAdministration", admin);
        return "cycle/audit-index";
    }

    @GetMapping("/audit/{plan}")
    String plan(Authentication authentication, @PathVariable String plan, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String project, Model model) {
        var actor = actors.current(authentication);
        var title = queries.plan().title(plan).orElseThrow(CycleOutcomes::notFound);
        model.addAttribute("actor", actor);
        model.addAttribute("plan", plan);
        model.addAttribute("planTitle", title);
        model.addAttribute("year", year);
        model.addAttribute("project", project == null ? "" : project);
        model.addAttribute("entries", entries(plan, year, project));
        model.addAttribute("runs", imports.runs(plan));
        return "cycle/audit";
    }

    @GetMapping("/audit/{plan}/imports/{run}")
    String importRun(Authentication authentication, @PathVariable String plan, @PathVariable long run, Model model) {
        model.addAttribute("actor", actors.current(authentication));
        var found = imports.runs(plan).stream().filter(r -> r.id() == run).findFirst()
                .orElseThrow(CycleOutcomes::notFound);
        model.addAttribute("plan", plan);
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        model.addAttribute("run", found);
        model.addAttribute("changes", imports.changes(run));
        return "cycle/audit-import";
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Japanese text correctly. */
    @GetMapping("/audit/{plan}/audit.csv")
    void csv(Authentication authentication, @PathVariable String plan, @RequestParam(required = false) Integer year,
             @RequestParam(required = false) String project, HttpServletResponse response) throws IOException {
        var actor = actors.current(authentication);
        if (!CyclePermissions.allows(actor, CycleAction.VIEW_AUDIT, plan, null)) {
            throw new AccessDeniedException("denied");
        }
        queries.plan().title(plan).orElseThrow(CycleOutcomes::notFound);
        var name = "audit-" + plan + (year == null ? "" : "-" + year) + ".csv";
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var header = COLUMNS.stream().map(c -> messages.text("cycle.audit.csv." + c)).toList();
        AuditCsv.write(entries(plan, year, project), writer, header, JAPAN,
                action -> messages.text("cycle.action." + action),
                field -> messages.text("cycle.field." + field));
        writer.flush();
    }

    private List<AuditEntry> entries(String plan, Integer year, String project) {
        if (project != null && !project.isBlank()) {
            return audit.forProject(plan, project).stream()
                    .filter(e -> year == null || year.equals(e.fiscalYear())).toList();
        }
        return audit.forPlan(plan, year == null ? null : CycleOutcomes.year(year));
    }
}
