package jp.shinko.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeated anonymous GETs of published pages, the API and downloads from memory for as
 * long as the public data has not changed ({@link PublicDataVersion}), so a page that takes tens
 * of milliseconds to build costs well under one the next time. Only responses that are the same
 * for every visitor are kept: no signed-in user, status 200, no cookie set (a session or the
 * language switch), keyed by the full URL and the page's language.
 */
final class PublicPageCache extends OncePerRequestFilter {

    /** Says whether a response came from the cache, for tests and for whoever looks at headers. */
    static final String HEADER = "X-Page-Cache";

    private static final List<String> PUBLIC = List.of("/plans/", "/api/v1/", "/search", "/compare", "/cycle/");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_DISPOSITION,
            HttpHeaders.CONTENT_LANGUAGE);

    private record Key(String url, Locale locale) {
    }

    private record Page(String version, Instant storedAt, String contentType, Map<String, String> headers,
                        byte[] body) {
    }

    private final PublicDataVersion version;
    private final LocaleResolver locales;
    private final long maxBytes;
    private final Duration maxAge;
    private final Clock clock;
    private final LinkedHashMap<Key, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    PublicPageCache(PublicDataVersion version, LocaleResolver locales, long maxBytes, Duration maxAge, Clock clock) {
        this.version = version;
        this.locales = locales;
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        boolean published = path.equals("/") || PUBLIC.stream().anyMatch(path::startsWith)
                && (!path.startsWith("/cycle/") || path.endsWith("/published"));
        return !published || request.getParameter("lang") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            chain.doFilter(request, response);
            return;
        }
        var key = new Key(url(request), locales.resolveLocale(request));
        var now = version.current();
        var page = find(key, now);
        if (page != null) {
            response.setHeader(HEADER, "HIT");
            response.setContentType(page.contentType());
            page.headers().forEach(response::setHeader);
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        response.setHeader(HEADER, "MISS");
        var captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() == HttpServletResponse.SC_OK && captured.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                    && captured.getContentType() != null) {
                var headers = new LinkedHashMap<String, String>();
                KEPT_HEADERS.forEach(name -> {
                    var value = captured.getHeader(name);
                    if (value != null) {
                        headers.put(name, value);
                    }
                });
                store(key, new Page(now, clock.instant(), captured.getContentType(), headers,
                        captured.getContentAsByteArray()));
            }
        } finally {
            captured.copyBodyToResponse();
        }
    }

    /** The path and every parameter, in name order: the same query written in another order is the same page. */
    private static String url(HttpServletRequest request) {
        var url = new StringBuilder(request.getRequestURI());
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (var value : values) {
                url.append(url.indexOf("?") < 0 ? '?' : '&').append(encode(name)).append('=').append(encode(value));
            }
        });
        return url.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private synchronized Page find(Key key, String now) {
        var page = pages.get(key);
        if (page == null) {
            return null;
        }
        if (!page.version().equals(now) || page.storedAt().plus(maxAge).isBefore(clock.instant())) {
            remove(key);
            return null;
        }
        return page;
    }

    private synchronized void store(Key key, Page page) {
        // One page may take at most an eighth of the cache, so a large download cannot empty it.
        if (page.body().length > maxBytes / 8) {
            return;
        }
        remove(key);
        pages.put(key, page);
        bytes += page.body().length;
        var eldest = pages.values().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().body().length;
            eldest.remove();
        }
    }

    private void remove(Key key) {
        var old = pages.remove(key);
        if (old != null) {
            bytes -= old.body().length;
        }
    }
}
