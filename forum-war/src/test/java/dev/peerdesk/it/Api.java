package dev.peerdesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP client for the REST API, as an integration or a mobile app would use it. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String root;

    public Api(URL base) {
        // always over loopback: the server under test trusts 127.0.0.1 as a proxy (FORUM_TRUSTED_PROXIES)
        // whatever name or interface address the container reports
        String url = base.getProtocol() + "://127.0.0.1:" + base.getPort() + base.getPath();
        this.root = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String root() {
        return root;
    }

    public record Reply(int status, Map<String, List<String>> headers, String text) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try {
                return Json.createReader(new StringReader(text)).read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + text, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The field names of a problem document's errors. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            JsonArray errors = json().getJsonArray("errors");
            if (errors != null) {
                errors.forEach(e -> fields.add(e.asJsonObject().getString("field")));
            }
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public record Member(long id, String email, String displayName, String password, String token) {
    }

    public Reply send(String method, String path, String body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Accept")) {
            request.header("Accept", "application/json");
        }
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json; charset=UTF-8");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, token, Map.of());
    }

    public Reply post(String path, String body, String token) {
        return send("POST", path, body, token, Map.of());
    }

    public Reply put(String path, String body, String token) {
        return send("PUT", path, body, token, Map.of());
    }

    public Reply patch(String path, String body, String token) {
        return send("PATCH", path, body, token, Map.of());
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, null, token, Map.of());
    }

    /** Waits until /health says UP (the application migrates its database at start). */
    /** Set once the shared server failed to become ready: every later IT class fails at once instead of waiting again. */
    private static volatile String neverReady;

    public void awaitReady() {
        if (neverReady != null) {
            throw new AssertionError("Peerdesk did not become ready earlier in this run: " + neverReady);
        }
        long deadline = System.currentTimeMillis() + 120_000;
        long notDeployedSince = 0;
        Reply health = null;
        while (System.currentTimeMillis() < deadline) {
            health = get("/health");
            // Payara Micro itself answers UP, with no checks, while the application is not deployed yet
            if (health.status() == 200 && health.text().contains("\"UP\"") && health.text().contains("database")) {
                return;
            }
            // Arquillian returns once Payara has tried to deploy: "No Application deployed" that stays means
            // the deployment failed (the reason is in Payara's log), not that it is slow.
            if (health.text().contains("No Application deployed")) {
                notDeployedSince = notDeployedSince == 0 ? System.currentTimeMillis() : notDeployedSince;
                if (System.currentTimeMillis() - notDeployedSince > 15_000) {
                    break;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        neverReady = String.valueOf(health);
        throw new AssertionError("Peerdesk did not become ready (a failed deployment shows as 'No Application"
                + " deployed'; run the packaged jar to see why): " + neverReady);
    }

    /** The server's "now" (tests may have moved its clock forward; see ClockResource). */
    public java.time.Instant serverNow() {
        Reply now = get("/api/v1/admin/clock");
        if (now.status() != 200) {
            throw new AssertionError("clock control is off: " + now);
        }
        return java.time.Instant.parse(now.json().getString("now"));
    }

    /** Moves the server's clock forward, as if that much time had passed. */
    public java.time.Instant advanceClock(java.time.Duration by) {
        Reply moved = post("/api/v1/admin/clock", "{\"advanceBy\":\"" + by + "\"}", adminToken());
        if (moved.status() != 200) {
            throw new AssertionError("moving the clock failed: " + moved);
        }
        return java.time.Instant.parse(moved.json().getString("now"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQUENCE.incrementAndGet();
    }

    /** Registers a new member and signs them in. */
    public Member newMember(String name) {
        String email = unique(name).toLowerCase() + "@it.peerdesk.test";
        String displayName = (name + " " + SEQUENCE.incrementAndGet());
        displayName = displayName.length() > 30 ? displayName.substring(0, 30) : displayName;
        String password = "correct-horse-" + name;
        // as a customer of their own: registrations per client address are limited, and the ITs'
        // server trusts this machine as a proxy (FORUM_TRUSTED_PROXIES), as a real one would be trusted
        int client = SEQUENCE.incrementAndGet();
        Reply registered = send("POST", "/api/v1/users", json(Map.of("email", email, "displayName", displayName,
                "password", password)), null, Map.of("X-Forwarded-For", "198.51." + (client / 250 % 256) + "." + (1 + client % 250)));
        if (registered.status() != 201) {
            throw new AssertionError("registration failed: " + registered);
        }
        return new Member(registered.json().getJsonNumber("id").longValue(), email, displayName, password,
                signIn(email, password));
    }

    /**
     * Registers a member who confirms their address the way a person does: the confirmation mail is read
     * from the ITs' SMTP server and its link posted. Only confirmed addresses get notification mail.
     */
    public Member newConfirmedMember(String name, ItMail mail) {
        Member member = newMember(name);
        confirmEmail(member, mail);
        return member;
    }

    /** Posts the link of the member's (first) confirmation mail. */
    public void confirmEmail(Member member, ItMail mail) {
        String token = mail.awaitAccountLinkToken(member.email(), "VERIFY_EMAIL", 1);
        Reply confirmed = post("/api/v1/email-verifications/" + token, null, null);
        if (confirmed.status() != 204) {
            throw new AssertionError("confirming " + member.email() + " failed: " + confirmed);
        }
    }

    public String signIn(String email, String password) {
        Reply session = post("/api/v1/sessions", json(Map.of("email", email, "password", password)), null);
        if (session.status() != 200) {
            throw new AssertionError("sign-in failed: " + session);
        }
        return session.json().getString("token");
    }

    public String adminToken() {
        return signIn("admin@peerdesk.test", "admin-password-1");
    }

    /** A member promoted to the given staff roles by the admin. */
    public Member newStaff(String name, String... roles) {
        Member member = newMember(name);
        Reply changed = put("/api/v1/users/" + member.id() + "/roles",
                "{\"roles\":[" + String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList()) + "]}",
                adminToken());
        if (changed.status() != 200) {
            throw new AssertionError("role change failed: " + changed);
        }
        return member;
    }

    private static Member moderator;
    private static final java.util.Set<String> ENSURED_TAGS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** One moderator per test run, for staff actions (staff bypass reputation gates). */
    public synchronized Member moderator() {
        if (moderator == null) {
            moderator = newStaff("moderator", "MODERATOR");
        }
        return moderator;
    }

    /**
     * Makes sure the tags exist, as staff would set them up: members need 300 reputation to create
     * a tag. A moderator asks a question with the tags and deletes it again, leaving the tags.
     */
    public void ensureTags(String... tags) {
        List<String> missing = java.util.Arrays.stream(tags).map(t -> t.toLowerCase())
                .filter(t -> !ENSURED_TAGS.contains(t)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Reply asked = post("/api/v1/questions", question("Setting up tags for the community",
                "A staff question that only creates the tags it carries.", missing.toArray(String[]::new)),
                moderator().token());
        if (asked.status() != 201) {
            throw new AssertionError("tag set-up failed: " + asked);
        }
        delete("/api/v1/questions/" + asked.json().getJsonNumber("id").longValue(), moderator().token());
        ENSURED_TAGS.addAll(missing);
    }

    /** A member who earned 1 + 15 × {@code accepts} reputation through accepted answers. */
    public Member memberWithReputation(String name, int accepts) {
        Member member = newMember(name);
        ensureTags("reputation-seed");
        for (int i = 0; i < accepts; i++) {
            long q = ask(moderator(), "Seed question " + i + " for " + member.displayName(),
                    "A question whose answer will be accepted to give reputation.", "reputation-seed");
            long a = answer(member, q, "An answer that is long enough and will be accepted.");
            Reply accepted = put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}",
                    moderator().token());
            if (accepted.status() != 200) {
                throw new AssertionError("accept failed: " + accepted);
            }
        }
        return member;
    }

    /** A member allowed to vote up (15 reputation), earned with one accepted answer. */
    public Member newVoter(String name) {
        return memberWithReputation(name, 1);
    }

    public long ask(Member author, String title, String body, String... tags) {
        ensureTags(tags);
        Reply asked = post("/api/v1/questions", question(title, body, tags), author.token());
        if (asked.status() != 201) {
            throw new AssertionError("ask failed: " + asked);
        }
        return asked.json().getJsonNumber("id").longValue();
    }

    public long answer(Member author, long questionId, String body) {
        Reply answered = post("/api/v1/questions/" + questionId + "/answers", json(Map.of("body", body)), author.token());
        if (answered.status() != 201) {
            throw new AssertionError("answer failed: " + answered);
        }
        return answered.json().getJsonNumber("id").longValue();
    }

    public static String question(String title, String body, String... tags) {
        var tagArray = Json.createArrayBuilder();
        for (String tag : tags) {
            tagArray.add(tag);
        }
        return Json.createObjectBuilder().add("title", title).add("body", body).add("tags", tagArray).build().toString();
    }

    public static String json(Map<String, ?> fields) {
        var object = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v instanceof Number n) {
                object.add(k, Json.createValue(n.longValue()));
            } else if (v == null) {
                object.add(k, JsonValue.NULL);
            } else {
                object.add(k, String.valueOf(v));
            }
        });
        return object.build().toString();
    }
}
