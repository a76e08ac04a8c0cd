package jp.shinko.cli;

import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code shinko db migrate}: brings the database schema up to date. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = DbCommand.Migrate.class)
class DbCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Applies pending Flyway migrations and reports the schema version. */
    @Command(name = "migrate", mixinStandardHelpOptions = true)
    static class Migrate implements Runnable {

        @Mixin
        DataDirectory dataDirectory;

        @Override
        public void run() {
            // Starting the application context runs Flyway (spring.flyway.enabled) before anything else.
            try (var context = AppContext.start(dataDirectory.resolve(), null)) {
                var flyway = context.getBean(Flyway.class);
                var current = flyway.info().current();
                System.out.println(CliMessages.get("db.migrated",
                        current == null ? "-" : current.getVersion().getVersion()));
            }
        }
    }
}
