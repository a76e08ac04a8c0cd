import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Demo helper, not part of the application: fills in, submits and approves every record of a
 * round that is still a draft or returned, through the app's own web forms (as a coordinator),
 * so that a demo can reach publication without typing hundreds of records. Records already
 * submitted or approved are approved as they are; nothing is published (do that in the browser).
 *
 * <p>Values it enters: last year's budget again (or ― when there was none), the content already in
 * the draft (or 「（デモ入力）」), outlook 継続予定, and for last year settled = last year's budget
 * with evaluation ○ (― when there was no budget). Every change is in the audit trail under the
 * coordinator's name, as any other.
 *
 * <p>Usage: {@code java scripts/RoundDemoFill.java URL USER PLAN YEAR}, e.g.
 * {@code java scripts/RoundDemoFill.java http://localhost:8080 coordinator kagoshima-shokogyo 2021};
 * the password is asked for (or read from the first line of standard input).
 */
public class RoundDemoFill {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"record-[^\"]*\">\\s*<th scope=\"row\">\\s*<a href=\"([^\"]+)\"[\\s\\S]*?class=\"status status-([A-Z_]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern LAST_BUDGET = Pattern.compile(
            "id=\"budget-hint\">[^<]*</span>\\s*<span class=\"previous\">[^<]*?: ([^<]*)</span>");
    private static final Pattern CONTENT = Pattern.compile("<textarea id=\"content\" name=\"content\"[^>]*>([\\s\\S]*?)</textarea>");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    RoundDemoFill(String base) {
        this.base = base.replaceAll("/$", "");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java scripts/RoundDemoFill.java URL USER PLAN YEAR");
            System.exit(2);
        }
        var console = System.console();
        var password = console != null ? new String(console.readPassword("password for %s: ", args[1]))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        var demo = new RoundDemoFill(args[0]);
        demo.login(args[1], password);
        demo.fill("/cycle/" + args[2] + "/" + args[3]);
    }

    void login(String user, String password) throws Exception {
        var page = get("/login");
        var response = post("/login", token(page), Map.of("username", user, "password", password));
        var location = response.headers().firstValue("Location").orElse("");
        if (!location.endsWith("/cycle")) {
            throw new IllegalStateException("login failed (" + location + "); a one-time password must be changed first");
        }
    }

    void fill(String round) throws Exception {
        var page = get(round);
        var rows = new ArrayList<String[]>();
        var matcher = ROW.matcher(page);
        while (matcher.find()) {
            rows.add(new String[] {matcher.group(1).replace("&amp;", "&"), matcher.group(2)});
        }
        int filled = 0;
        int approved = 0;
        for (var row : rows) {
            var path = row[0];
            if (!row[1].equals("SUBMITTED") && !row[1].equals("APPROVED")) {
                submit(path);
                filled++;
            }
            if (!row[1].equals("APPROVED")) {
                var record = get(path);
                var answer = post(path + "/approve", token(record), Map.of("version", first(VERSION, record, "0")));
                check(answer, path + " approve");
                approved++;
            }
        }
        System.out.println(rows.size() + " records: " + filled + " filled in and submitted, " + approved + " approved.");
        System.out.println("Publish the year at " + base + round + "/progress");
    }

    private void submit(String path) throws Exception {
        var record = get(path);
        var lastBudget = first(LAST_BUDGET, record, "").strip();
        boolean hadBudget = lastBudget.matches("[\\d,]+");
        var content = unescape(first(CONTENT, record, "").strip());
        var form = new LinkedHashMap<String, String>();
        form.put("version", first(VERSION, record, "0"));
        form.put("budget", hadBudget ? lastBudget : "―");
        form.put("content", content.isEmpty() ? "（デモ入力）" : content);
        form.put("outlook", "継続予定");
        if (record.contains("name=\"previousSettled\"")) {
            form.put("previousSettled", hadBudget ? lastBudget : "");
            form.put("evaluation", hadBudget ? "○" : "―");
        }
        check(post(path + "/submit", token(record), form), path + " submit");
    }

    private static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 302) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode());
        }
    }

    private String get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> post(String path, String csrf, Map<String, String> fields) throws Exception {
        var body = new StringBuilder("_csrf=").append(encode(csrf));
        fields.forEach((k, v) -> body.append('&').append(encode(k)).append('=').append(encode(v)));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String token(String page) {
        return first(CSRF, page, "");
    }

    private static String first(Pattern pattern, String text, String otherwise) {
        var m = pattern.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
