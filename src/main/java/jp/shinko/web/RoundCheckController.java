package jp.shinko.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.shinko.audit.Actor;
import jp.shinko.checks.Finding;
import jp.shinko.checks.Severity;
import jp.shinko.cycle.CycleAction;
import jp.shinko.cycle.CyclePermissions;
import jp.shinko.cycle.Round;
import jp.shinko.cycle.RoundChecks;
import jp.shinko.cycle.RoundQueries;
import jp.shinko.cycle.RoundRecord;
import jp.shinko.csv.CsvWriter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pre-publication report of a round: every consistency finding per organization, as a page
 * (where the coordinator confirms and publishes) and as CSV. Editors see their own organizations'.
 */
@Controller
class RoundCheckController {

    /** One finding with the organization that answers for the record in this round. */
    record RoundFinding(String organization, Finding finding) {
    }

    private final RoundQueries queries;
    private final RoundChecks checks;
    private final CycleActors actors;
    private final CycleMessages messages;

    RoundCheckController(RoundQueries queries, RoundChecks checks, CycleActors actors, CycleMessages messages) {
        this.queries = queries;
        this.checks = checks;
        this.actors = actors;
        this.messages = messages;
    }

    @GetMapping("/cycle/{plan}/{year}/checks")
    String page(Authentication authentication, @PathVariable String plan, @PathVariable int year, Model model) {
        var actor = actors.current(authentication);
        var round = round(plan, year);
        var findings = findings(actor, round);
        var byOrganization = new TreeMap<String, List<RoundFinding>>();
        findings.forEach(f -> byOrganization.computeIfAbsent(f.organization(), k -> new java.util.ArrayList<>()).add(f));
        model.addAttribute("actor", actor);
        model.addAttribute("round", round);
        model.addAttribute("planTitle", queries.plan().title(plan).orElse(plan));
        model.addAttribute("byOrganization", byOrganization);
        model.addAttribute("errors", count(findings, Severity.ERROR));
        model.addAttribute("warnings", count(findings, Severity.WARNING));
        model.addAttribute("canPublish", round.isOpen()
                && CyclePermissions.allows(actor, CycleAction.PUBLISH_YEAR, plan, null));
        return "cycle/checks";
    }

    /** The report as CSV (UTF-8 with a byte-order mark, for Excel), one line per finding. */
    @GetMapping("/cycle/{plan}/{year}/checks.csv")
    void csv(Authentication authentication, @PathVariable String plan, @PathVariable int year,
             HttpServletResponse response) throws IOException {
        var actor = actors.current(authentication);
        var findings = findings(actor, round(plan, year));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"checks-" + year + ".csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        var header = messages.text("cycle.checks.csv.header").split(",");
        try (var printer = CsvWriter.of(writer, header)) {
            for (var f : findings) {
                var finding = f.finding();
                printer.row(f.organization(), finding.projectKey(), finding.projectName(),
                        finding.year().year(), messages.severity(finding), messages.rule(finding),
                        messages.finding(finding));
            }
        }
    }

    private Round round(String plan, int year) {
        return queries.round(plan, CycleOutcomes.year(year)).orElseThrow(CycleOutcomes::notFound);
    }

    /** The round's findings the actor may see, by organization then in the report's order. */
    private List<RoundFinding> findings(Actor actor, Round round) {
        Map<String, String> organizations = queries.records(round).stream()
                .collect(Collectors.toMap(RoundRecord::projectKey, RoundRecord::organization, (a, b) -> a,
                        LinkedHashMap::new));
        return checks.report(round.planKey(), round.year()).orElseThrow(CycleOutcomes::notFound).stream()
                .map(f -> new RoundFinding(organizations.getOrDefault(f.projectKey(), f.organization()), f))
                .filter(f -> actor.coordinates() || actor.belongsTo(round.planKey(), f.organization()))
                .sorted(java.util.Comparator.comparing(RoundFinding::organization))
                .toList();
    }

    private static long count(List<RoundFinding> findings, Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).count();
    }
}
