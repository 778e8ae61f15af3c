package dev.peerdesk.it;

import com.sun.net.httpserver.HttpServer;
import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed ticket webhooks (API.md, Support), end to end: an admin registers a local receiver, a
 * moderator escalates a question, and the receiver gets the event, signed with the secret. Other
 * tests escalate questions too, so each test looks only at the events of the ticket it created.
 */
class WebhooksIT extends PeerdeskIT {

    static final String BODY = QuestionsIT.BODY;
    static final String SECRET = "it-webhook-secret-0123456789";

    /**
     * An HTTP endpoint on 127.0.0.1 that records every request's headers and exact body bytes and
     * answers with the status {@code answer} gives for the n-th request (1, 2, …) of each event.
     */
    static final class Receiver implements AutoCloseable {

        record Received(Map<String, List<String>> headers, byte[] bytes, int answered) {

            String header(String name) {
                List<String> values = headers.get(name);
                return values == null ? null : values.get(0);
            }

            String text() {
                return new String(bytes, StandardCharsets.UTF_8);
            }

            JsonObject json() {
                return Json.createReader(new StringReader(text())).readObject();
            }

            long ticketId() {
                JsonValue ticket = json().get("ticket");
                return ticket instanceof JsonObject t && t.containsKey("id") ? t.getJsonNumber("id").longValue() : -1;
            }
        }

        private final HttpServer server;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private final Map<String, AtomicInteger> perEvent = new ConcurrentHashMap<>();

        Receiver(IntUnaryOperator answer) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                byte[] bytes;
                try (InputStream in = exchange.getRequestBody()) {
                    bytes = in.readAllBytes();
                }
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.putAll(exchange.getRequestHeaders());
                String event = String.valueOf(headers.get("X-Peerdesk-Delivery"));
                int status = answer.applyAsInt(perEvent.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet());
                received.add(new Received(headers, bytes, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> forTicket(long ticketId) {
            return received.stream().filter(r -> r.ticketId() == ticketId).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** HMAC-SHA256 computed here, independently of the server's code. */
    static String signature(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String registration(String url, String events, String secret) {
        return "{\"url\":\"" + url + "\",\"events\":[" + events + "],\"secret\":\"" + secret + "\"}";
    }

    private long register(Receiver receiver, String admin) {
        // the test receiver listens on this machine: a private address, allowed explicitly
        String body = registration(receiver.url(), "\"ticket.created\"", SECRET);
        Reply created = api.post("/api/v1/admin/webhooks",
                body.substring(0, body.length() - 1) + ",\"allowPrivateNetwork\":true}", admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    /** A member's question, escalated by a moderator: the ticket's JSON. */
    private JsonObject escalatedTicket(String name) {
        Member asker = api.newMember(name);
        long q = api.ask(asker, "A question that goes to support for " + name, BODY, "webhooks");
        Reply escalated = api.post("/api/v1/questions/" + q + "/escalation", "{}", api.moderator().token());
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(201);
        assertThat(escalated.json().getJsonNumber("questionId").longValue()).isEqualTo(q);
        return escalated.json();
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(250);
    }

    @Test
    void onlyAnAdminRegistersValidWebhooksAndTheSecretIsNeverShown() throws Exception {
        String admin = api.adminToken();
        Member member = api.newMember("nohooks");
        String path = "/api/v1/admin/webhooks";
        String valid = registration("https://hooks.example.com/peerdesk", "\"ticket.created\",\"ticket.solved\"", SECRET);

        assertThat(api.post(path, valid, null).status()).isEqualTo(401);
        assertThat(api.post(path, valid, member.token()).status()).isEqualTo(403);
        assertThat(api.get(path, member.token()).status()).isEqualTo(403);

        Reply badUrl = api.post(path, registration("ftp://hooks.example.com/x", "\"ticket.created\"", SECRET), admin);
        assertThat(badUrl.status()).isEqualTo(422);
        assertThat(badUrl.errorFields()).containsExactly("url");
        Reply badEvent = api.post(path, registration("https://hooks.example.com/x", "\"ticket.deleted\"", SECRET), admin);
        assertThat(badEvent.status()).isEqualTo(422);
        assertThat(badEvent.errorFields()).containsExactly("events");
        Reply noEvents = api.post(path, registration("https://hooks.example.com/x", "", SECRET), admin);
        assertThat(noEvents.status()).isEqualTo(422);
        assertThat(noEvents.errorFields()).containsExactly("events");
        Reply shortSecret = api.post(path, registration("https://hooks.example.com/x", "\"ticket.created\"", "too-short"), admin);
        assertThat(shortSecret.status()).isEqualTo(422);
        assertThat(shortSecret.errorFields()).containsExactly("secret");
        assertThat(api.post(path, "", admin).status()).isEqualTo(400);
        // no requests from the server into its own network unless an admin says so explicitly
        for (String internal : List.of("http://127.0.0.1:8080/api/v1/admin/clock", "http://localhost/x",
                "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/hook", "http://[::1]:9000/hook",
                "http://192.168.0.10/hook", "http://0.0.0.0:4848/")) {
            Reply refused = api.post(path, registration(internal, "\"ticket.created\"", SECRET), admin);
            assertThat(refused.status()).as(internal + ": " + refused).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactly("url");
            assertThat(refused.json().getString("detail")).contains("private network");
        }

        Reply created = api.post(path, valid, admin);
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        try {
            assertThat(created.header("Location")).endsWith(path + "/" + id);
            assertThat(created.json().getString("url")).isEqualTo("https://hooks.example.com/peerdesk");
            assertThat(created.json().getJsonArray("events").getValuesAs(jakarta.json.JsonString.class))
                    .extracting(jakarta.json.JsonString::getString).containsExactly("ticket.created", "ticket.solved");
            assertThat(created.json().containsKey("createdAt")).isTrue();
            assertThat(created.text()).doesNotContain(SECRET).doesNotContain("secret");

            Reply listed = api.get(path, admin);
            assertThat(listed.status()).isEqualTo(200);
            assertThat(listed.text()).doesNotContain(SECRET).doesNotContain("secret");
            assertThat(listed.array().stream().map(w -> w.asJsonObject().getJsonNumber("id").longValue()))
                    .contains(id);
            Reply deliveries = api.get(path + "/" + id + "/deliveries", admin);
            assertThat(deliveries.status()).isEqualTo(200);
            assertThat(deliveries.array()).isEmpty();
            assertThat(api.get(path + "/" + id + "/deliveries?limit=0", admin).status()).isEqualTo(422);
            assertThat(api.get(path + "/" + id + "/deliveries", member.token()).status()).isEqualTo(403);
            assertThat(api.delete(path + "/" + id, member.token()).status()).isEqualTo(403);
        } finally {
            assertThat(api.delete(path + "/" + id, admin).status()).isEqualTo(204);
        }
        assertThat(api.delete(path + "/" + id, admin).status()).isEqualTo(404);
        assertThat(api.get(path + "/" + id + "/deliveries", admin).status()).isEqualTo(404);
        assertThat(api.get(path, admin).array().stream().map(w -> w.asJsonObject().getJsonNumber("id").longValue()))
                .doesNotContain(id);
    }

    @Test
    void ticketCreatedIsSignedWithTheSecret() throws Exception {
        String admin = api.adminToken();
        try (Receiver receiver = new Receiver(n -> 200)) {
            long webhook = register(receiver, admin);
            try {
                JsonObject ticket = escalatedTicket("signed");
                long ticketId = ticket.getJsonNumber("id").longValue();

                long deadline = System.currentTimeMillis() + 30_000;
                while (receiver.forTicket(ticketId).isEmpty() && System.currentTimeMillis() < deadline) {
                    pause(); // delivery runs on a two-second timer
                }
                List<Receiver.Received> events = receiver.forTicket(ticketId);
                assertThat(events).as("events for ticket " + ticketId).isNotEmpty();
                Receiver.Received event = events.get(0);
                JsonObject body = event.json();
                assertThat(body.getString("type")).isEqualTo("ticket.created");
                assertThat(body.getString("id")).isNotBlank();
                assertThat(body.getString("occurredAt")).endsWith("Z");
                assertThat(body.getJsonObject("ticket").getJsonNumber("id").longValue()).isEqualTo(ticketId);
                assertThat(body.getJsonObject("ticket").getJsonNumber("questionId").longValue())
                        .isEqualTo(ticket.getJsonNumber("questionId").longValue());
                assertThat(event.header("X-Peerdesk-Signature")).isEqualTo(signature(SECRET, event.bytes()));
                assertThat(event.header("X-Peerdesk-Signature"))
                        .isNotEqualTo(signature("another-secret-of-16", event.bytes()));
                assertThat(event.header("X-Peerdesk-Event")).isEqualTo("ticket.created");
                assertThat(event.header("X-Peerdesk-Delivery")).isEqualTo(body.getString("id"));
                assertThat(event.header("Content-Type")).startsWith("application/json");
            } finally {
                api.delete("/api/v1/admin/webhooks/" + webhook, admin);
            }
        }
    }

    @Test
    void failedDeliveriesAreRetriedWithTheSameEventId() throws Exception {
        String admin = api.adminToken();
        // the first two requests of each event fail; the third is taken
        try (Receiver receiver = new Receiver(n -> n <= 2 ? 500 : 200)) {
            long webhook = register(receiver, admin);
            try {
                long ticketId = escalatedTicket("retried").getJsonNumber("id").longValue();

                long deadline = System.currentTimeMillis() + 30_000;
                while (receiver.forTicket(ticketId).size() < 3 && System.currentTimeMillis() < deadline) {
                    if (!receiver.forTicket(ticketId).isEmpty()) {
                        api.advanceClock(Duration.ofMinutes(5)); // past the back-off, instead of waiting it out
                    }
                    pause();
                }
                List<Receiver.Received> attempts = receiver.forTicket(ticketId);
                assertThat(attempts).as("attempts for ticket " + ticketId).hasSizeGreaterThanOrEqualTo(3);
                assertThat(attempts).extracting(Receiver.Received::answered).startsWith(500, 500, 200);
                String eventId = attempts.get(0).json().getString("id");
                for (Receiver.Received attempt : attempts) {
                    assertThat(attempt.json().getString("id")).isEqualTo(eventId);
                    assertThat(attempt.header("X-Peerdesk-Delivery")).isEqualTo(eventId);
                    assertThat(attempt.text()).isEqualTo(attempts.get(0).text());
                    assertThat(attempt.header("X-Peerdesk-Signature")).isEqualTo(signature(SECRET, attempt.bytes()));
                }

                // the outcome is recorded just after the receiver answered
                JsonObject delivery = null;
                while (System.currentTimeMillis() < deadline + 10_000) {
                    Reply deliveries = api.get("/api/v1/admin/webhooks/" + webhook + "/deliveries", admin);
                    assertThat(deliveries.status()).isEqualTo(200);
                    delivery = deliveries.array().stream().map(JsonValue::asJsonObject)
                            .filter(d -> d.getString("eventId").equals(eventId)).findFirst().orElseThrow();
                    if (!delivery.isNull("deliveredAt")) {
                        break;
                    }
                    pause();
                }
                assertThat(delivery.isNull("deliveredAt")).as(String.valueOf(delivery)).isFalse();
                assertThat(delivery.getInt("attempts")).isEqualTo(3);
                assertThat(delivery.getInt("lastStatus")).isEqualTo(200);
                assertThat(delivery.isNull("nextAttemptAt")).isTrue();
                assertThat(delivery.getString("type")).isEqualTo("ticket.created");
            } finally {
                api.delete("/api/v1/admin/webhooks/" + webhook, admin);
            }
        }
    }
}
