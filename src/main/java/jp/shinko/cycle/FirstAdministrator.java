package jp.shinko.cycle;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import jp.shinko.audit.AuditTrail;
import jp.shinko.audit.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * There is no default password. When the app starts with no user at all, it creates the
 * administrator {@code admin} with a random one-time password, which the caller prints once on the
 * console; it must be changed at the first login. {@code shinko user add --role ADMIN} is the
 * other way to create the first administrator.
 */
@Service
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    /** No 0/O, 1/l/I: the password is read off a console and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(AccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The one-time password of the administrator just created, or empty when users exist already. */
    @Transactional
    public Optional<String> ensure() {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        var now = clock.instant();
        accounts.insert(USERNAME, USERNAME, Role.ADMIN, encoder.encode(password), true, now);
        audit.change(AuditTrail.Scope.of("system", now, "ADD_USER", null, null, null).withSubject(USERNAME),
                "role", null, Role.ADMIN.name());
        return Optional.of(password.toString());
    }
}
