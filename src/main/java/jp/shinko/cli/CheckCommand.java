package jp.shinko.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.shinko.checks.Finding;
import jp.shinko.checks.PlanChecks;
import jp.shinko.checks.Rule;
import jp.shinko.checks.RuleSetting;
import jp.shinko.checks.SetCheckRule;
import jp.shinko.checks.Severity;
import jp.shinko.csv.CsvWriter;
import jp.shinko.plan.FiscalYear;
import org.apache.commons.csv.CSVFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code shinko check --plan KEY [--year N] [--format text|csv]}: the consistency report of a stored
 * plan's published records, one line per finding; exit status 1 when a finding is an error.
 * {@code --set RULE=off|on|warning|error} changes the plan's setting of a rule first (audited).
 */
@Command(name = "check", mixinStandardHelpOptions = true)
class CheckCommand implements Callable<Integer> {

    @Mixin
    DataDirectory dataDirectory;

    @Option(names = "--plan", paramLabel = "KEY", required = true, descriptionKey = "shinko.check.plan")
    String plan;

    @Option(names = "--year", paramLabel = "N", descriptionKey = "shinko.check.year")
    Integer year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "shinko.check.format")
    String format;

    @Option(names = "--set", paramLabel = "RULE=VALUE", descriptionKey = "shinko.check.set")
    List<String> set = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    CliMessages.get("shinko.check.unknown-format", format));
        }
        var settings = set.stream().map(this::setting).toList();
        try (var context = AppContext.start(dataDirectory.resolve(), null)) {
            for (var setting : settings) {
                int status = UserCommand.report(context.getBean(SetCheckRule.class).run(UserCommand.actor(), plan, setting));
                if (status != 0) {
                    return status;
                }
            }
            var findings = context.getBean(PlanChecks.class)
                    .published(plan, year == null ? null : FiscalYear.of(year))
                    .orElseThrow(() -> new IllegalArgumentException(CliMessages.get("organization.plan-unknown", plan)));
            if (format.equals("csv")) {
                csv(findings, System.out);
            } else {
                findings.forEach(f -> System.out.println(String.join("\t", line(f))));
                System.err.println(CliMessages.get("shinko.check.summary", findings.size(),
                        count(findings, Severity.ERROR), count(findings, Severity.WARNING)));
            }
            return count(findings, Severity.ERROR) > 0 ? 1 : 0;
        }
    }

    private RuleSetting setting(String text) {
        int eq = text.indexOf('=');
        var rule = eq < 0 ? null : java.util.Arrays.stream(Rule.values())
                .filter(r -> r.name().equalsIgnoreCase(text.substring(0, eq).trim())).findFirst().orElse(null);
        var value = eq < 0 ? "" : text.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
        if (rule == null || !List.of("on", "off", "warning", "error").contains(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(), CliMessages.get("shinko.check.bad-setting",
                    text, String.join(", ", java.util.Arrays.stream(Rule.values()).map(Enum::name).toList())));
        }
        return switch (value) {
            case "on" -> RuleSetting.byDefault(rule);
            case "off" -> new RuleSetting(rule, false, rule.defaultSeverity());
            default -> new RuleSetting(rule, true, Severity.valueOf(value.toUpperCase(Locale.ROOT)));
        };
    }

    private static List<String> line(Finding f) {
        var locale = Locale.getDefault();
        return List.of("№" + f.projectKey(), f.projectName(), f.organization(), String.valueOf(f.year().year()),
                Finding.word(f.severity(), locale), Finding.title(f.rule(), locale), f.text(locale));
    }

    private static void csv(List<Finding> findings, PrintStream out) throws IOException {
        var header = CliMessages.get("shinko.check.csv-header").split(",");
        try (var printer = CsvWriter.of(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                CSVFormat.DEFAULT, header)) {
            for (var f : findings) {
                printer.row(line(f));
            }
        }
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
