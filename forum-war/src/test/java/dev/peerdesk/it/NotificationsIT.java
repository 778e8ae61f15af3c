package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §6 / issue 11 in-app notifications through the API: each fact reaches the people it concerns
 * and nobody else; own actions notify nobody; a burst folds into one unread notification; private
 * ticket facts and internal notes never reach other members.
 */
class NotificationsIT extends PeerdeskIT {

    private List<JsonObject> notifications(Member member) {
        Reply page = api.get("/api/v1/notifications?limit=100", member.token());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private List<String> texts(Member member) {
        return notifications(member).stream().map(n -> n.getString("type") + ": " + n.getString("text")).toList();
    }

    private long unread(Member member) {
        Reply count = api.get("/api/v1/notifications/unread-count", member.token());
        assertThat(count.status()).isEqualTo(200);
        return count.json().getJsonNumber("count").longValue();
    }

    private long comment(Member author, long postId, String body) {
        Reply commented = api.post("/api/v1/posts/" + postId + "/comments", Api.json(Map.of("body", body)),
                author.token());
        assertThat(commented.status()).as(commented.toString()).isEqualTo(201);
        return commented.json().getJsonNumber("id").longValue();
    }

    @Test
    void anAnswerNotifiesTheAskerAndFollowersButNeverTheAnswerer() {
        Member asker = api.newMember("curious");
        Member answerer = api.newMember("helpful");
        Member follower = api.newMember("watcher");
        Member bystander = api.newMember("bystander");
        long q = api.ask(asker, "How do I make the printer print double sided", BODY, "notifications");
        assertThat(api.put("/api/v1/questions/" + q + "/follow", null, follower.token()).status()).isEqualTo(204);

        long a = api.answer(answerer, q, ANSWER);

        List<JsonObject> askers = notifications(asker);
        assertThat(askers).hasSize(1);
        JsonObject n = askers.get(0);
        assertThat(n.getString("type")).isEqualTo("ANSWER");
        assertThat(n.getString("text")).isEqualTo("New answer to “How do I make the printer print double sided”");
        assertThat(n.getJsonNumber("questionId").longValue()).isEqualTo(q);
        assertThat(n.getJsonNumber("postId").longValue()).isEqualTo(a);
        assertThat(n.isNull("ticketId")).isTrue();
        assertThat(n.getBoolean("read")).isFalse();
        assertThat(texts(follower)).containsExactly("ANSWER: New answer to “How do I make the printer print double sided”");
        assertThat(notifications(answerer)).as("own answer").isEmpty();
        assertThat(notifications(bystander)).isEmpty();

        // the answerer follows automatically now; the asker answering their own question tells only the others
        api.answer(asker, q, "I found it myself: the duplex setting is in the advanced tab of the driver.");
        assertThat(texts(answerer)).containsExactly("ANSWER: New answer to “How do I make the printer print double sided”");
        assertThat(unread(asker)).as("own answer folds nothing in").isEqualTo(1);
        assertThat(notifications(asker).get(0).getString("text")).startsWith("New answer");
    }

    @Test
    void aBurstOfAnswersFoldsIntoOneUnreadNotificationUntilItIsRead() {
        Member asker = api.newMember("burst");
        long q = api.ask(asker, "Why does the sync client keep asking for my password", BODY, "notifications");
        long last = 0;
        for (int i = 0; i < 3; i++) {
            last = api.answer(api.newMember("answerer" + i), q, ANSWER + " Variant " + i + ".");
        }
        List<JsonObject> folded = notifications(asker);
        assertThat(folded).hasSize(1);
        assertThat(folded.get(0).getString("text")).isEqualTo("3 new answers to “Why does the sync client keep asking for my password”");
        assertThat(folded.get(0).getJsonNumber("postId").longValue()).as("links the latest").isEqualTo(last);
        assertThat(unread(asker)).isEqualTo(1);

        assertThat(api.post("/api/v1/notifications/read", "{\"ids\":[" + folded.get(0).getJsonNumber("id") + "]}",
                asker.token()).status()).isEqualTo(204);
        assertThat(unread(asker)).isZero();
        api.answer(api.newMember("latecomer"), q, ANSWER);
        List<JsonObject> after = notifications(asker);
        assertThat(after).extracting(o -> o.getString("text") + (o.getBoolean("read") ? " (read)" : ""))
                .containsExactly("New answer to “Why does the sync client keep asking for my password”",
                        "3 new answers to “Why does the sync client keep asking for my password” (read)");
        assertThat(unread(asker)).isEqualTo(1);
        Reply unreadOnly = api.get("/api/v1/notifications?unread=true", asker.token());
        assertThat(unreadOnly.json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void unfollowingStopsAnswerNotificationsEvenForTheAsker() {
        Member asker = api.newMember("quiet");
        long q = api.ask(asker, "Where are the exported reports stored on disk", BODY, "notifications");
        assertThat(api.delete("/api/v1/questions/" + q + "/follow", asker.token()).status()).isEqualTo(204);
        api.answer(api.newMember("talker"), q, ANSWER);
        assertThat(notifications(asker)).isEmpty();
        assertThat(api.put("/api/v1/questions/" + q + "/follow", null, asker.token()).status()).isEqualTo(204);
        api.answer(api.newMember("talker"), q, ANSWER);
        assertThat(texts(asker)).containsExactly("ANSWER: New answer to “Where are the exported reports stored on disk”");
    }

    @Test
    void aCommentNotifiesThePostAuthorAndEarlierCommentersOnly() {
        Member asker = api.newMember("asker");
        Member answerer = api.newMember("answerer");
        Member follower = api.newMember("follower");
        long q = api.ask(asker, "The calendar shows meetings one hour late", BODY, "notifications");
        assertThat(api.put("/api/v1/questions/" + q + "/follow", null, follower.token()).status()).isEqualTo(204);
        long a = api.answer(answerer, q, ANSWER);
        List<JsonObject> before = notifications(follower);

        comment(asker, a, "Which time zone setting do you mean exactly?");
        assertThat(texts(answerer)).containsExactly("COMMENT: New comment on your post in “The calendar shows meetings one hour late”");
        comment(answerer, a, "The one in the account settings, under regional options.");
        assertThat(texts(asker)).contains("COMMENT: New comment on your post in “The calendar shows meetings one hour late”");
        assertThat(notifications(answerer)).as("own comment adds nothing").hasSize(1);
        comment(asker, a, "Thanks, that fixed it for me.");
        assertThat(texts(answerer)).as("folded").containsExactly(
                "COMMENT: 2 new comments on your post in “The calendar shows meetings one hour late”");
        assertThat(notifications(follower)).as("followers hear of answers, not comments").hasSize(before.size());
    }

    @Test
    void acceptingAnAnswerNotifiesItsAuthorButNotTheAsker() {
        Member asker = api.newMember("grateful");
        Member answerer = api.newMember("solver");
        long q = api.ask(asker, "The backup job fails every Sunday night", BODY, "notifications");
        long a = api.answer(answerer, q, ANSWER);
        int askerBefore = notifications(asker).size();
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}", asker.token())
                .status()).isEqualTo(200);
        List<JsonObject> got = notifications(answerer);
        assertThat(got).extracting(o -> o.getString("type") + ": " + o.getString("text"))
                .containsExactly("ACCEPTED: Your answer to “The backup job fails every Sunday night” was accepted");
        assertThat(got.get(0).getJsonNumber("postId").longValue()).isEqualTo(a);
        assertThat(notifications(asker)).hasSize(askerBefore);
    }

    @Test
    void ticketFactsReachOnlyTheAskerAndTheAgentAndNotesReachNobody() {
        Member asker = api.newMember("customer");
        Member other = api.newMember("neighbour");
        Member answerer = api.newMember("community");
        Member agent = api.newStaff("carer", "AGENT");
        Member dispatcher = api.newStaff("dispatcher", "AGENT");
        String title = "My invoice shows the wrong company address";
        long q = api.ask(asker, title, BODY, "notifications");
        api.answer(answerer, q, ANSWER);
        int answererBefore = notifications(answerer).size();
        assertThat(api.post("/api/v1/notifications/read", "{\"all\":true}", asker.token()).status()).isEqualTo(204);

        Reply escalated = api.post("/api/v1/questions/" + q + "/escalation", "{}", api.moderator().token());
        assertThat(escalated.status()).isIn(200, 201);
        long ticket = escalated.json().getJsonNumber("id").longValue();
        JsonObject update = notifications(asker).get(0);
        assertThat(update.getString("type")).isEqualTo("TICKET_UPDATED");
        assertThat(update.getString("text")).isEqualTo("Your support ticket for “" + title + "” was escalated to support");
        assertThat(update.getJsonNumber("ticketId").longValue()).isEqualTo(ticket);

        // routed to the agent by another agent: the agent hears of it, the dispatcher (own action) does not
        // (the escalation may already have routed it to either of them: that is told too, and read here)
        for (Member staff : List.of(agent, dispatcher)) {
            assertThat(api.post("/api/v1/notifications/read", "{\"all\":true}", staff.token()).status()).isEqualTo(204);
        }
        assertThat(api.put("/api/v1/support/tickets/" + ticket + "/assignee", "{\"agentId\":" + agent.id() + "}",
                dispatcher.token()).status()).isEqualTo(200);
        List<JsonObject> assigned = api.get("/api/v1/notifications?unread=true", agent.token()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(assigned).extracting(o -> o.getString("type") + ": " + o.getString("text"))
                .containsExactly("TICKET_ASSIGNED: The ticket for “" + title + "” was assigned to you");
        assertThat(assigned.get(0).getJsonNumber("ticketId").longValue()).isEqualTo(ticket);
        assertThat(unread(dispatcher)).isZero();

        int askerBefore = notifications(asker).size();
        assertThat(api.post("/api/v1/support/tickets/" + ticket + "/notes",
                "{\"body\":\"Internal: customer is on the old billing system.\"}", agent.token()).status()).isEqualTo(201);
        assertThat(notifications(asker)).as("an internal note").hasSize(askerBefore);

        assertThat(api.post("/api/v1/support/tickets/" + ticket + "/messages",
                "{\"body\":\"Could you send us the invoice number privately?\"}", agent.token()).status()).isEqualTo(201);
        assertThat(texts(asker).get(0)).isEqualTo("TICKET_MESSAGE: New private message on the ticket for “" + title + "”");
        assertThat(api.post("/api/v1/support/tickets/" + ticket + "/messages",
                "{\"body\":\"It is INV-2026-0042, thank you.\"}", asker.token()).status()).isEqualTo(201);
        assertThat(texts(agent).get(0)).isEqualTo("TICKET_MESSAGE: New private message on the ticket for “" + title + "”");

        assertThat(api.patch("/api/v1/support/tickets/" + ticket, "{\"status\":\"PENDING\"}", agent.token()).status())
                .isEqualTo(200);
        assertThat(texts(asker).get(0)).isEqualTo("TICKET_UPDATED: Your support ticket for “" + title + "” is waiting on you");

        api.answer(agent, q, "We corrected the address on your account; the next invoice shows the new one.");
        assertThat(texts(asker).get(0)).isEqualTo("OFFICIAL_ANSWER: Support answered “" + title + "”");
        assertThat(texts(answerer)).as("a follower hears of the answer, not of the ticket")
                .hasSize(answererBefore + 1).allMatch(t -> t.startsWith("ANSWER: "));

        assertThat(api.patch("/api/v1/support/tickets/" + ticket, "{\"status\":\"SOLVED\"}", agent.token()).status())
                .isEqualTo(200);
        assertThat(texts(asker).get(0)).isEqualTo("TICKET_UPDATED: Your support ticket for “" + title + "” was solved");

        assertThat(notifications(other)).as("another member hears nothing of A's ticket").isEmpty();
        assertThat(texts(asker)).noneMatch(t -> t.contains("assigned") || t.contains("Internal"));
    }

    @Test
    void theListPagesByCursorAndReadMarksOnlyOwnNotifications() {
        Member asker = api.newMember("pager");
        Member stranger = api.newMember("stranger");
        for (int i = 0; i < 3; i++) {
            Member someone = api.newMember("asker" + i);
            long q = api.ask(someone, "Question number " + i + " about paging notifications", BODY, "notifications");
            assertThat(api.put("/api/v1/questions/" + q + "/follow", null, asker.token()).status()).isEqualTo(204);
            api.answer(api.newMember("answerer"), q, ANSWER);
        }
        Reply first = api.get("/api/v1/notifications?limit=2", asker.token());
        assertThat(first.json().getJsonArray("items")).hasSize(2);
        String cursor = first.json().getString("nextCursor");
        Reply second = api.get("/api/v1/notifications?limit=2&cursor=" + cursor, asker.token());
        assertThat(second.json().getJsonArray("items")).hasSize(1);
        assertThat(second.json().isNull("nextCursor")).isTrue();
        assertThat(second.json().getJsonArray("items").getJsonObject(0).getString("text"))
                .isEqualTo("New answer to “Question number 0 about paging notifications”");

        long id = first.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(api.post("/api/v1/notifications/read", "{\"ids\":[" + id + "]}", stranger.token()).status())
                .isEqualTo(204);
        assertThat(unread(asker)).as("someone else's id changes nothing").isEqualTo(3);
        assertThat(api.post("/api/v1/notifications/read", "{\"ids\":[" + id + "]}", asker.token()).status())
                .isEqualTo(204);
        assertThat(unread(asker)).isEqualTo(2);
        assertThat(api.post("/api/v1/notifications/read", "{\"all\":true}", asker.token()).status()).isEqualTo(204);
        assertThat(unread(asker)).isZero();

        assertThat(api.post("/api/v1/notifications/read", "{}", asker.token()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/notifications", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/notifications/unread-count", null).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/questions/999999999/follow", null, asker.token()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/notifications?cursor=garbage!", asker.token()).status()).isEqualTo(422);
    }
}
