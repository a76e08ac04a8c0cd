package jp.shinko.cycle;

import jp.shinko.audit.Role;
import jp.shinko.ingest.ImportDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** No default password: with no user at all, one administrator with a one-time password, once. */
@CycleServiceTest
class FirstAdministratorTest {

    @Autowired FirstAdministrator first;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void nothingHappensWhenUsersExist(@Autowired ImportDocuments imports, @Autowired AddUser addUser) {
        CycleFixture.importSamplesAndUsers(imports, addUser, accounts);
        assertThat(first.ensure()).isEmpty();
    }

    @Test
    @Transactional
    void anEmptyDatabaseGetsOneAdministratorWhoMustChangeTheOneTimePassword() {
        jdbc.sql("DELETE FROM users").update();

        var password = first.ensure().orElseThrow();

        assertThat(password).hasSize(20).matches("[a-km-zA-HJ-NP-Z2-9]{20}");
        var admin = accounts.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isTrue();
        var hash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(first.ensure()).isEmpty();
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void passwordsAreHashedWithBcryptAtCost12ByDefault() {
        var production = new CycleConfiguration().passwordEncoder(new SecuritySettings(12));
        assertThat(production.encode("correct horse battery staple")).startsWith("{bcrypt}$2a$12$");
        // Hashes made with pbkdf2 stay valid.
        var pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}" + org.springframework.security.crypto.password.Pbkdf2PasswordEncoder
                .defaultsForSpringSecurity_v5_8().encode("correct horse battery staple");
        assertThat(production.matches("correct horse battery staple", pbkdf2)).isTrue();
    }
}
