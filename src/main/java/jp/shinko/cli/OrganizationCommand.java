package jp.shinko.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jp.shinko.cycle.AddOrganization;
import jp.shinko.plan.OrganizationKind;
import jp.shinko.store.OrganizationQueries;
import jp.shinko.store.PlanQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shinko organization add|list}: a plan's departments and outside bodies from the command
 * line, as the administrator's page does in the app; additions are audited like the app's.
 */
@Command(name = "organization", mixinStandardHelpOptions = true,
        subcommands = {OrganizationCommand.Add.class, OrganizationCommand.ListOrganizations.class})
class OrganizationCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static OrganizationKind kind(String text) {
        try {
            return OrganizationKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CliMessages.get("organization.kind-unknown", text,
                    Arrays.stream(OrganizationKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
    }

    /** {@code organization add --kind KIND PLAN NAME}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static class Add implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "organization.kind")
        String kind;

        @Parameters(index = "0", paramLabel = "PLAN", descriptionKey = "organization.plan")
        String plan;

        @Parameters(index = "1", paramLabel = "NAME", descriptionKey = "organization.name")
        String name;

        @Override
        public Integer call() {
            var parsed = kind(kind);
            try (var context = AppContext.start(dataDirectory.resolve(), null)) {
                return UserCommand.report(context.getBean(AddOrganization.class)
                        .run(UserCommand.actor(), plan, name, parsed));
            }
        }
    }

    /** {@code organization list PLAN}: name, kind and number of published projects, one per line. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListOrganizations implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Parameters(paramLabel = "PLAN", descriptionKey = "organization.plan")
        String plan;

        @Override
        public Integer call() {
            try (var context = AppContext.start(dataDirectory.resolve(), null)) {
                if (!context.getBean(PlanQueries.class).exists(plan)) {
                    throw new IllegalArgumentException(CliMessages.get("organization.plan-unknown", plan));
                }
                for (var o : context.getBean(OrganizationQueries.class).organizations(plan)) {
                    System.out.println(String.join("\t", o.organization().name(), o.organization().kind().name(),
                            CliMessages.get("organization.projects", o.projects())));
                }
                return 0;
            }
        }
    }
}
