package jp.shinko.cli;

import picocli.CommandLine.Command;

/** {@code shinko export}: the official list and open data (arrives with the publish issue). */
@Command(name = "export", mixinStandardHelpOptions = true)
class ExportCommand implements java.util.concurrent.Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println(CliMessages.get("not-yet-available", "export"));
        return 3;
    }
}
