package jp.shinko.cli;

import picocli.CommandLine;

/** Prints a failed command's reason as one clear line (no stack trace) and exits non-zero. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine,
                                        CommandLine.ParseResult parseResult) {
        // The innermost cause says what went wrong (a parse error, a locked database file...);
        // the wrappers around it only say where.
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        // Localized: a ParseException words its reason in the language chosen with --lang.
        commandLine.getErr().println(CliMessages.get("error.prefix") + cause.getLocalizedMessage());
        if (System.getenv("SHINKO_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
        }
        return 1;
    }
}
