package jp.shinko.cli;

import jp.shinko.search.ProjectSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code shinko index rebuild}: the search index, rebuilt from the database. */
@Command(name = "index", mixinStandardHelpOptions = true, subcommands = IndexCommand.Rebuild.class)
class IndexCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Rebuilds the whole index from the stored plans and reports what it indexed. */
    @Command(name = "rebuild", mixinStandardHelpOptions = true)
    static class Rebuild implements Runnable {

        @Mixin
        DataDirectory dataDirectory;

        @Override
        public void run() {
            // The start-up check would build a missing index only to have it rebuilt again here.
            try (var context = AppContext.start(dataDirectory.resolve(), null, "shinko.search.build-on-start=false")) {
                var summary = context.getBean(ProjectSearch.class).rebuild();
                System.out.println(CliMessages.get("index.rebuilt", summary.plans(), summary.projects(),
                        summary.took().toMillis(), summary.location()));
            }
        }
    }
}
