package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's remaining triggers through the API: mentions of thread participants, followed tags,
 * answers held for approval, SLA alerts to agents and nudges before an UNRESOLVED escalation. The
 * time-driven ones come from the server's own sweep (every 2 s in the ITs) after the test moved the
 * clock; the test polls what the sweep does, it never waits out a timer.
 */
class NotificationTriggersIT extends PeerdeskIT {

    private List<JsonObject> notifications(Member member) {
        Reply page = api.get("/api/v1/notifications?limit=100", member.token());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private List<String> texts(Member member) {
        return notifications(member).stream().map(n -> n.getString("type") + ": " + n.getString("text")).toList();
    }

    private List<String> texts(Member member, String type) {
        return notifications(member).stream().filter(n -> n.getString("type").equals(type))
                .map(n -> n.getString("text")).toList();
    }

    private void comment(Member author, long postId, String body) {
        Reply commented = api.post("/api/v1/posts/" + postId + "/comments", Api.json(Map.of("body", body)),
                author.token());
        assertThat(commented.status()).as(commented.toString()).isEqualTo(201);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 45_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250); // polling what the server's own 2-second sweep does, not waiting out a timer
        }
    }

    /** Runs the notification sweep {@code n} times at once, as that many nodes would. */
    private void sweepInParallel(int n) throws Exception {
        String admin = api.adminToken();
        List<Reply> sweeps = VotesIT.inParallel(n, i -> api.post("/api/v1/admin/notifications/sweep", null, admin));
        assertThat(sweeps).extracting(Reply::status).containsOnly(200);
    }

    /** The display name without spaces: how others mention them. */
    private static String handle(Member member) {
        return member.displayName().replace(" ", "");
    }

    private static String tag(String prefix) {
        return (prefix + Api.unique("").replace("-", "")).substring(0, 14);
    }

    @Test
    void aMentionedParticipantHearsOnceAndMentionsInCodeOrOfOutsidersReachNobody() {
        Member asker = api.newMember("quentin");
        Member answerer = api.newMember("bartholomew");
        Member cornelius = api.newMember("cornelius");
        Member corbin = api.newMember("corbin");
        Member outsider = api.newMember("ophelia");
        long q = api.ask(asker, "The backup job skips the largest folder", BODY, "notifications");
        long a = api.answer(answerer, q, ANSWER);
        long c = api.answer(cornelius, q, ANSWER + " Check the exclusions too.");
        assertThat(texts(asker, "ANSWER")).containsExactly("2 new answers to “The backup job skips the largest folder”");

        // the asker's comment on the answer names its author: one MENTION, not a COMMENT as well
        comment(asker, a, "Thanks @" + handle(answerer) + ", that is the flag I needed.");
        assertThat(texts(answerer, "MENTION")).containsExactly("You were mentioned in “The backup job skips the largest folder”");
        assertThat(texts(answerer, "COMMENT")).isEmpty();

        // an answer naming the asker by a unique prefix: MENTION instead of the ANSWER it would fold into
        api.answer(corbin, q, "As @" + handle(asker).substring(0, 4) + " said, the size limit is in the settings.");
        assertThat(texts(asker, "MENTION")).hasSize(1);
        assertThat(texts(asker, "ANSWER")).as("not folded in as well")
                .containsExactly("2 new answers to “The backup job skips the largest folder”");

        // ambiguous prefix (cornelius, corbin), code, an outsider, a self-mention: nobody
        comment(answerer, a, "@cor which of you asked? Also `@" + handle(asker) + "` in code and @"
                + handle(outsider) + " who is not here.");
        comment(cornelius, c, "I am @" + handle(cornelius) + " by the way.");
        assertThat(texts(cornelius, "MENTION")).isEmpty();
        assertThat(texts(corbin, "MENTION")).isEmpty();
        assertThat(texts(outsider)).isEmpty();
        assertThat(texts(asker, "MENTION")).as("code spans name nobody").hasSize(1);
        // the asker commenting on an answer is an earlier commenter there: the answerer's comment reaches them
        assertThat(texts(asker, "COMMENT")).hasSize(1);
    }

    @Test
    void followersOfATagHearOfNewQuestionsFoldedPerTagAndFollowNothingMore() {
        String tag = tag("follow");
        api.ensureTags(tag);
        Member follower = api.newMember("tagfan");
        Member asker = api.newMember("tagasker");
        String path = "/api/v1/tags/" + tag + "/follow";
        assertThat(api.put(path, null, null).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/tags/no%20such%20tag!/follow", null, follower.token()).status()).isEqualTo(422);
        assertThat(api.put("/api/v1/tags/" + tag("nosuch") + "/follow", null, follower.token()).status()).isEqualTo(404);
        assertThat(api.put(path, null, follower.token()).status()).isEqualTo(204);
        assertThat(api.put(path.replace(tag, tag.toUpperCase()), null, follower.token()).status())
                .as("tag names are case-insensitive; following twice is fine").isEqualTo(204);
        assertThat(api.put(path, null, asker.token()).status()).isEqualTo(204);

        long q1 = api.ask(asker, "The calendar invites arrive an hour late", BODY, tag);
        assertThat(texts(follower)).containsExactly("NEW_QUESTION: New question in " + tag
                + ": The calendar invites arrive an hour late");
        assertThat(texts(asker)).as("not of one's own question").isEmpty();
        JsonObject n = notifications(follower).get(0);
        assertThat(n.getJsonNumber("questionId").longValue()).isEqualTo(q1);

        long q2 = api.ask(api.newMember("tagasker2"), "The shared mailbox does not show new mail", BODY, tag);
        assertThat(texts(follower)).containsExactly("NEW_QUESTION: 2 new questions in " + tag
                + ", the latest: The shared mailbox does not show new mail");
        assertThat(notifications(follower).get(0).getJsonNumber("questionId").longValue()).isEqualTo(q2);

        // hearing of a question is no following: its answers do not reach the tag's followers
        api.answer(api.newMember("tagsolver"), q1, ANSWER);
        assertThat(texts(follower, "ANSWER")).isEmpty();

        assertThat(api.delete(path, follower.token()).status()).isEqualTo(204);
        api.ask(api.newMember("tagasker3"), "The meeting room display shows yesterday", BODY, tag);
        assertThat(texts(follower)).as("unfollowed").containsExactly("NEW_QUESTION: 2 new questions in " + tag
                + ", the latest: The shared mailbox does not show new mail");
    }

    @Test
    void aQuestionHeldForApprovalReachesTheTagsFollowersWhenApproved() {
        String tag = tag("heldtag");
        api.ensureTags(tag);
        Member follower = api.newMember("heldfan");
        assertThat(api.put("/api/v1/tags/" + tag + "/follow", null, follower.token()).status()).isEqualTo(204);
        Reply held = api.post("/api/v1/questions", Api.question("Where are the import settings documented?",
                "I found https://docs.example.com but it does not explain the import settings.", tag),
                api.newMember("heldnew").token());
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long q = held.json().getJsonNumber("id").longValue();
        assertThat(api.get("/api/v1/questions/" + q).status()).as("held").isEqualTo(404);
        assertThat(texts(follower)).isEmpty();

        assertThat(api.post("/api/v1/moderation/posts/" + q + "/approve", null, api.moderator().token()).status())
                .isEqualTo(200);
        assertThat(texts(follower)).containsExactly("NEW_QUESTION: New question in " + tag
                + ": Where are the import settings documented?");
    }

    @Test
    void anAnswerHeldForApprovalNotifiesTheAskerWhenAModeratorApprovesIt() {
        Member asker = api.newMember("heldasker");
        Member newcomer = api.newMember("newcomer");
        long q = api.ask(asker, "The VPN drops every ten minutes", BODY, "notifications");
        Reply held = api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body",
                "The vendor explains the keep-alive setting at https://docs.example.com/vpn in detail.")),
                newcomer.token());
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        long a = held.json().getJsonNumber("id").longValue();
        assertThat(api.get("/api/v1/questions/" + q).json().getJsonArray("answers")).as("held").isEmpty();
        assertThat(texts(asker)).as("nothing to see yet").isEmpty();

        assertThat(api.post("/api/v1/moderation/posts/" + a + "/approve", null, api.moderator().token()).status())
                .isEqualTo(200);
        List<JsonObject> told = notifications(asker);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).getString("text")).isEqualTo("New answer to “The VPN drops every ten minutes”");
        assertThat(told.get(0).getJsonNumber("postId").longValue()).isEqualTo(a);
    }

    @Test
    void theAssigneeHearsOnceWhenTheFirstResponseIsDueWithinTheHourAndOnceWhenItIsMissed() throws Exception {
        Support support = new Support(api);
        Member agent = api.newStaff("slawatch", "AGENT");
        Member otherAgent = api.newStaff("slaother", "AGENT");
        Member asker = api.newMember("slaasker");
        long q = api.ask(asker, "The invoice PDF is empty since Monday", BODY, "notifications");
        JsonObject ticket = support.escalateByStaff(q);
        long ticketId = ticket.getJsonNumber("id").longValue();
        Reply assigned = api.put("/api/v1/support/tickets/" + ticketId + "/assignee", "{\"agentId\":" + agent.id() + "}",
                agent.token());
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        Instant due = Instant.parse(assigned.json().getString("firstResponseDueAt"));

        Duration untilRisk = Duration.between(api.serverNow(), due).minusMinutes(30);
        if (!untilRisk.isNegative()) {
            api.advanceClock(untilRisk);
        }
        String title = "“The invoice PDF is empty since Monday”";
        await("the at-risk alert", () -> texts(agent, "SLA_AT_RISK").size() == 1);
        assertThat(texts(agent, "SLA_AT_RISK"))
                .containsExactly("The ticket for " + title + " is due for its first response within the hour");
        sweepInParallel(10);
        assertThat(texts(agent, "SLA_AT_RISK")).as("ten sweeps at once alert once").hasSize(1);
        JsonObject alert = notifications(agent).stream().filter(n -> n.getString("type").equals("SLA_AT_RISK"))
                .findFirst().orElseThrow();
        assertThat(alert.getJsonNumber("ticketId").longValue()).isEqualTo(ticketId);

        api.advanceClock(Duration.ofHours(1));
        await("the breach alert", () -> texts(agent, "SLA_AT_RISK").size() == 2);
        assertThat(texts(agent, "SLA_AT_RISK")).containsExactly(
                "The ticket for " + title + " missed its first response deadline",
                "The ticket for " + title + " is due for its first response within the hour");

        // later sweeps add nothing; the asker and agents it is not assigned to never hear of it
        api.advanceClock(Duration.ofMinutes(10));
        sweepInParallel(5);
        assertThat(texts(agent, "SLA_AT_RISK")).hasSize(2);
        assertThat(texts(asker, "SLA_AT_RISK")).isEmpty();
        assertThat(notifications(otherAgent).stream().filter(n -> n.getString("type").equals("SLA_AT_RISK"))
                .filter(n -> n.getJsonNumber("ticketId").longValue() == ticketId)).isEmpty();
    }

    @Test
    void theAskerIsNudgedOnceBeforeAnUnresolvedEscalationAndAcceptingThenCountsAsDeflected() throws Exception {
        Support support = new Support(api);
        String tag = tag("nudge");
        api.ensureTags(tag);
        support.tagRule(tag, "PT1H", "PT14H", null); // nudged 12 h (the default lead) before: 2 h after asking
        String admin = api.adminToken();
        String summaryPath = "/api/v1/admin/nudges/summary";
        String nosy = api.newMember("nosy").token();
        assertThat(api.get(summaryPath, nosy).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/notifications/sweep", null, nosy).status()).isEqualTo(403);
        JsonObject before = api.get(summaryPath, admin).json();

        Member asker = api.newMember("nudged");
        long q = api.ask(asker, "The label printer cuts every label in half", BODY, tag);
        long a = api.answer(api.newMember("labelfix"), q, ANSWER);
        api.advanceClock(Duration.ofHours(3));

        String text = "You have answers to “The label printer cuts every label in half” — did one solve it?"
                + " Accept it, or tell us you still need help.";
        await("the nudge", () -> texts(asker, "NUDGE").size() == 1);
        assertThat(texts(asker, "NUDGE")).containsExactly(text);
        JsonObject nudged = api.get(summaryPath, admin).json();
        assertThat(nudged.getJsonNumber("nudged").longValue()).isGreaterThan(before.getJsonNumber("nudged").longValue());

        api.advanceClock(Duration.ofHours(1));
        sweepInParallel(5);
        assertThat(texts(asker, "NUDGE")).as("once per question").hasSize(1);

        Reply accepted = api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}",
                asker.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        JsonObject after = api.get(summaryPath, admin).json();
        assertThat(after.getJsonNumber("deflected").longValue())
                .isEqualTo(nudged.getJsonNumber("deflected").longValue() + 1);
        assertThat(after.getJsonNumber("nudged").longValue()).isGreaterThanOrEqualTo(after.getJsonNumber("deflected").longValue());
    }
}
