package jp.shinko.cli;

import java.util.Locale;
import java.util.Map;

/** Picks the language users see: Japanese unless {@code --lang en} or an English locale asks otherwise. */
final class UiLocale {

    private UiLocale() {
    }

    static Locale choose(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            } else if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            }
            if (value != null) {
                return value.startsWith("en") ? Locale.ENGLISH : Locale.JAPANESE;
            }
        }
        for (var name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            var value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("en") ? Locale.ENGLISH : Locale.JAPANESE;
            }
        }
        return Locale.JAPANESE;
    }
}
