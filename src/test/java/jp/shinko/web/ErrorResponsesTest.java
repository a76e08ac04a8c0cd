package jp.shinko.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * One error shape, seen over real HTTP (the servlet container's error dispatch is part of it,
 * which MockMvc leaves out): every API error an RFC 9457 problem detail in Japanese, every page
 * error the Japanese error page with the status, an explanation and a link home; no exception's
 * own message leaks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "shinko.search.in-memory=true"})
@Import(ErrorResponsesTest.Failing.class)
class ErrorResponsesTest {

    private static final String SECRET = "internal state 0xC0FFEE";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @RestController
    static class Failing {
        @GetMapping({"/api/v1/test-failure", "/test-failure"})
        String fail() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Test
    void apiErrorsAreProblemDetailsInJapanese() throws Exception {
        assertProblem(send("GET", "/api/v1/plans/nowhere"), 404, "Not Found", "見つかりません: nowhere");
        assertProblem(send("GET", "/api/v1/no-such-resource"), 404, "Not Found", "ページが見つかりません");
        assertProblem(send("GET", "/api/v1/plans/nowhere/projects?size=many"), 400, "Bad Request",
                "リクエストの内容が正しくありません");
        assertProblem(send("GET", "/api/v1/compare?plans=kumamoto-chusho"), 400, "Bad Request",
                "比べるには計画を2つ以上指定してください");
        var post = send("POST", "/api/v1/plans");
        assertProblem(post, 405, "Method Not Allowed", "この方法では利用できません");
        assertThat(post.headers().firstValue("Allow").orElseThrow()).contains("GET");
        assertProblem(send("GET", "/api/v1/test-failure"), 500, "Internal Server Error", "エラーが発生しました");
    }

    @Test
    void pageErrorsAreTheJapaneseErrorPage() throws Exception {
        assertPage(send("GET", "/plans/nowhere"), 404, "ページが見つかりません",
                "お探しの計画・事業・団体は、このデータベースにありません。アドレスをご確認ください。");
        assertPage(send("GET", "/no-such-page"), 404, "ページが見つかりません",
                "お探しの計画・事業・団体は、このデータベースにありません。アドレスをご確認ください。");
        assertPage(send("POST", "/logout"), 403, "この操作は許可されていません",
                "この操作を行う権限がないか、フォームの有効期限が切れています。ページを開き直してからもう一度お試しください。");
        assertPage(send("GET", "/test-failure"), 500, "エラーが発生しました",
                "ページを表示できませんでした。時間をおいてもう一度お試しください。");
        var english = send("GET", "/plans/nowhere?lang=en");
        assertThat(english.body()).contains("<h1>Page not found</h1>", "Status 404");
    }

    /** A POST to the API reaches no handler (405 above): keep it read-only, or CSRF must cover it again. */
    @Test
    void theApiOnlyReads() {
        var methods = handlers.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .flatMap(info -> info.getMethodsCondition().getMethods().stream()).distinct().toList();
        assertThat(methods).containsExactly(RequestMethod.GET);
    }

    private void assertProblem(HttpResponse<String> response, int status, String title, String detail) throws Exception {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        var body = json.readValue(response.body(), Map.class);
        assertThat(body).as(response.uri().toString()).containsEntry("status", status).containsEntry("title", title)
                .containsEntry("detail", detail).containsEntry("instance", response.uri().getRawPath());
        assertThat(response.body()).doesNotContain(SECRET, "trace", "exception");
    }

    private void assertPage(HttpResponse<String> response, int status, String title, String lead) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("<h1>" + title + "</h1>", "<p>" + lead + "</p>", "ステータス " + status)
                .containsPattern("<a href=\"/(;jsessionid=[0-9A-F]+)?\">自治体と計画の一覧へ戻る</a>").doesNotContain(SECRET);
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
