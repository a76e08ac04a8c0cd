package jp.shinko.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one shape of an error, for every error the servlet container sends here (unknown paths,
 * wrong methods, bad parameters, exceptions no handler took, security's refusals): under
 * {@code /api/} an RFC 9457 problem detail, elsewhere the Japanese error page
 * ({@code templates/error.html}: the status, a plain explanation, a link home). Both say the
 * same thing, from the message bundles ({@code error.<status>}). Replaces Spring Boot's
 * BasicErrorController, whose JSON had a third shape; errors the API's own handlers answer
 * directly are in {@link ApiErrors}.
 */
@Controller
class ErrorResponses implements ErrorController {

    /** Statuses with an explanation of their own; any other shows the general one. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 413);

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        var status = status(request);
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            var problem = problem(status, explanation(messages, status));
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        var key = key(status);
        return new ModelAndView("error", Map.of("status", status.value(), "titleKey", key, "leadKey", key + ".lead"), status);
    }

    /** A problem detail as every API error has it: the HTTP reason phrase as title, the reason in Japanese. */
    static ProblemDetail problem(HttpStatusCode status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        var known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? null : known.getReasonPhrase());
        return problem;
    }

    /** What went wrong, in Japanese: the API's {@code detail} when no handler said more. */
    static String explanation(MessageSource messages, HttpStatusCode status) {
        return messages.getMessage(key(HttpStatus.valueOf(status.value())), null, Locale.JAPANESE);
    }

    private static String key(HttpStatus status) {
        return EXPLAINED.contains(status.value()) ? "error." + status.value() : "error.other";
    }

    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
