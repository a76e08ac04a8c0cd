package jp.shinko.web;

import java.io.IOException;
import java.util.Map;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.shinko.cycle.AccountAuthentication;
import jp.shinko.cycle.Accounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what over HTTP. Published data is public and read-only: GET of {@code /},
 * {@code /plans/**}, {@code /search}, {@code /api/v1/**} and the published lists need no login.
 * The round ({@code /cycle/**}), the audit trail and the account pages need a signed-in user,
 * the admin pages an administrator, theme decisions ({@code /themes/edit/**}, a project's themes)
 * a coordinator or administrator, and every state-changing request a signed-in user and a
 * CSRF token; finer rules (role, organization) are the commands' ({@code CyclePermissions}).
 * Logins go through {@link AccountAuthentication} (throttled; Spring Security picks up the single
 * AuthenticationProvider bean, and registering it here as well would check each login twice); the session id changes at login
 * (Spring's default session-fixation protection, kept explicit here).
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts) throws Exception {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        http.authorizeHttpRequests(auth -> auth
                        // The error page and the API's problem details answer whoever made the failed request.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // The API only reads (ErrorResponsesTest): any other method is answered 405, not a login.
                        .requestMatchers("/api/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/cycle/*/*/published").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/plans/*/projects/*/themes").hasAnyRole("COORDINATOR", "ADMIN")
                        .requestMatchers("/themes/edit", "/themes/edit/**").hasAnyRole("COORDINATOR", "ADMIN")
                        .requestMatchers("/cycle/**", "/audit/**", "/account/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .formLogin(form -> form
                        .loginPage("/login").permitAll()
                        .successHandler(new PasswordChangeOnFirstLogin(accounts))
                        .failureHandler(failure))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .addFilterAfter(new LoginPasswordGate(), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                        + "form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** After login: a user with a one-time or reset password goes to change it first; others where they were going. */
    static final class PasswordChangeOnFirstLogin extends SavedRequestAwareAuthenticationSuccessHandler {

        private final Accounts accounts;

        PasswordChangeOnFirstLogin(Accounts accounts) {
            this.accounts = accounts;
            setDefaultTargetUrl("/cycle");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws ServletException, IOException {
            if (accounts.mustChangePassword(authentication.getName())) {
                request.getSession().setAttribute(LoginPasswordGate.MUST_CHANGE, Boolean.TRUE);
                getRedirectStrategy().sendRedirect(request, response, "/account/password");
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
