package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The session cookie's attributes as configured: HttpOnly and SameSite=Lax always, Secure when
 * SHINKO_COOKIE_SECURE=true (served over HTTPS). That the server honours them is checked against
 * the running server in {@link CycleSecurityTest}; this checks the switch without starting one.
 */
class SecureCookieTest {

    private static StandardEnvironment environment(Map<String, Object> variables) throws Exception {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        environment.getPropertySources().addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        return environment;
    }

    @Test
    void cookiesAreHttpOnlyLaxAndSecureOnlyWhenSwitchedOn() throws Exception {
        var plain = environment(Map.of());
        assertThat(plain.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(plain.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(plain.getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
        assertThat(environment(Map.of("SHINKO_COOKIE_SECURE", "true"))
                .getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }
}
