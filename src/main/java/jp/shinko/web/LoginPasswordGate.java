package jp.shinko.web;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a user who signed in with a one-time or reset password on the password page until they
 * have chosen their own: every other page redirects there (logout and static files excepted).
 */
final class LoginPasswordGate extends OncePerRequestFilter {

    static final String MUST_CHANGE = "shinko.mustChangePassword";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE))
                && !path.equals("/account/password") && !path.equals("/logout") && !path.equals("/login")
                && !path.startsWith("/css/") && !path.startsWith("/webjars/") && !path.startsWith("/js/")) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return;
        }
        chain.doFilter(request, response);
    }
}
