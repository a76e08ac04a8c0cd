package jp.shinko.cycle;

import java.util.Optional;
import jp.shinko.command.Problem;

/**
 * What a password must be: 12 to 128 characters, not the user name, not one character repeated.
 * Length beats composition rules (NIST SP 800-63B), so there are none.
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;

    private PasswordPolicy() {
    }

    static Optional<Problem> check(String field, String username, String password) {
        if (password == null || password.length() < MIN) {
            return Optional.of(Problem.of(field, "password.too-short", MIN));
        }
        if (password.length() > MAX) {
            return Optional.of(Problem.of(field, "text.too-long", MAX));
        }
        if (password.equalsIgnoreCase(username) || password.chars().distinct().count() == 1) {
            return Optional.of(Problem.of(field, "password.too-simple"));
        }
        return Optional.empty();
    }
}
