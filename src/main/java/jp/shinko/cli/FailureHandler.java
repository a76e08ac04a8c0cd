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
        var reason = databaseInUse(ex) ? CliMessages.get("error.database-in-use") : cause.getLocalizedMessage();
        commandLine.getErr().println(CliMessages.get("error.prefix") + reason);
        if (System.getenv("SHINKO_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    /**
     * H2's "database may be already in use" (90020): the embedded file is held by a process that
     * did not open it in mixed mode (AUTO_SERVER), e.g. an older shinko, so no connection through
     * it is possible. Said in the user's language instead of H2's English "file is locked".
     */
    static boolean databaseInUse(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private static final int DATABASE_ALREADY_OPEN = 90020;
}
