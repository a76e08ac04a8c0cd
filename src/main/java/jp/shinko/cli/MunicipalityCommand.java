package jp.shinko.cli;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import jp.shinko.compare.Comparisons;
import jp.shinko.compare.MunicipalityFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shinko municipality figures CODE}: population and number of businesses for per-head comparisons. */
@Command(name = "municipality", mixinStandardHelpOptions = true, subcommands = MunicipalityCommand.Figures.class)
class MunicipalityCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Records the figures with their sources' dates; nothing is ever filled in by shinko itself. */
    @Command(name = "figures", mixinStandardHelpOptions = true)
    static class Figures implements Callable<Integer> {

        @Mixin
        DataDirectory dataDirectory;

        @Parameters(paramLabel = "CODE", descriptionKey = "municipality.code")
        String code;

        @Option(names = "--population", required = true, descriptionKey = "municipality.population")
        long population;

        @Option(names = "--population-as-of", required = true, descriptionKey = "municipality.population-as-of")
        String populationAsOf;

        @Option(names = "--businesses", descriptionKey = "municipality.businesses")
        Long businesses;

        @Option(names = "--businesses-as-of", descriptionKey = "municipality.businesses-as-of")
        String businessesAsOf;

        @Override
        public Integer call() {
            if (population <= 0 || (businesses != null && businesses <= 0)) {
                throw new IllegalArgumentException(CliMessages.get("municipality.positive"));
            }
            try (var context = AppContext.start(dataDirectory.resolve(), null)) {
                var comparisons = context.getBean(Comparisons.class);
                comparisons.setFigures(new MunicipalityFigures(code, population, populationAsOf, businesses,
                        businessesAsOf, UserCommand.actor().username(), LocalDateTime.now()));
                System.out.println(CliMessages.get("municipality.saved", code, population,
                        businesses == null ? "-" : businesses));
            }
            return 0;
        }
    }
}
