package dev.peerdesk.it;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a careless client or an attacker sends: operator soup in searches, dates past year 9999,
 * bodies of the wrong type or size, parameters that do not convert. Each gets a 4xx problem
 * document naming the field (or works), never a 500 or a bare 400; and every response carries the
 * security headers and no server banner.
 */
class RobustnessIT extends PeerdeskIT {

    private static final List<String> OPERATOR_SOUP = List.of("*", "* *", " * ", "**", "+", "-", "\"", "\"\"\"",
            "(", ")", "()", "<", ">", "~", "@", "@3", "+-\"~<>()@", "a*", "*a", "+*", "-*", "\"*\"", "'", "%", "\\",
            "--", "+++", "~~", "@@", "(*)", "\"a", "a\"", "+a -b", "-(a)", "a @ b");

    private final HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void fullTextOperatorSoupSearchesAnswer200OnTheApiAndThePage() {
        for (String q : OPERATOR_SOUP) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            Api.Reply api = this.api.get("/api/v1/search?q=" + encoded);
            assertThat(api.status()).as("API search for [%s]: %s", q, api).isIn(200, 422);
            if (api.status() == 200) {
                assertThat(api.json().getJsonArray("items")).as("[%s]", q).isNotNull();
            } else {
                assertThat(api.errorFields()).containsExactly("q");
            }
            Api.Reply page = this.api.send("GET", "/search.xhtml?q=" + encoded, null, null, Map.of("Accept", "text/html"));
            assertThat(page.status()).as("page search for [%s]", q).isEqualTo(200);
            assertThat(page.text()).as("page search for [%s]", q).doesNotContain("Something went wrong");
        }
        // a title of operators only does not break the similar-questions look-up either
        assertThat(api.get("/api/v1/questions/similar?title=" + URLEncoder.encode("*** \"(", StandardCharsets.UTF_8))
                .status()).isNotEqualTo(500);
    }

    @Test
    void wordsAroundOperatorsAreStillFound() {
        Api.Member author = api.newMember("soup");
        String word = "zyxquartz" + System.nanoTime() % 100000;
        long q = api.ask(author, "Where does the " + word + " setting live?", "A body long enough for the question to be posted.", "rep");
        var hits = api.get("/api/v1/search?q=" + URLEncoder.encode("+" + word + "* (\"", StandardCharsets.UTF_8)).json()
                .getJsonArray("items");
        assertThat(hits.stream().map(h -> h.asJsonObject().getJsonNumber("id").longValue())).contains(q);
    }

    @Test
    void aSuspensionEndingAfterYear9999IsA422NamingUntil() {
        Api.Member member = api.newMember("far-future");
        String admin = api.adminToken();
        for (String until : List.of("+10000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            Api.Reply reply = api.post("/api/v1/users/" + member.id() + "/suspension",
                    "{\"until\":\"" + until + "\",\"reason\":\"testing the limits\"}", admin);
            assertThat(reply.status()).as("%s", reply).isEqualTo(422);
            assertThat(reply.errorFields()).containsExactly("until");
        }
        assertThat(api.get("/api/v1/users/me", member.token()).status()).isEqualTo(200);
    }

    @Test
    void aBodyOfTheWrongTypeIsA400NamingTheFieldWithoutJavaTypes() {
        Api.Member author = api.newMember("wrongtype");
        Api.Reply reply = api.post("/api/v1/questions",
                "{\"title\":\"A title that is long enough\",\"body\":\"A body long enough for the question.\",\"tags\":\"api\"}",
                author.token());
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.errorFields()).containsExactly("tags");
        assertNoJavaIn(reply);

        Api.Reply date = api.post("/api/v1/users/" + author.id() + "/suspension",
                "{\"until\":\"next tuesday\",\"reason\":\"x\"}", api.adminToken());
        assertThat(date.status()).as("%s", date).isEqualTo(400);
        assertThat(date.errorFields()).containsExactly("until");
        assertNoJavaIn(date);

        Api.Reply object = api.post("/api/v1/questions", "{\"title\":{},\"body\":\"b\",\"tags\":[]}", author.token());
        assertThat(object.status()).as("%s", object).isEqualTo(400);
        assertThat(object.errorFields()).containsExactly("title");
        assertNoJavaIn(object);

        Api.Reply broken = api.post("/api/v1/questions", "{\"title\":\"x\",", author.token());
        assertThat(broken.status()).isEqualTo(400);
        assertNoJavaIn(broken);
    }

    @Test
    void aLimitThatIsNotANumberIsA400NamingLimit() {
        for (String path : List.of("/api/v1/search?q=sync&limit=abc", "/api/v1/questions?limit=abc", "/api/v1/tags?limit=1e3")) {
            Api.Reply reply = api.get(path);
            assertThat(reply.status()).as("%s: %s", path, reply).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.errorFields()).containsExactly("limit");
            assertNoJavaIn(reply);
        }
    }

    /**
     * One case rule for closed sets (API.md: the exact name, or that name in lower case): an unknown
     * value in a query parameter, a body field or a list is a 422 naming the field and the allowed
     * values in words; a value that is not a string is a 400.
     */
    @Test
    void anUnknownEnumValueIsA422NamingTheFieldAndTheAllowedValuesAndLowerCaseNamesAreAccepted() {
        Api.Reply sort = api.get("/api/v1/questions?sort=random");
        assertThat(sort.status()).as("%s", sort).isEqualTo(422);
        assertThat(sort.errorFields()).containsExactly("sort");
        assertThat(firstMessage(sort)).isEqualTo("must be newest, active, votes or unanswered");
        assertNoJavaIn(sort);
        assertThat(api.get("/api/v1/questions?sort=VOTES").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questions?sort=Votes").status()).isEqualTo(422);

        String admin = api.adminToken();
        Api.Member customer = api.newMember("enum-rule");
        Api.Reply plan = api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":\"GOLD\"}", admin);
        assertThat(plan.status()).as("%s", plan).isEqualTo(422);
        assertThat(plan.errorFields()).containsExactly("plan");
        assertThat(firstMessage(plan)).isEqualTo("must be FREE, STANDARD or PREMIUM");
        assertNoJavaIn(plan);
        Api.Reply lower = api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":\"premium\"}", admin);
        assertThat(lower.status()).as("%s", lower).isEqualTo(200);
        assertThat(lower.json().getString("plan")).isEqualTo("PREMIUM");
        Api.Reply number = api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":3}", admin);
        assertThat(number.status()).as("%s", number).isEqualTo(400);
        assertThat(number.errorFields()).containsExactly("plan");
        assertNoJavaIn(number);

        Api.Reply role = api.put("/api/v1/users/" + customer.id() + "/roles", "{\"roles\":[\"AGENT\",\"KING\"]}", admin);
        assertThat(role.status()).as("%s", role).isEqualTo(422);
        assertThat(role.errorFields()).containsExactly("roles");
        assertThat(firstMessage(role)).isEqualTo("must be MEMBER, MODERATOR, AGENT or ADMIN");
        assertNoJavaIn(role);

        Api.Member agent = api.newStaff("queuefilter", "AGENT");
        assertThat(api.get("/api/v1/support/tickets?status=open&priority=urgent", agent.token()).status()).isEqualTo(200);
        Api.Reply status = api.get("/api/v1/support/tickets?status=Open", agent.token());
        assertThat(status.status()).as("%s", status).isEqualTo(422);
        assertThat(status.errorFields()).containsExactly("status");
        assertThat(firstMessage(status)).isEqualTo("must be NEW, OPEN, PENDING, SOLVED or CLOSED");
    }

    private static String firstMessage(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    @Test
    void aGetWithABodyGetsAProblemDocument() throws Exception {
        HttpResponse<String> reply = http1.send(HttpRequest.newBuilder(URI.create(api.root() + "/api/v1/questions"))
                .method("GET", HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":400").contains("body");
    }

    /**
     * Addresses Payara's connector refuses before any filter runs (it answered a bare "400 Invalid
     * URI", or an empty 200 for a broken escape). Sent over a raw socket: java.net.http refuses them.
     */
    @Test
    void aMalformedAddressGetsAProblemDocumentSayingSo() throws Exception {
        Map<String, String> malformed = new java.util.LinkedHashMap<>();
        malformed.put("/api/v1/users/%00", "NUL character");
        malformed.put("/api/v1/questions/%00/answers", "NUL character");
        malformed.put("/questions/%00", "NUL character");
        malformed.put("/api/v1/users/%", "two hexadecimal digits");
        malformed.put("/api/v1/users/%zz", "two hexadecimal digits");
        malformed.put("/api/v1/users/%ff", "not UTF-8");
        malformed.put("/%2e%2e/%2e%2e/etc/passwd", "above the root");
        malformed.put("/api/v1/users/a\\b", "backslash");
        malformed.put("/api/v1/users/...", "dots only");
        for (var entry : malformed.entrySet()) {
            RawReply reply = rawGet(entry.getKey());
            assertThat(reply.status()).as("%s: %s", entry.getKey(), reply).isEqualTo(400);
            assertThat(reply.headers().get("content-type")).as(entry.getKey()).startsWith("application/problem+json");
            assertThat(reply.headers().get("x-content-type-options")).as(entry.getKey()).isEqualTo("nosniff");
            var problem = jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readObject();
            assertThat(problem.getInt("status")).isEqualTo(400);
            assertThat(problem.getString("type")).isEqualTo("about:blank");
            assertThat(problem.getString("title")).isEqualTo("Bad request");
            assertThat(problem.getString("detail")).as(entry.getKey())
                    .startsWith("The address of this request is malformed: ").contains(entry.getValue())
                    .endsWith("Correct the link, or the client that built the address.");
            assertThat(problem.getJsonArray("errors")).isEmpty();
        }
        // neighbours the connector accepts answer as before: a problem 404 for no such resource, pages render
        for (String accepted : List.of("/api/v1/users/%C3%A9", "/api/v1/users/%2e%2e", "/api/v1/questions/999999999")) {
            RawReply reply = rawGet(accepted);
            assertThat(reply.status()).as("%s: %s", accepted, reply).isEqualTo(404);
            assertThat(reply.headers().get("content-type")).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"status\":404").doesNotContain("malformed");
        }
        RawReply home = rawGet("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.headers().get("content-type")).startsWith("text/html");
        assertThat(home.body()).contains("</html>").doesNotContain("malformed");
        // the path malformed requests are routed to is no back door: asked for directly, it does not exist
        assertThat(rawGet("/malformed-address").status()).isEqualTo(404);
    }

    private record RawReply(int status, Map<String, String> headers, String body) {
    }

    /** GET with the path exactly as given, over a plain socket (HTTP/1.1, Connection: close). */
    private RawReply rawGet(String path) throws java.io.IOException {
        URI root = URI.create(api.root());
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort()
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] response = socket.getInputStream().readAllBytes();
            String head = new String(response, StandardCharsets.ISO_8859_1);
            int end = head.indexOf("\r\n\r\n");
            String[] lines = head.substring(0, end).split("\r\n");
            Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            int at = end + 4;
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size; ; at += size + 2) {
                    int lineEnd = head.indexOf("\r\n", at);
                    size = Integer.parseInt(head.substring(at, lineEnd).split(";")[0].strip(), 16);
                    at = lineEnd + 2;
                    if (size == 0) {
                        break;
                    }
                    body.write(response, at, size);
                }
            } else {
                body.write(response, at, response.length - at);
            }
            return new RawReply(Integer.parseInt(lines[0].split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() throws Exception {
        String token = api.newMember("big-body").token();
        String huge = "{\"title\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";

        HttpResponse<String> declared = http1.send(HttpRequest.newBuilder(URI.create(api.root() + "/api/v1/questions"))
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(declared.body()).contains("\"status\":413");

        // no Content-Length: the body is streamed (chunked) and cut off while it is read
        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> streamed = http1.send(HttpRequest.newBuilder(URI.create(api.root() + "/api/v1/questions"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).as(streamed.body()).isEqualTo(413);
        assertThat(streamed.body()).contains("\"status\":413");

        // a body just under the limit is read as usual (and refused for what it says, not for its size)
        String underLimit = "{\"title\":\"" + "a".repeat(1000 * 1000) + "\",\"body\":\"b\",\"tags\":[]}";
        assertThat(api.post("/api/v1/questions", underLimit, token).status()).isEqualTo(422);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerBanner() {
        Map<String, Api.Reply> replies = Map.of(
                "API", api.get("/api/v1/tags"),
                "API problem", api.get("/api/v1/questions/999999999"),
                "page", api.send("GET", "/", null, null, Map.of("Accept", "text/html")),
                "missing page", api.send("GET", "/no-such-page.xhtml", null, null, Map.of("Accept", "text/html")),
                "static", api.send("GET", "/jakarta.faces.resource/peerdesk/peerdesk.css.xhtml", null, null, Map.of("Accept", "*/*")),
                "health", api.get("/health"));
        replies.forEach((what, reply) -> {
            assertThat(reply.header("Content-Security-Policy")).as(what).isNotBlank();
            assertThat(reply.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(reply.header("Server")).as(what).isNull();
            assertThat(reply.header("X-Powered-By")).as(what).isNull();
        });
        assertThat(replies.get("missing page").status()).isEqualTo(404);
        // pages: scripts only from this site or with the view's nonce; no plugins, no framing by others
        String pagePolicy = replies.get("page").header("Content-Security-Policy");
        assertThat(pagePolicy).contains("script-src 'self' 'nonce-").contains("object-src 'none'")
                .contains("frame-ancestors 'self'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(replies.get("API").header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(replies.get("page").text()).contains("nonce=\"");
    }

    @Test
    void metricsReportNoH2PoolAndNothingPersonal() {
        Api.Member member = api.newMember("metrics-person");
        Api.Reply metrics = api.send("GET", "/metrics", null, null, Map.of("Accept", "text/plain"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).doesNotContainIgnoringCase("H2Pool").doesNotContainIgnoringCase("h2")
                .doesNotContain(member.email()).doesNotContain("@");
    }

    @Test
    void pageQueryStringsAreDecodedAsUtf8() {
        Api.Member author = api.newMember("utf8");
        String marker = "导出数据" + (char) ('一' + (int) (System.nanoTime() % 500));
        api.ask(author, "如何" + marker + " to a spreadsheet", "我想" + marker + " and a body long enough to post.", "rep");
        String q = URLEncoder.encode("如何" + marker, StandardCharsets.UTF_8);
        assertThat(api.get("/api/v1/search?q=" + q).json().getJsonArray("items")).isNotEmpty();
        Api.Reply page = api.send("GET", "/search.xhtml?q=" + q + "&tag=rep", null, null, Map.of("Accept", "text/html"));
        assertThat(page.text()).contains("如何" + marker + " to a spreadsheet").contains("value=\"如何" + marker + "\"");
    }

    private static void assertNoJavaIn(Api.Reply reply) {
        assertThat(reply.text()).doesNotContain("java.").doesNotContain("class ").doesNotContain("interface ")
                .doesNotContain("Exception").doesNotContain("START_ARRAY").doesNotContain("VALUE_STRING");
    }
}
