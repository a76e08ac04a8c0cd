package jp.shinko.cli;

import jp.shinko.cycle.FirstAdministrator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * When {@code serve} or {@code demo} starts on a database without users, creates the first
 * administrator and prints its one-time password once; it is never stored in clear or shown again.
 */
final class FirstAdministratorNotice {

    private FirstAdministratorNotice() {
    }

    static void print(ConfigurableApplicationContext context) {
        context.getBean(FirstAdministrator.class).ensure().ifPresent(password -> {
            System.out.println(CliMessages.get("user.first-admin", FirstAdministrator.USERNAME, password));
        });
    }
}
