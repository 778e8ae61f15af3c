package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9: what an outsider (or a suspended insider) tried and must not get. The ITs run with
 * FORUM_TRUSTED_PROXIES=127.0.0.1, so a test speaks as a distinct client by sending the
 * X-Forwarded-For a trusted proxy would add.
 */
class SecurityIT extends PeerdeskIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A client address of its own for one test (TEST-NET-3), so per-address counters start at zero. */
    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet() + (int) (System.nanoTime() % 200);
        return "203.0." + (113 + n / 250 % 3) + "." + (1 + n % 250);
    }

    private Reply as(String address, String method, String path, String body, String token) {
        return api.send(method, path, body, token, Map.of("X-Forwarded-For", address));
    }

    private long question(Member author) {
        return api.ask(author, "Security question " + Api.unique("q"),
                "A question body long enough to pass the thirty character minimum.", "general");
    }

    private List<String> auditActions(String token) {
        return api.get("/api/v1/moderation/audit-log?limit=100", token).json().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("action") + ":" + i.asJsonObject().getJsonNumber("targetId"))
                .toList();
    }

    // --- 1. suspension stops staff too -----------------------------------------------------------

    @Test
    void aSuspendedModeratorReadsAndSignsOutButChangesNothingNotEvenTheirOwnSuspension() {
        String admin = api.adminToken();
        Member moderator = api.newStaff("suspmod", "MODERATOR");
        Member author = api.newMember("susp-author");
        long questionId = question(author);
        Reply suspended = api.post("/api/v1/users/" + moderator.id() + "/suspension",
                "{\"until\":\"" + api.serverNow().plus(Duration.ofDays(3)) + "\",\"reason\":\"abused the tools\"}", admin);
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        assertThat(api.get("/api/v1/questions/" + questionId, moderator.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me", moderator.token()).status()).isEqualTo(200);
        for (Reply refused : List.of(
                api.post("/api/v1/posts/" + questionId + "/hide", null, moderator.token()),
                api.post("/api/v1/questions/" + questionId + "/lock", null, moderator.token()),
                api.post("/api/v1/users/" + author.id() + "/suspension",
                        "{\"until\":\"2099-01-01T00:00:00Z\",\"reason\":\"revenge\"}", moderator.token()),
                api.delete("/api/v1/users/" + moderator.id() + "/suspension", moderator.token()),
                api.post("/api/v1/questions/" + questionId + "/answers",
                        "{\"body\":\"An answer that is long enough to be accepted by the rules.\"}", moderator.token()))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).contains("suspended until").contains("abused the tools");
        }
        assertThat(api.get("/api/v1/questions/" + questionId, null).json().getBoolean("hidden", false)).isFalse();
        assertThat(api.get("/api/v1/questions/" + questionId, null).json().getString("status")).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/users/" + author.id(), admin).text()).doesNotContain("revenge");

        // the refused attempts are in the audit log, and signing out still works
        assertThat(auditActions(admin)).contains("WRITE_REFUSED_WHILE_SUSPENDED:" + moderator.id());
        assertThat(api.delete("/api/v1/sessions/current", moderator.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", moderator.token()).status()).isEqualTo(401);
    }

    @Test
    void suspendedAgentsAndAdminsAreStoppedToo() {
        String admin = api.adminToken();
        Member agent = api.newStaff("suspagent", "AGENT");
        Member otherAdmin = api.newStaff("suspadmin", "ADMIN");
        Member customer = api.newMember("susp-customer");
        String until = api.serverNow().plus(Duration.ofDays(1)).toString();
        for (Member staff : List.of(agent, otherAdmin)) {
            assertThat(api.post("/api/v1/users/" + staff.id() + "/suspension",
                    "{\"until\":\"" + until + "\",\"reason\":\"under review\"}", admin).status()).isEqualTo(200);
        }
        assertThat(api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":\"PREMIUM\"}", agent.token()).status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/users/" + customer.id() + "/roles", "{\"roles\":[\"ADMIN\"]}", otherAdmin.token())
                .status()).isEqualTo(403);
        assertThat(api.put("/api/v1/admin/moderation-rules", "{\"votesPerDay\":1}", otherAdmin.token()).status())
                .isEqualTo(403);
        JsonObject me = api.get("/api/v1/users/" + customer.id(), admin).json();
        assertThat(me.getString("plan")).isEqualTo("FREE");
        assertThat(me.getJsonArray("roles").toString()).doesNotContain("ADMIN");
        assertThat(api.get("/api/v1/admin/moderation-rules", admin).json().getInt("votesPerDay")).isNotEqualTo(1);
        // an admin lifts it, and the account writes again
        assertThat(api.delete("/api/v1/users/" + agent.id() + "/suspension", admin).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/users/" + customer.id() + "/plan", "{\"plan\":\"PREMIUM\"}", agent.token()).status())
                .isEqualTo(200);
    }

    @Test
    void moderatorsSuspendMembersButOnlyAnAdminSuspendsStaffAndNobodyThemselves() {
        String admin = api.adminToken();
        Member moderator = api.newStaff("rulemod", "MODERATOR");
        Member otherModerator = api.newStaff("rulemod2", "MODERATOR");
        Member member = api.newMember("rule-member");
        Member adminUser = api.newStaff("ruleadmin", "ADMIN");
        String body = "{\"until\":\"" + api.serverNow().plus(Duration.ofDays(2)) + "\",\"reason\":\"spam\"}";

        assertThat(api.post("/api/v1/users/" + member.id() + "/suspension", body, moderator.token()).status()).isEqualTo(200);
        for (long target : List.of(otherModerator.id(), adminUser.id(), moderator.id())) {
            Reply refused = api.post("/api/v1/users/" + target + "/suspension", body, moderator.token());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        }
        // an admin may suspend staff, but not themselves, and never lift their own
        assertThat(api.post("/api/v1/users/" + otherModerator.id() + "/suspension", body, adminUser.token()).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/users/" + adminUser.id() + "/suspension", body, adminUser.token()).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/users/" + otherModerator.id() + "/suspension", moderator.token()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/users/" + otherModerator.id(), admin).status()).isEqualTo(200);
        assertThat(auditActions(admin)).contains("SUSPENSION_REFUSED:" + adminUser.id(),
                "SUSPENSION_REFUSED:" + otherModerator.id(), "SUSPENSION_REFUSED:" + moderator.id(),
                "SUSPENSION_LIFT_REFUSED:" + otherModerator.id());
    }

    // --- 2. no cross-site writes -------------------------------------------------------------------

    @Test
    void thePagesCookieNeverAuthorizesAnApiWrite() {
        Member member = api.newMember("cookie");
        Map<String, String> cookie = Map.of("Cookie", "peerdesk_session=" + member.token());
        // reading with the cookie is fine (the pages' own fetches)
        assertThat(api.send("GET", "/api/v1/users/me", null, null, cookie).status()).isEqualTo(200);
        Reply ask = api.send("POST", "/api/v1/questions", Api.question("Asked with only a cookie " + Api.unique("c"),
                "A question body long enough to pass the thirty character minimum.", "general"), null, cookie);
        assertThat(ask.status()).as(ask.toString()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/v1/sessions/current", null, null, cookie).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", member.token()).status()).isEqualTo(200);
    }

    @Test
    void writesStartedByAnotherSiteAreRefused() {
        Member member = api.newMember("csrf");
        api.ensureTags("general");
        String body = Api.question("Cross-site question " + Api.unique("x"),
                "A question body long enough to pass the thirty character minimum.", "general");
        for (Map<String, String> foreign : List.of(Map.of("Origin", "https://evil.example"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site", "Origin", "http://x.localhost"),
                Map.of("Origin", "null"))) {
            Reply refused = api.send("POST", "/api/v1/questions", body, member.token(), foreign);
            assertThat(refused.status()).as(foreign + ": " + refused).isEqualTo(403);
            assertThat(refused.json().getString("detail")).contains("another web site");
            Reply page = api.send("POST", "/login.xhtml", "email=a&password=b", null,
                    merged(foreign, Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html")));
            assertThat(page.status()).as(foreign + ": " + page).isEqualTo(403);
        }
        String self = api.root();
        Reply own = api.send("POST", "/api/v1/questions", body, member.token(), Map.of("Origin", self,
                "Sec-Fetch-Site", "same-origin"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
    }

    private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
        var all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    @Test
    void signingInOnThePageSetsALaxHttpOnlyCookieThatIsSecureBehindAnHttpsProxy() {
        Member member = api.newMember("pagelogin");
        Reply plain = pageSignIn(member, Map.of());
        String cookie = plain.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("peerdesk_session=")).findFirst().orElseThrow(() ->
                        new AssertionError("no session cookie: " + plain.headers()));
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");
        String token = cookie.substring("peerdesk_session=".length(), cookie.indexOf(';'));
        assertThat(api.send("GET", "/api/v1/users/me", null, null, Map.of("Cookie", "peerdesk_session=" + token))
                .json().getJsonNumber("id").longValue()).isEqualTo(member.id());

        Reply behindTls = pageSignIn(member, Map.of("X-Forwarded-Proto", "https"));
        assertThat(behindTls.headers().get("set-cookie")).anySatisfy(c ->
                assertThat(c).startsWith("peerdesk_session=").contains("Secure").contains("SameSite=Lax"));
    }

    /** Fills and posts the login form as a browser would, returning the answer to the POST. */
    private Reply pageSignIn(Member member, Map<String, String> extra) {
        Reply form = api.send("GET", "/login.xhtml", null, null, Map.of("Accept", "text/html"));
        assertThat(form.status()).isEqualTo(200);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(form.text());
        assertThat(state.find()).as("view state in " + form.text()).isTrue();
        String body = "loginForm=loginForm&returnUrl=%2F&email=" + enc(member.email()) + "&password=" + enc(member.password())
                + "&signIn=signIn&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        Reply posted = api.send("POST", "/login.xhtml", body, null, merged(extra,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html")));
        assertThat(posted.status()).as(posted.toString()).isIn(302, 303);
        return posted;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // --- 3. sign-in and registration throttling -----------------------------------------------

    @Test
    void failedSignInsToOneAccountAreDelayedNotLockedForever() {
        Member member = api.newMember("guessed");
        String address = freshAddress();
        String wrong = "{\"email\":\"" + member.email() + "\",\"password\":\"wrong-password-1\"}";
        String right = "{\"email\":\"" + member.email() + "\",\"password\":\"" + member.password() + "\"}";
        for (int i = 0; i < 10; i++) {
            assertThat(as(address, "POST", "/api/v1/sessions", wrong, null).status()).as("failure " + (i + 1)).isEqualTo(401);
        }
        Reply limited = as(address, "POST", "/api/v1/sessions", wrong, null);
        assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 30L);
        // even the right password waits (the password is not even checked), and from another address too
        assertThat(as(address, "POST", "/api/v1/sessions", right, null).status()).isEqualTo(429);
        assertThat(as(freshAddress(), "POST", "/api/v1/sessions", right, null).status()).isEqualTo(429);

        // the delay passes: the right password works again, without anyone unlocking the account
        api.advanceClock(Duration.ofSeconds(31));
        Reply signedIn = as(address, "POST", "/api/v1/sessions", right, null);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
    }

    @Test
    void parallelGuessesAtOneAccountCountExactlyAndParallelSuccessesAreNotThrottled() throws Exception {
        Member member = api.newMember("parallel");
        String right = "{\"email\":\"" + member.email() + "\",\"password\":\"" + member.password() + "\"}";
        String wrong = "{\"email\":\"" + member.email() + "\",\"password\":\"wrong-password-2\"}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            // one integration signing in many times at once is not an attack
            List<java.util.concurrent.Future<Integer>> signIns = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                signIns.add(pool.submit(() -> as(freshAddress(), "POST", "/api/v1/sessions", right, null).status()));
            }
            for (var signIn : signIns) {
                assertThat(signIn.get()).isEqualTo(200);
            }
            // twenty guesses at once from twenty addresses: exactly the limit of ten get their password checked
            List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                guesses.add(pool.submit(() -> as(freshAddress(), "POST", "/api/v1/sessions", wrong, null).status()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var guess : guesses) {
                statuses.add(guess.get());
            }
            assertThat(statuses).filteredOn(st -> st == 401).hasSize(10);
            assertThat(statuses).filteredOn(st -> st == 429).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void failedSignInsFromOneAddressAreLimitedAcrossAccountsAndTheLimitsAreModerationRules() {
        String admin = api.adminToken();
        JsonObject rules = api.get("/api/v1/admin/moderation-rules", admin).json();
        assertThat(rules.getInt("signInFailuresPerAccount")).isEqualTo(10);
        assertThat(rules.getInt("signInFailuresPerAddress")).isEqualTo(50);
        assertThat(rules.getInt("registrationsPerAddressPerHour")).isEqualTo(20);
        assertThat(api.put("/api/v1/admin/moderation-rules", "{\"signInFailuresPerAddress\":0}", admin).status())
                .isEqualTo(422);
        assertThat(api.put("/api/v1/admin/moderation-rules", "{\"signInFailuresPerAddress\":3}", admin).status())
                .isEqualTo(200);
        try {
            String sprayer = freshAddress();
            for (int i = 0; i < 3; i++) {
                assertThat(as(sprayer, "POST", "/api/v1/sessions",
                        "{\"email\":\"nobody-" + i + "-" + Api.unique("s") + "@example.com\",\"password\":\"x-password-1\"}", null)
                        .status()).isEqualTo(401);
            }
            Reply limited = as(sprayer, "POST", "/api/v1/sessions",
                    "{\"email\":\"someone-else@example.com\",\"password\":\"x-password-1\"}", null);
            assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isNotNull();
            // another client is not affected
            assertThat(as(freshAddress(), "POST", "/api/v1/sessions",
                    "{\"email\":\"someone-else@example.com\",\"password\":\"x-password-1\"}", null).status()).isEqualTo(401);
        } finally {
            api.put("/api/v1/admin/moderation-rules", "{\"signInFailuresPerAddress\":50}", admin);
        }
    }

    @Test
    void registrationsPerAddressAreLimitedPerHour() {
        String admin = api.adminToken();
        assertThat(api.put("/api/v1/admin/moderation-rules", "{\"registrationsPerAddressPerHour\":2}", admin).status())
                .isEqualTo(200);
        try {
            String address = freshAddress();
            for (int i = 0; i < 2; i++) {
                assertThat(as(address, "POST", "/api/v1/users", registration("burst"), null).status()).isEqualTo(201);
            }
            Reply limited = as(address, "POST", "/api/v1/users", registration("burst"), null);
            assertThat(limited.status()).as(limited.toString()).isEqualTo(429);
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(3000L, 3600L);
            assertThat(as(freshAddress(), "POST", "/api/v1/users", registration("elsewhere"), null).status()).isEqualTo(201);
        } finally {
            api.put("/api/v1/admin/moderation-rules", "{\"registrationsPerAddressPerHour\":20}", admin);
        }
    }

    private static String registration(String name) {
        String unique = Api.unique(name);
        return Api.json(Map.of("email", unique + "@it.peerdesk.test", "displayName", unique.substring(0, Math.min(20, unique.length())),
                "password", "long-enough-" + unique));
    }

    // --- should-fix items ------------------------------------------------------------------------

    @Test
    void commonPasswordsAndStaffLookalikeNamesAreRefusedAndBidiOverridesStripped() {
        String address = freshAddress();
        String email = Api.unique("pw") + "@it.peerdesk.test";
        Reply common = as(address, "POST", "/api/v1/users", Api.json(Map.of("email", email, "displayName", "Pat Doe",
                "password", "qwertyuiop")), null);
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.errorFields()).containsExactly("password");
        Reply sameAsMail = as(address, "POST", "/api/v1/users", Api.json(Map.of("email", email, "displayName", "Pat Doe",
                "password", email)), null);
        assertThat(sameAsMail.errorFields()).containsExactly("password");
        for (String name : List.of("Administrator", "Jane (support)", "   ", "\u200B\u200B\u200B\u200B")) {
            Reply refused = as(address, "POST", "/api/v1/users", Api.json(Map.of("email", Api.unique("n") + "@it.peerdesk.test",
                    "displayName", name, "password", "a-fine-password-" + Api.unique("p"))), null);
            assertThat(refused.status()).as(name + ": " + refused).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("displayName");
        }
        Reply bidi = as(address, "POST", "/api/v1/users", Api.json(Map.of("email", Api.unique("b") + "@it.peerdesk.test",
                "displayName", "Eve\u202Egnp.exe", "password", "a-fine-password-" + Api.unique("p"))), null);
        assertThat(bidi.status()).as(bidi.toString()).isEqualTo(201);
        assertThat(bidi.json().getString("displayName")).isEqualTo("Evegnp.exe");
    }

    @Test
    void aVisitorsRepeatedViewsCountOnce() {
        Member author = api.newMember("viewed");
        long questionId = question(author);
        int before = api.get("/api/v1/questions/" + questionId).json().getInt("viewCount");
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            as(address, "GET", "/api/v1/questions/" + questionId, null, null);
        }
        Member reader = api.newMember("reader");
        api.get("/api/v1/questions/" + questionId, reader.token());
        api.get("/api/v1/questions/" + questionId, reader.token());
        int after = api.get("/api/v1/questions/" + questionId).json().getInt("viewCount");
        // one each for this test's own first read, the five reads from one address, and the reader's two
        assertThat(after - before).isEqualTo(3);
    }

    @Test
    void anonymousPagesCreateNoSession() {
        Member author = api.newMember("nosession");
        long questionId = question(author);
        for (String page : List.of("/", "/questions/" + questionId + "/any-slug", "/tags.xhtml", "/search.xhtml?q=security",
                "/login.xhtml", "/register.xhtml", "/leaderboard.xhtml", "/users/profile.xhtml?id=" + author.id())) {
            Reply reply = api.send("GET", page, null, null, Map.of("Accept", "text/html"));
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(reply.headers().getOrDefault("set-cookie", List.of())).as(page + " cookies").isEmpty();
        }
    }

    @Test
    void redirectsNeverNameTheHostAClientSent() throws Exception {
        for (String path : List.of("/questions", "/moderation", "/support")) {
            String answer = rawGet(path, "evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 30");
            Matcher location = Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(answer);
            assertThat(location.find()).as(answer).isTrue();
            assertThat(location.group(1)).as(path).doesNotContain("evil.example").startsWith("/");
        }
    }

    private String rawGet(String path, String host) throws Exception {
        java.net.URI uri = java.net.URI.create(api.root());
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
