package jp.shinko.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors raised in the API's handlers, as RFC 9457 problem details with the detail in Japanese,
 * shaped like every other API error ({@link ErrorResponses}). Spring MVC's own exceptions (a
 * parameter of the wrong type, a missing one...) say what the status says, never the
 * exception's message, which can quote internals.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, CompareApiController.class})
class ApiErrors extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PageNotFound.class)
    ProblemDetail notFound(PageNotFound e) {
        return ErrorResponses.problem(HttpStatus.NOT_FOUND, "見つかりません: " + e.getMessage());
    }

    /** A request the API cannot answer as asked (fewer than two plans to compare, an unknown year...). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ErrorResponses.problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        return super.handleExceptionInternal(ex, ErrorResponses.problem(status, ErrorResponses.explanation(messages, status)),
                headers, status, request);
    }
}
