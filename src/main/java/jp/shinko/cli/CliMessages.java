package jp.shinko.cli;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Runtime messages of the CLI from {@code cli/messages*.properties}, in the chosen language. */
final class CliMessages {

    private CliMessages() {
    }

    static String get(String key, Object... args) {
        var pattern = ResourceBundle.getBundle("cli.messages").getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }
}
