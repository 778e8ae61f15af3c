package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Support-queue steps shared by the support ITs, through the REST API only. */
final class Support {

    static final String BODY = "I tried everything in the manual and it still does not work for me.";
    static final String ANSWER = "Here is an answer with enough words in it to be a real answer.";

    private final Api api;

    Support(Api api) {
        this.api = api;
    }

    /**
     * Adds (or replaces) one tag rule of the escalation policy, keeping the others: ITs give their
     * own tag short timers so they never wait on the default 24 h.
     */
    void tagRule(String tag, String unansweredAfter, String unresolvedAfter, String priority) {
        String admin = api.adminToken();
        JsonObject policy = api.get("/api/v1/admin/escalation-policy", admin).json();
        JsonObjectBuilder rule = Json.createObjectBuilder();
        if (unansweredAfter != null) {
            rule.add("unansweredAfter", unansweredAfter);
        }
        if (unresolvedAfter != null) {
            rule.add("unresolvedAfter", unresolvedAfter);
        }
        if (priority != null) {
            rule.add("priority", priority);
        }
        JsonObjectBuilder tags = Json.createObjectBuilder(policy.getJsonObject("tags")).add(tag, rule);
        Reply changed = api.put("/api/v1/admin/escalation-policy",
                Json.createObjectBuilder().add("tags", tags).build().toString(), admin);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    }

    int sweep() {
        Reply swept = api.post("/api/v1/admin/escalation/sweep", null, api.adminToken());
        assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
        return swept.json().getInt("escalated");
    }

    /** The question's ticket as its asker sees it on the question, or null. */
    JsonObject ticketRef(Member asker, long questionId) {
        JsonObject question = api.get("/api/v1/questions/" + questionId, asker.token()).json();
        return absent(question, "ticket") ? null : question.getJsonObject("ticket");
    }

    JsonObject ticket(String token, long ticketId) {
        Reply ticket = api.get("/api/v1/support/tickets/" + ticketId, token);
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(200);
        return ticket.json();
    }

    /** A moderator escalates it by hand (reason STAFF): a ticket without waiting for timers. */
    JsonObject escalateByStaff(long questionId) {
        Reply escalated = api.post("/api/v1/questions/" + questionId + "/escalation", "{}", api.moderator().token());
        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(201);
        return escalated.json();
    }

    /**
     * The question's ticket, waiting briefly: a sweep skips rows another sweep holds (the periodic
     * one may be committing this very question), so "escalated" can trail a sweep's answer by a moment.
     */
    JsonObject awaitTicketRef(Member viewer, long questionId) {
        long deadline = System.currentTimeMillis() + 10_000;
        JsonObject ref = ticketRef(viewer, questionId);
        while (ref == null && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            ref = ticketRef(viewer, questionId);
        }
        assertThat(ref).as("question %d has a ticket", questionId).isNotNull();
        return ref;
    }

    long ticketIdOf(Member asker, long questionId) {
        return awaitTicketRef(asker, questionId).getJsonNumber("id").longValue();
    }

    Reply patch(Member agent, long ticketId, String json) {
        return api.patch("/api/v1/support/tickets/" + ticketId, json, agent.token());
    }

    /** Missing or null (JSON-B leaves null fields out unless they are marked nillable). */
    static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    static Instant instant(JsonObject o, String field) {
        return o.isNull(field) ? null : Instant.parse(o.getString(field));
    }

    static Duration between(JsonObject o, String from, String to) {
        return Duration.between(instant(o, from), instant(o, to));
    }

    /** The ESCALATED audit entries among the latest {@code scan} entries, by question id. */
    List<Long> escalationsAudited(int scan) {
        List<Long> questions = new ArrayList<>();
        String cursor = null;
        int seen = 0;
        while (seen < scan) {
            Reply page = api.get("/api/v1/moderation/audit-log?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                    api.adminToken());
            assertThat(page.status()).isEqualTo(200);
            for (var item : page.json().getJsonArray("items")) {
                JsonObject entry = item.asJsonObject();
                if (entry.getString("action").equals("ESCALATED")) {
                    questions.add(entry.getJsonNumber("targetId").longValue());
                }
                seen++;
            }
            if (page.json().isNull("nextCursor")) {
                break;
            }
            cursor = page.json().getString("nextCursor");
        }
        return questions;
    }
}
