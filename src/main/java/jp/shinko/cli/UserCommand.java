package jp.shinko.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import jp.shinko.audit.Actor;
import jp.shinko.audit.Membership;
import jp.shinko.audit.Role;
import jp.shinko.command.Outcome;
import jp.shinko.cycle.Accounts;
import jp.shinko.cycle.AddUser;
import jp.shinko.cycle.NewUser;
import jp.shinko.cycle.SetPassword;
import jp.shinko.cycle.SetUserEnabled;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code shinko user add|list|passwd|disable}: users from the command line, e.g. the first
 * administrator. A password is never an argument (it would stay in the shell history and the
 * process list): it is typed at a prompt, or read from standard input with {@code --password-stdin}.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Passwd.class,
                UserCommand.Disable.class})
class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The audit trail names the operating-system user who ran the command. */
    static Actor actor() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"), Role.ADMIN, java.util.Set.of());
    }

    /** Prints a command's outcome; 0 when done, 1 otherwise. */
    static int report(Outcome outcome) {
        var bundle = ResourceBundle.getBundle("messages", Locale.getDefault());
        if (outcome instanceof Outcome.Done done) {
            System.out.println(text(bundle, done.message()));
            return 0;
        }
        if (outcome instanceof Outcome.Invalid invalid) {
            invalid.problems().forEach(p -> System.err.println(CliMessages.get("error.prefix") + text(bundle, p.message())));
        } else if (outcome instanceof Outcome.Refused refused) {
            System.err.println(CliMessages.get("error.prefix") + text(bundle, refused.reason()));
        } else {
            System.err.println(CliMessages.get("error.prefix") + CliMessages.get("user.not-found"));
        }
        return 1;
    }

    private static String text(ResourceBundle bundle, jp.shinko.command.Message message) {
        var args = message.args().stream().map(a -> a instanceof Number ? a.toString() : a).toArray();
        return java.text.MessageFormat.format(bundle.getString(message.key()), args);
    }

    /** Reads a new password: one line of standard input, or twice at the terminal's hidden prompt. */
    static String newPassword(boolean fromStdin) throws IOException {
        if (fromStdin) {
            var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new IllegalArgumentException(CliMessages.get("user.no-stdin"));
            }
            return line;
        }
        var console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(CliMessages.get("user.no-console"));
        }
        var first = console.readPassword(CliMessages.get("user.prompt"));
        var second = console.readPassword(CliMessages.get("user.prompt-again"));
        if (first == null || second == null || !new String(first).equals(new String(second))) {
            throw new IllegalArgumentException(CliMessages.get("user.prompt-mismatch"));
        }
        return new String(first);
    }

    /** {@code user add --role ROLE [--org PLAN:ORG]... [--display-name NAME] [--password-stdin] NAME}. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static class Add implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Option(names = "--role", required = true, paramLabel = "ROLE", descriptionKey = "user.role")
        String role;

        @Option(names = "--org", paramLabel = "PLAN:ORGANIZATION", descriptionKey = "user.org")
        List<String> organizations = new ArrayList<>();

        @Option(names = "--display-name", paramLabel = "NAME", descriptionKey = "user.display-name")
        String displayName;

        @Option(names = "--password-stdin", descriptionKey = "user.password-stdin")
        boolean passwordStdin;

        @Parameters(paramLabel = "NAME", descriptionKey = "user.name")
        String name;

        @Override
        public Integer call() throws IOException {
            var parsedRole = Role.parse(role);
            var memberships = organizations.stream().map(Membership::parse).collect(Collectors.toSet());
            var password = newPassword(passwordStdin);
            try (ConfigurableApplicationContext context = AppContext.start(dataDirectory.resolve(), null)) {
                return report(context.getBean(AddUser.class).run(actor(),
                        new NewUser(name, displayName, parsedRole, memberships, password, false)));
            }
        }
    }

    /** {@code user list}: name, role, state and organizations, one user per line. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListUsers implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = AppContext.start(dataDirectory.resolve(), null)) {
                var users = context.getBean(Accounts.class).list();
                if (users.isEmpty()) {
                    System.out.println(CliMessages.get("user.none"));
                }
                for (var user : users) {
                    var state = !user.enabled() ? CliMessages.get("user.state.disabled")
                            : user.mustChangePassword() ? CliMessages.get("user.state.must-change")
                            : CliMessages.get("user.state.enabled");
                    System.out.println(String.join("\t", user.username(), user.role().name(), state,
                            user.memberships().stream().map(Membership::toString).collect(Collectors.joining(", "))));
                }
                return 0;
            }
        }
    }

    /** {@code user passwd [--password-stdin] NAME}: sets a user's password. */
    @Command(name = "passwd", mixinStandardHelpOptions = true)
    static class Passwd implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Option(names = "--password-stdin", descriptionKey = "user.password-stdin")
        boolean passwordStdin;

        @Parameters(paramLabel = "NAME", descriptionKey = "user.name")
        String name;

        @Override
        public Integer call() throws IOException {
            var password = newPassword(passwordStdin);
            try (ConfigurableApplicationContext context = AppContext.start(dataDirectory.resolve(), null)) {
                return report(context.getBean(SetPassword.class).setFor(actor(), name, password, null, false));
            }
        }
    }

    /** {@code user disable NAME}: the user can no longer sign in. */
    @Command(name = "disable", mixinStandardHelpOptions = true)
    static class Disable implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Parameters(paramLabel = "NAME", descriptionKey = "user.name")
        String name;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = AppContext.start(dataDirectory.resolve(), null)) {
                return report(context.getBean(SetUserEnabled.class).run(actor(), name, false));
            }
        }
    }
}
