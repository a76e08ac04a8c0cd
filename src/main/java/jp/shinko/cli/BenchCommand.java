package jp.shinko.cli;

import jp.shinko.synthetic.GenerateNationalSet;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shinko bench generate}: data sets for benchmarks and load tests (docs/benchmarks.md). */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.Generate.class)
class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Writes a synthetic national set into the database configured as for serve (PostgreSQL). */
    @Command(name = "generate", mixinStandardHelpOptions = true)
    static class Generate implements Runnable {

        @Mixin
        DataDirectory dataDirectory;

        @Option(names = "--plans", paramLabel = "N", defaultValue = "1800", descriptionKey = "shinko.bench.generate.plans")
        int plans;

        @Option(names = "--years", paramLabel = "Y", defaultValue = "10", descriptionKey = "shinko.bench.generate.years")
        int years;

        @Override
        public void run() {
            try (var context = AppContext.start(dataDirectory.resolve(), null, "shinko.search.build-on-start=false")) {
                var generator = context.getBean(GenerateNationalSet.class);
                GenerateNationalSet.Result result;
                // A bar only on a terminal: in a pipe or a log it would be noise.
                if (System.console() != null) {
                    try (var bar = new ProgressBarBuilder().setTaskName(CliMessages.get("bench.generate.task"))
                            .setInitialMax(plans).setStyle(ProgressBarStyle.ASCII).setUnit(" plans", 1)
                            .showSpeed().build()) {
                        result = generator.run(plans, years, (written, records) -> step(bar, written, records));
                    }
                } else {
                    result = generator.run(plans, years, (written, records) -> { });
                }
                System.out.println(CliMessages.get("bench.generated", result.plans(), result.projects(),
                        result.placements(), result.yearRecords(), result.took().toSeconds()));
            }
        }

        private static void step(ProgressBar bar, int written, long records) {
            bar.stepTo(written);
            bar.setExtraMessage(CliMessages.get("bench.generate.records", records));
        }
    }
}
