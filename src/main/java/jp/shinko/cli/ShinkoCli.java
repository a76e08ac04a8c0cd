package jp.shinko.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code shinko} command: parses the language option first so help and messages follow it. */
@Command(name = "shinko", mixinStandardHelpOptions = true, resourceBundle = "cli.messages",
        versionProvider = VersionCommand.Provider.class,
        subcommands = {ServeCommand.class, DemoCommand.class, ImportCommand.class, ParseCommand.class,
                ExportCommand.class, DbCommand.class, IndexCommand.class, UserCommand.class, OrganizationCommand.class, CheckCommand.class,
                MunicipalityCommand.class, BenchCommand.class,
                VersionCommand.class})
public class ShinkoCli implements Runnable {

    @Option(names = "--lang", paramLabel = "ja|en", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 usage error). */
    public static int execute(String... args) {
        Locale.setDefault(UiLocale.choose(args, System.getenv()));
        var commandLine = new CommandLine(new ShinkoCli())
                .setResourceBundle(ResourceBundle.getBundle("cli.messages"))
                .setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }
}
