package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SPEC §5 end to end through the API: promotion rules, tickets and their SLA, the loop between
 * thread and ticket, privacy of messages and notes, CSAT and the customer view. Time is moved on
 * the server's clock (test-only clock control), never slept through.
 */
class SupportIT extends PeerdeskIT {

    private Support support() {
        return new Support(api);
    }

    private static String tag(String prefix) {
        String unique = (prefix + Api.unique("").replace("-", "")).toLowerCase();
        return unique.substring(0, Math.min(unique.length(), prefix.length() + 10));
    }

    @Test
    void unansweredQuestionsAreEscalatedByThePeriodicSweepWithinSeconds() throws Exception {
        Support support = support();
        String tag = tag("sweep");
        api.ensureTags(tag);
        support.tagRule(tag, "PT2S", null, "URGENT");
        Member asker = api.newMember("waiting");
        long q = api.ask(asker, "Nobody answers my question about sweeps", BODY, tag);
        assertThat(support.ticketRef(asker, q)).isNull();

        // the timer sweeps every 2 s in the ITs (FORUM_ESCALATION_SWEEP_INTERVAL=PT2S): no manual sweep here
        JsonObject ref = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (ref == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            ref = support.ticketRef(asker, q);
        }
        assertThat(ref).as("escalated by the periodic sweep").isNotNull();
        JsonObject ticket = support.ticket(asker.token(), ref.getJsonNumber("id").longValue());
        assertThat(ticket.getString("reason")).isEqualTo("UNANSWERED");
        assertThat(ticket.getString("priority")).isEqualTo("URGENT");
        assertThat(ticket.getJsonNumber("questionId").longValue()).isEqualTo(q);
        assertThat(Support.between(ticket, "escalatedAt", "firstResponseDueAt")).isEqualTo(Duration.ofHours(1));
        assertThat(Support.between(ticket, "escalatedAt", "resolutionDueAt")).isEqualTo(Duration.ofHours(8));
        assertThat(api.get("/api/v1/questions/" + q).json().getBoolean("escalated")).isTrue();
        assertThat(support.escalationsAudited(300)).contains(q);
    }

    @Test
    void premiumCustomersAreEscalatedAfterFourHoursWithHighPriority() {
        Support support = support();
        Member asker = api.newMember("premium");
        assertThat(api.put("/api/v1/users/" + asker.id() + "/plan", "{\"plan\":\"PREMIUM\"}", api.adminToken())
                .status()).isEqualTo(200);
        long q = api.ask(asker, "A premium customer waits for an answer", BODY, "support");
        support.sweep();
        assertThat(support.ticketRef(asker, q)).isNull();

        api.advanceClock(Duration.ofHours(3).plusMinutes(58));
        support.sweep();
        assertThat(support.ticketRef(asker, q)).as("not due before 4 h").isNull();

        api.advanceClock(Duration.ofMinutes(3));
        support.sweep();
        JsonObject ticket = support.ticket(asker.token(), support.ticketIdOf(asker, q));
        assertThat(ticket.getString("reason")).isEqualTo("UNANSWERED");
        assertThat(ticket.getString("priority")).isEqualTo("HIGH");
        assertThat(Support.between(ticket, "escalatedAt", "firstResponseDueAt")).isEqualTo(Duration.ofHours(4));
        assertThat(Support.between(ticket, "escalatedAt", "resolutionDueAt")).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void answeredButUnresolvedQuestionsAreEscalatedAfterTheUnresolvedTimer() {
        Support support = support();
        String tag = tag("unres");
        api.ensureTags(tag);
        support.tagRule(tag, "PT1H", "PT3H", null);
        Member asker = api.newMember("unresolved");
        long q = api.ask(asker, "Someone answered but it did not help", BODY, tag);
        api.answer(api.newMember("helper"), q, ANSWER);

        api.advanceClock(Duration.ofMinutes(90));
        support.sweep();
        assertThat(support.ticketRef(asker, q)).as("answered: not UNANSWERED").isNull();

        api.advanceClock(Duration.ofMinutes(91));
        support.sweep();
        JsonObject ticket = support.ticket(asker.token(), support.ticketIdOf(asker, q));
        assertThat(ticket.getString("reason")).isEqualTo("UNRESOLVED");
        assertThat(ticket.getString("priority")).isEqualTo("NORMAL");
    }

    @Test
    void closedStaffAskedAcceptedAndHiddenQuestionsAreNeverEscalated() {
        Support support = support();
        String tag = tag("never");
        api.ensureTags(tag);
        support.tagRule(tag, "PT1M", "PT2M", null);
        Member moderator = api.moderator();

        long closed = api.ask(api.newMember("closer"), "A question that will be closed soon", BODY, tag);
        assertThat(api.post("/api/v1/questions/" + closed + "/close", "{\"reason\":\"UNCLEAR\"}", moderator.token())
                .status()).isEqualTo(200);
        long byStaff = api.ask(moderator, "A question asked by a staff member", BODY, tag);
        Member accepter = api.newMember("accepter");
        long accepted = api.ask(accepter, "A question whose answer gets accepted", BODY, tag);
        long answer = api.answer(api.newMember("solver"), accepted, ANSWER);
        assertThat(api.put("/api/v1/questions/" + accepted + "/accepted-answer", "{\"answerId\":" + answer + "}",
                accepter.token()).status()).isEqualTo(200);
        long hidden = api.ask(api.newMember("hider"), "A question a moderator hides now", BODY, tag);
        assertThat(api.post("/api/v1/posts/" + hidden + "/hide", null, moderator.token()).status()).isEqualTo(200);

        api.advanceClock(Duration.ofMinutes(5));
        support.sweep();
        for (long q : List.of(closed, byStaff, accepted, hidden)) {
            assertThat(support.ticketRef(moderator, q)).as("question %d", q).isNull();
        }
        Reply manual = api.post("/api/v1/questions/" + closed + "/escalation", "{}", moderator.token());
        assertThat(manual.status()).isEqualTo(409);
        assertThat(manual.json().getString("detail")).contains("closed");
        assertThat(api.post("/api/v1/questions/" + byStaff + "/escalation", "{}", moderator.token()).status())
                .isEqualTo(409);

        // reopening brings the closed one back under the rules: it is overdue, so the next sweep escalates it
        assertThat(api.post("/api/v1/questions/" + closed + "/reopen", null, moderator.token()).status()).isEqualTo(200);
        support.sweep();
        support.awaitTicketRef(moderator, closed);
    }

    @Test
    void theAskerMayAskForHelpOnceTheQuestionIsAnHourOldAndGetsOneTicket() {
        Member asker = api.newMember("impatient");
        long q = api.ask(asker, "I need help from support quickly", BODY, "support");
        String path = "/api/v1/questions/" + q + "/escalation";

        Reply early = api.post(path, "{}", asker.token());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("an hour");
        assertThat(api.post(path, "{}", api.newMember("stranger").token()).status()).isEqualTo(403);
        assertThat(api.post(path, "{}", null).status()).isEqualTo(401);

        api.advanceClock(Duration.ofMinutes(61));
        Reply requested = api.post(path, "{\"note\":\"The manual's steps fail at step 3.\"}", asker.token());
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.header("Location")).endsWith("/api/v1/support/tickets/" + requested.json().getInt("id"));
        assertThat(requested.json().getString("reason")).isEqualTo("REQUESTED");
        assertThat(requested.json().getString("status")).as("nobody picked it up yet").isEqualTo("NEW");

        Reply again = api.post(path, "{}", asker.token());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getInt("id")).isEqualTo(requested.json().getInt("id"));
        Reply byStaff = api.post(path, "{}", api.moderator().token());
        assertThat(byStaff.status()).isEqualTo(200);
        assertThat(byStaff.json().getInt("id")).isEqualTo(requested.json().getInt("id"));
        List<JsonObject> messages = api.get("/api/v1/support/tickets/" + requested.json().getInt("id") + "/messages",
                asker.token()).array().getValuesAs(JsonObject.class);
        assertThat(messages).extracting(m -> m.getString("body")).containsExactly("The manual's steps fail at step 3.");
    }

    @Test
    void theLoopClosesInTheThreadOfficialAnswerPendingReplyOpenAcceptSolved() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("looped");
        long q = api.ask(asker, "The loop between thread and ticket", BODY, "support");
        long community = api.answer(api.newMember("community"), q, "A community answer that might help you out.");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();

        // an agent's answer is official, is the first response and waits on the customer
        Reply official = api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)), agent.token());
        assertThat(official.status()).isEqualTo(201);
        assertThat(official.json().getBoolean("official")).isTrue();
        JsonObject pending = support.ticket(agent.token(), ticketId);
        assertThat(pending.getString("status")).isEqualTo("PENDING");
        assertThat(pending.isNull("firstResponseAt")).isFalse();
        assertThat(pending.getJsonObject("assignee").getInt("id")).isEqualTo((int) agent.id());
        assertThat(api.get("/api/v1/questions/" + q).json().getJsonArray("answers").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getInt("id") == community).extracting(a -> a.getBoolean("official"))
                .containsExactly(false);

        // the asker's comment moves it back to OPEN; a second agent answer makes it PENDING again
        assertThat(api.post("/api/v1/posts/" + official.json().getInt("id") + "/comments",
                Api.json(Map.of("body", "That did not work, still broken.")), asker.token()).status()).isEqualTo(201);
        assertThat(support.ticket(agent.token(), ticketId).getString("status")).isEqualTo("OPEN");
        api.answer(agent, q, "A second official answer with more detailed steps.");
        assertThat(support.ticket(agent.token(), ticketId).getString("status")).isEqualTo("PENDING");
        // "still need help" does the same
        assertThat(api.post("/api/v1/questions/" + q + "/escalation", "{}", asker.token()).status()).isEqualTo(200);
        assertThat(support.ticket(agent.token(), ticketId).getString("status")).isEqualTo("OPEN");

        // accepting the community answer solves it as COMMUNITY
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + community + "}",
                asker.token()).status()).isEqualTo(200);
        JsonObject solved = support.ticket(asker.token(), ticketId);
        assertThat(solved.getString("status")).isEqualTo("SOLVED");
        assertThat(solved.getString("resolution")).isEqualTo("COMMUNITY");
        assertThat(solved.isNull("solvedAt")).isFalse();
        assertThat(solved.getJsonArray("events").getValuesAs(JsonObject.class)).extracting(e -> e.getString("type"))
                .containsSubsequence("CREATED", "OFFICIAL_ANSWER", "CUSTOMER_REPLIED", "OFFICIAL_ANSWER",
                        "CUSTOMER_REPLIED", "SOLVED");
        assertThat(api.get("/api/v1/questions/" + q, asker.token()).json().getJsonObject("ticket").getString("status"))
                .isEqualTo("SOLVED");
    }

    @Test
    void acceptingTheOfficialAnswerSolvesAsSupportAndCsatIsOncePerSolve() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("rater");
        long q = api.ask(asker, "Rate the support you got afterwards", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        String csat = "/api/v1/support/tickets/" + ticketId + "/csat";
        assertThat(api.post(csat, "{\"rating\":5}", asker.token()).status()).as("not solved yet").isEqualTo(409);

        long official = api.answer(agent, q, ANSWER);
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + official + "}",
                asker.token()).status()).isEqualTo(200);
        assertThat(support.ticket(asker.token(), ticketId).getString("resolution")).isEqualTo("SUPPORT");

        assertThat(api.post(csat, "{\"rating\":6}", asker.token()).status()).isEqualTo(422);
        assertThat(api.post(csat, "{\"rating\":5}", agent.token()).status()).isEqualTo(403);
        Reply rated = api.post(csat, "{\"rating\":4,\"comment\":\"Quick and clear 👍\"}", asker.token());
        assertThat(rated.status()).isEqualTo(201);
        assertThat(api.post(csat, "{\"rating\":5}", asker.token()).status()).as("once per solve").isEqualTo(409);
        JsonObject ticket = support.ticket(asker.token(), ticketId);
        assertThat(ticket.getJsonObject("csat").getInt("rating")).isEqualTo(4);
        assertThat(ticket.getJsonObject("csat").getString("comment")).isEqualTo("Quick and clear 👍");

        // reopened and solved again (by the agent): a new solve may be rated again
        assertThat(api.post("/api/v1/support/tickets/" + ticketId + "/reopen", null, asker.token()).status()).isEqualTo(200);
        JsonObject reopened = support.ticket(asker.token(), ticketId);
        assertThat(reopened.getString("status")).isEqualTo("OPEN");
        assertThat(Support.absent(reopened, "csat")).as(reopened.toString()).isTrue();
        Reply agentSolved = support.patch(agent, ticketId, "{\"status\":\"SOLVED\"}");
        assertThat(agentSolved.status()).isEqualTo(200);
        assertThat(agentSolved.json().getString("resolution")).isEqualTo("SUPPORT");
        assertThat(api.post(csat, "{\"rating\":2}", asker.token()).status()).isEqualTo(201);

        JsonObject customer = api.get("/api/v1/support/customers/" + asker.id(), agent.token()).json();
        assertThat(customer.getString("plan")).isEqualTo("FREE");
        assertThat(customer.getJsonArray("questions").getValuesAs(JsonObject.class)).extracting(x -> x.getInt("id"))
                .contains((int) q);
        assertThat(customer.getJsonArray("tickets").getValuesAs(JsonObject.class)).extracting(x -> x.getInt("id"))
                .containsExactly((int) ticketId);
        assertThat(customer.getJsonArray("csat").getValuesAs(JsonObject.class)).extracting(x -> x.getInt("rating"))
                .containsExactly(2, 4);
        assertThat(api.get("/api/v1/support/customers/" + asker.id(), asker.token()).status()).isEqualTo(403);
    }

    @Test
    void anAskersQuestionWithoutATicketSaysTicketNull() {
        Member asker = api.newMember("no-ticket");
        long q = api.ask(asker, "A question that has no ticket yet", BODY, "support");
        JsonObject question = api.get("/api/v1/questions/" + q, asker.token()).json();
        assertThat(question.containsKey("ticket")).as(question.toString()).isTrue();
        assertThat(question.isNull("ticket")).isTrue();
    }

    /**
     * Who may see a ticket, written once (Ticket.visibleTo / statusVisibleTo): the asker and agents
     * open it; the other staff (moderators, admins) see on the question that it exists and how it
     * stands, but its timeline and private messages are not theirs; other members see neither.
     */
    @Test
    void theAskerAndAgentsOpenATicketOtherStaffOnlySeeItsStatusOnTheQuestion() {
        Member asker = api.newMember("ticketowner");
        Member agent = api.newStaff("agent", "AGENT");
        Member moderator = api.newStaff("moderator", "MODERATOR");
        Member admin = api.newStaff("operator", "ADMIN");
        Member member = api.newMember("bystander");
        long q = api.ask(asker, "Who may see the support ticket of my question?", BODY, "support");
        long ticketId = support().escalateByStaff(q).getJsonNumber("id").longValue();
        String ticketPath = "/api/v1/support/tickets/" + ticketId;

        record Expected(String who, String token, int ticket, boolean ref) {
        }
        for (Expected expected : List.of(
                new Expected("asker", asker.token(), 200, true),
                new Expected("agent", agent.token(), 200, true),
                new Expected("moderator", moderator.token(), 403, true),
                new Expected("admin", admin.token(), 403, true),
                new Expected("other member", member.token(), 403, false),
                new Expected("visitor", null, 401, false))) {
            assertThat(api.get(ticketPath, expected.token()).status()).as("%s: GET ticket", expected.who())
                    .isEqualTo(expected.ticket());
            assertThat(api.get(ticketPath + "/messages", expected.token()).status())
                    .as("%s: GET ticket messages", expected.who()).isEqualTo(expected.ticket());
            JsonObject question = api.get("/api/v1/questions/" + q, expected.token()).json();
            if (expected.ref()) {
                assertThat(question.getJsonObject("ticket").getJsonNumber("id").longValue())
                        .as("%s: the question's ticket", expected.who()).isEqualTo(ticketId);
                assertThat(question.getJsonObject("ticket").getString("status")).isIn("NEW", "OPEN");
            } else {
                assertThat(question.containsKey("ticket") && question.isNull("ticket"))
                        .as("%s: no ticket on the question: %s", expected.who(), question).isTrue();
            }
        }
    }

    private List<String> timeline(String token, long ticketId) {
        return support().ticket(token, ticketId).getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList();
    }

    @Test
    void unacceptingTheAnswerThatSolvedTheTicketReopensIt() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("changed-mind");
        long q = api.ask(asker, "Solved, then not solved after all", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        long official = api.answer(agent, q, ANSWER);
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + official + "}",
                asker.token()).status()).isEqualTo(200);
        assertThat(support.ticket(asker.token(), ticketId).getString("status")).isEqualTo("SOLVED");

        api.advanceClock(Duration.ofDays(2));
        Reply unaccepted = api.delete("/api/v1/questions/" + q + "/accepted-answer", asker.token());
        assertThat(unaccepted.status()).isEqualTo(200);
        assertThat(unaccepted.json().getJsonObject("ticket").getString("status")).isEqualTo("OPEN");
        JsonObject reopened = support.ticket(asker.token(), ticketId);
        assertThat(reopened.getString("status")).isEqualTo("OPEN");
        assertThat(reopened.isNull("resolution")).isTrue();
        assertThat(reopened.getJsonArray("events").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("type").equals("REOPENED") && e.getString("detail").contains("#" + official));
    }

    @Test
    void reopeningATicketSolvedByAnAcceptanceWithdrawsTheAcceptance() {
        Support support = support();
        Member asker = api.newMember("reopens");
        Member helper = api.newMember("community-helper");
        long q = api.ask(asker, "The thread follows the reopened ticket", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        long answer = api.answer(helper, q, ANSWER);
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + answer + "}",
                asker.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/" + helper.id()).json().getInt("reputation")).isEqualTo(16);

        assertThat(api.post("/api/v1/support/tickets/" + ticketId + "/reopen", null, asker.token()).status())
                .isEqualTo(200);
        JsonObject thread = api.get("/api/v1/questions/" + q, asker.token()).json();
        assertThat(thread.isNull("acceptedAnswerId")).as(thread.toString()).isTrue();
        assertThat(thread.getJsonArray("answers").getJsonObject(0).getBoolean("accepted")).isFalse();
        assertThat(thread.getJsonObject("ticket").getString("status")).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/users/" + helper.id()).json().getInt("reputation")).as("the accept is reversed")
                .isEqualTo(1);
        assertThat(timeline(asker.token(), ticketId)).containsSubsequence("SOLVED", "REOPENED", "ACCEPTANCE_WITHDRAWN");

        // accepted again: solved again, and the ticket is the same one
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + answer + "}",
                asker.token()).status()).isEqualTo(200);
        assertThat(support.ticket(asker.token(), ticketId).getString("status")).isEqualTo("SOLVED");
    }

    @Test
    void unacceptingAfterTheReopenWindowLeavesTheTicketAndAllowsANewEscalation() {
        Support support = support();
        Member asker = api.newMember("too-late");
        long q = api.ask(asker, "Un-accepted long after it was solved", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        long answer = api.answer(api.newMember("old-helper"), q, ANSWER);
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + answer + "}",
                asker.token()).status()).isEqualTo(200);

        api.advanceClock(Duration.ofDays(7).plusHours(1));
        support.sweep(); // solved tickets close after 7 days
        assertThat(api.delete("/api/v1/questions/" + q + "/accepted-answer", asker.token()).status()).isEqualTo(200);
        assertThat(support.ticket(asker.token(), ticketId).getString("status")).as("too late to reopen")
                .isEqualTo("CLOSED");

        Reply again = api.post("/api/v1/questions/" + q + "/escalation", "{}", asker.token());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(ticketId);
        assertThat(again.json().getString("status")).as("reopened as a new request").isEqualTo("NEW");
        assertThat(again.json().getString("reason")).isEqualTo("REQUESTED");
        assertThat(again.json().isNull("solvedAt")).isTrue();
        assertThat(Support.instant(again.json(), "escalatedAt")).isAfter(api.serverNow().minus(Duration.ofMinutes(5)));
        assertThat(timeline(asker.token(), ticketId)).containsSubsequence("SOLVED", "ESCALATED_AGAIN");
    }

    @Test
    void solvedTicketsMayBeReopenedForSevenDaysAndThenClose() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("reopener");
        long q = api.ask(asker, "Solved and closed after a week", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        assertThat(support.patch(agent, ticketId, "{\"status\":\"SOLVED\"}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/support/tickets/" + ticketId + "/reopen", null, api.newMember("other").token())
                .status()).isEqualTo(403);

        api.advanceClock(Duration.ofDays(7).plusMinutes(1));
        support.sweep();
        JsonObject closed = support.ticket(asker.token(), ticketId);
        // the server's own sweep may hold this ticket (SKIP LOCKED) while ours passes it by: it closes it then
        for (int tries = 0; tries < 40 && !closed.getString("status").equals("CLOSED"); tries++) {
            sleepBriefly();
            support.sweep();
            closed = support.ticket(asker.token(), ticketId);
        }
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        Reply late = api.post("/api/v1/support/tickets/" + ticketId + "/reopen", null, asker.token());
        assertThat(late.status()).isEqualTo(409);
        assertThat(support.patch(agent, ticketId, "{\"status\":\"OPEN\"}").status()).isEqualTo(409);
        // a closed ticket can still be rated for the solve that closed it
        assertThat(api.post("/api/v1/support/tickets/" + ticketId + "/csat", "{\"rating\":3}", asker.token()).status())
                .isEqualTo(201);
    }

    @Test
    void theSlaClockPausesWhileWaitingOnTheCustomer() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("paused");
        long q = api.ask(asker, "The SLA clock pauses while pending", BODY, "support");
        JsonObject created = support.escalateByStaff(q);
        long ticketId = created.getJsonNumber("id").longValue();
        Instant resolutionDue = Support.instant(created, "resolutionDueAt");

        api.answer(agent, q, ANSWER);
        assertThat(support.ticket(agent.token(), ticketId).getString("status")).isEqualTo("PENDING");
        api.advanceClock(Duration.ofHours(10));
        assertThat(api.post("/api/v1/support/tickets/" + ticketId + "/messages",
                "{\"body\":\"Sorry for the delay, it still fails.\"}", asker.token()).status()).isEqualTo(201);

        JsonObject resumed = support.ticket(agent.token(), ticketId);
        assertThat(resumed.getString("status")).isEqualTo("OPEN");
        assertThat(Duration.between(resolutionDue, Support.instant(resumed, "resolutionDueAt")).toSeconds())
                .as("resolution due moved by the 10 h spent pending")
                .isCloseTo(Duration.ofHours(10).toSeconds(), within(30L)); // real time runs on under the moved clock
    }

    @Test
    void priorityChangesMoveTheDueTimesAndBadInputGetsA4xx() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("urgent");
        long q = api.ask(asker, "This became urgent for our business", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();

        Reply urgent = support.patch(agent, ticketId, "{\"priority\":\"URGENT\"}");
        assertThat(urgent.status()).isEqualTo(200);
        assertThat(Support.between(urgent.json(), "escalatedAt", "firstResponseDueAt")).isEqualTo(Duration.ofHours(1));
        assertThat(Support.between(urgent.json(), "escalatedAt", "resolutionDueAt")).isEqualTo(Duration.ofHours(8));
        assertThat(support.patch(agent, ticketId, "{\"priority\":\"SOON\"}").status()).isEqualTo(422);
        assertThat(support.patch(agent, ticketId, "{\"status\":\"CLOSED\"}").status()).isEqualTo(422);
        assertThat(support.patch(agent, ticketId, "{\"status\":").status()).isEqualTo(400);
        assertThat(support.patch(asker, ticketId, "{\"priority\":\"LOW\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/support/tickets?status=WHATEVER", agent.token()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/support/tickets", asker.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/support/tickets/999999999", agent.token()).status()).isEqualTo(404);
    }

    @Test
    void messagesReachTheAskerAndAgentsButNotesOnlyAgentsAndNeitherTheThread() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("private");
        Member other = api.newMember("nosy");
        long q = api.ask(asker, "My account details are private", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        String ticketPath = "/api/v1/support/tickets/" + ticketId;

        assertThat(api.post(ticketPath + "/messages", "{\"body\":\"My order number is 4711-SECRET\"}", asker.token())
                .status()).isEqualTo(201);
        assertThat(api.post(ticketPath + "/messages", "{\"body\":\"Thanks, checking order 4711\"}", agent.token())
                .status()).isEqualTo(201);
        assertThat(api.post(ticketPath + "/notes", "{\"body\":\"INTERNAL: customer is on the legacy billing\"}",
                agent.token()).status()).isEqualTo(201);
        assertThat(api.post(ticketPath + "/notes", "{\"body\":\"I want to see notes\"}", asker.token()).status())
                .isEqualTo(403);
        assertThat(api.post(ticketPath + "/messages", "{\"body\":\"\"}", asker.token()).status()).isEqualTo(422);

        List<JsonObject> forAsker = api.get(ticketPath + "/messages", asker.token()).array().getValuesAs(JsonObject.class);
        assertThat(forAsker).extracting(m -> m.getString("body"))
                .containsExactly("My order number is 4711-SECRET", "Thanks, checking order 4711");
        JsonObject askerTicket = support.ticket(asker.token(), ticketId);
        assertThat(askerTicket.containsKey("notes") && !askerTicket.isNull("notes")).isFalse();
        assertThat(askerTicket.toString()).doesNotContain("legacy billing");
        assertThat(askerTicket.getJsonArray("events").getValuesAs(JsonObject.class)).extracting(e -> e.getString("type"))
                .contains("MESSAGE").doesNotContain("NOTE");
        JsonObject agentTicket = support.ticket(agent.token(), ticketId);
        assertThat(agentTicket.getJsonArray("notes").getValuesAs(JsonObject.class)).extracting(n -> n.getString("body"))
                .containsExactly("INTERNAL: customer is on the legacy billing");

        // a stranger is refused (403), an anonymous caller must sign in first (401)
        for (String token : new String[] {other.token(), null}) {
            int expected = token == null ? 401 : 403;
            assertThat(api.get(ticketPath, token).status()).isEqualTo(expected);
            assertThat(api.get(ticketPath + "/messages", token).status()).isEqualTo(expected);
            assertThat(api.post(ticketPath + "/messages", "{\"body\":\"let me in\"}", token).status()).isEqualTo(expected);
        }
        for (String token : new String[] {other.token(), null, asker.token(), agent.token()}) {
            String thread = api.get("/api/v1/questions/" + q, token).text();
            assertThat(thread).doesNotContain("4711").doesNotContain("legacy billing");
        }
        assertThat(Support.absent(api.get("/api/v1/questions/" + q, other.token()).json(), "ticket")).isTrue();
        assertThat(api.get("/api/v1/questions/" + q, asker.token()).json().getJsonObject("ticket").getInt("id"))
                .isEqualTo((int) ticketId);
    }

    @Test
    void ticketsGoToTheLeastLoadedSkilledAgentAndOnlyOneOfTwoSimultaneousClaimsWins() throws Exception {
        Support support = support();
        String skill = tag("skill");
        api.ensureTags(skill);
        Member first = api.newStaff("skilled1", "AGENT");
        Member second = api.newStaff("skilled2", "AGENT");
        for (Member agent : List.of(first, second)) {
            assertThat(api.put("/api/v1/users/" + agent.id() + "/skills", "{\"tags\":[\"" + skill + "\"]}",
                    api.adminToken()).status()).isEqualTo(200);
        }
        long q1 = api.ask(api.newMember("routed1"), "Routing question number one here", BODY, skill);
        long q2 = api.ask(api.newMember("routed2"), "Routing question number two here", BODY, skill);
        JsonObject t1 = support.escalateByStaff(q1);
        JsonObject t2 = support.escalateByStaff(q2);
        assertThat(t1.getJsonObject("assignee").getInt("id")).isEqualTo((int) first.id());
        assertThat(t2.getJsonObject("assignee").getInt("id")).as("the less loaded of the two").isEqualTo((int) second.id());
        assertThat(t2.getString("status")).isEqualTo("NEW");

        // routed but not picked up yet: it is still the routed agent's, so another agent's claim is 409
        // (API.md) even while NEW; the routed agent and another one claiming at once: the routed one wins
        Member a = api.newStaff("claimer1", "AGENT");
        String claim = "/api/v1/support/tickets/" + t2.getInt("id") + "/claim";
        Reply stolen = api.post(claim, null, a.token());
        assertThat(stolen.status()).isEqualTo(409);
        assertThat(stolen.json().getString("detail")).contains("taken");
        JsonObject untouched = support.ticket(a.token(), t2.getInt("id"));
        assertThat(untouched.getString("status")).isEqualTo("NEW");
        assertThat(untouched.getJsonObject("assignee").getInt("id")).isEqualTo((int) second.id());
        List<Member> claimers = List.of(a, second);
        List<Integer> statuses = VotesIT.inParallel(2, i -> api.post(claim, null, claimers.get(i).token()).status());
        assertThat(statuses).as("the routed agent's claim succeeds, the other's is refused").containsExactly(409, 200);
        Member winner = claimers.get(statuses.indexOf(200));
        JsonObject claimed = support.ticket(a.token(), t2.getInt("id"));
        assertThat(claimed.getString("status")).isEqualTo("OPEN");
        assertThat(claimed.getJsonObject("assignee").getInt("id")).as("the assignee is the agent whose claim got 200")
                .isEqualTo((int) winner.id());
        Member loser = claimers.get(statuses.indexOf(409));
        assertThat(api.post(claim, null, loser.token()).json().getString("detail")).contains("taken");

        // reassigning hands it over; a non-agent cannot be the assignee
        // taking it over is a reassignment, and that is audited
        Reply reassigned = api.put("/api/v1/support/tickets/" + t2.getInt("id") + "/assignee",
                "{\"agentId\":" + loser.id() + "}", loser.token());
        assertThat(reassigned.status()).isEqualTo(200);
        assertThat(reassigned.json().getJsonObject("assignee").getInt("id")).isEqualTo((int) loser.id());
        assertThat(api.get("/api/v1/moderation/audit-log?limit=50", api.adminToken()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anyMatch(e -> e.getString("action").equals("TICKET_ASSIGNED")
                        && e.getJsonNumber("targetId").intValue() == t2.getInt("id")
                        && e.getJsonNumber("actorId").longValue() == loser.id());
        assertThat(api.put("/api/v1/support/tickets/" + t2.getInt("id") + "/assignee",
                "{\"agentId\":" + api.newMember("notagent").id() + "}", loser.token()).status()).isEqualTo(422);

        Reply mine = api.get("/api/v1/support/tickets?assignee=me&limit=100", loser.token());
        assertThat(mine.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(t -> t.getInt("id"))
                .contains(t2.getInt("id"));
    }

    @Test
    void theQueueListsTheMostUrgentDeadlineFirstInKeysetPages() {
        Support support = support();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker1 = api.newMember("queue1");
        Member asker2 = api.newMember("queue2");
        long normal = api.ask(asker1, "A normal priority question here", BODY, "support");
        long urgent = api.ask(asker2, "An urgent priority question here", BODY, "support");
        long normalTicket = support.escalateByStaff(normal).getJsonNumber("id").longValue();
        long urgentTicket = support.escalateByStaff(urgent).getJsonNumber("id").longValue();
        assertThat(support.patch(agent, urgentTicket, "{\"priority\":\"URGENT\"}").status()).isEqualTo(200);

        List<Long> order = new java.util.ArrayList<>();
        List<String> dueTimes = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Reply page = api.get("/api/v1/support/tickets?status=NEW&limit=7" + (cursor == null ? "" : "&cursor=" + cursor),
                    agent.token());
            assertThat(page.status()).isEqualTo(200);
            for (JsonObject t : page.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                order.add(t.getJsonNumber("id").longValue());
                assertThat(t.getString("status")).isEqualTo("NEW");
                dueTimes.add(t.getString(t.isNull("firstResponseAt") ? "firstResponseDueAt" : "resolutionDueAt"));
            }
            cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 200);
        assertThat(order).doesNotHaveDuplicates().contains(normalTicket, urgentTicket);
        assertThat(order.indexOf(urgentTicket)).isLessThan(order.indexOf(normalTicket));
        assertThat(dueTimes.stream().map(Instant::parse).toList()).isSorted();
    }

    @Test
    void theEscalationPolicyIsAdminOnlyValidatedFieldByFieldAndKeepsWhatIsNotSent() {
        String admin = api.adminToken();
        String path = "/api/v1/admin/escalation-policy";
        JsonObject policy = api.get(path, admin).json();
        assertThat(policy.getString("unansweredAfter")).isEqualTo("PT24H");
        assertThat(policy.getString("unresolvedAfter")).isEqualTo("PT72H");
        assertThat(policy.getJsonObject("plans").getJsonObject("PREMIUM").getString("unansweredAfter")).isEqualTo("PT4H");
        assertThat(policy.getJsonObject("plans").getJsonObject("PREMIUM").getString("priority")).isEqualTo("HIGH");
        assertThat(policy.getJsonObject("tags").getJsonObject("billing").getString("unansweredAfter")).isEqualTo("PT2H");
        assertThat(policy.containsKey("businessHours")).as("present, null when unset: " + policy).isTrue();
        assertThat(policy.isNull("businessHours")).isTrue();
        assertThat(api.get(path, api.moderator().token()).status()).isEqualTo(403);
        assertThat(api.put(path, "{\"unansweredAfter\":\"PT1H\"}", api.newStaff("agent", "AGENT").token()).status())
                .isEqualTo(403);

        Reply invalid = api.put(path, "{\"unansweredAfter\":\"tomorrow\",\"plans\":{\"GOLD\":{}},"
                + "\"tags\":{\"billing\":{\"priority\":\"ASAP\"}},"
                + "\"businessHours\":{\"zone\":\"Mars/Olympus\",\"days\":[\"MON\",\"FUNDAY\"],"
                + "\"start\":\"17:00\",\"end\":\"09:00\",\"holidays\":[\"someday\"]}}", admin);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).contains("unansweredAfter", "plans.GOLD", "tags.billing.priority",
                "businessHours.zone", "businessHours.days", "businessHours.end", "businessHours.holidays");
        assertThat(api.get(path, admin).json()).as("a refused change changes nothing").isEqualTo(policy);
        assertThat(api.put(path, "{\"unansweredAfter\":", admin).status()).isEqualTo(400);
    }

    @Test
    void businessHoursStopTheTimersOnHolidays() {
        Support support = support();
        String admin = api.adminToken();
        String tag = tag("hours");
        api.ensureTags(tag);
        support.tagRule(tag, "PT30M", null, null);
        Instant start = api.serverNow();
        if (start.atZone(java.time.ZoneOffset.UTC).getHour() >= 20) { // keep the whole morning on one day
            api.advanceClock(Duration.ofHours(5));
        }
        java.time.LocalDate today = api.serverNow().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        String hours = "{\"businessHours\":{\"zone\":\"UTC\",\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\","
                + "\"SAT\",\"SUN\"],\"start\":\"00:00\",\"end\":\"23:59\",\"holidays\":[\"" + today + "\"]}}";
        try {
            Reply set = api.put("/api/v1/admin/escalation-policy", hours, admin);
            assertThat(set.status()).as(set.toString()).isEqualTo(200);
            assertThat(set.json().getJsonObject("businessHours").getJsonArray("holidays").getString(0))
                    .isEqualTo(today.toString());
            Member asker = api.newMember("holiday");
            long q = api.ask(asker, "Asked on a public holiday morning", BODY, tag);

            api.advanceClock(Duration.ofMinutes(40));
            support.sweep();
            assertThat(support.ticketRef(asker, q)).as("a holiday is not business time").isNull();

            Instant nextDay = today.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            api.advanceClock(Duration.between(api.serverNow(), nextDay).plusMinutes(29));
            support.sweep();
            assertThat(support.ticketRef(asker, q)).as("29 business minutes have passed").isNull();
            api.advanceClock(Duration.ofMinutes(2));
            support.sweep();
            JsonObject ticket = support.ticket(asker.token(), support.ticketIdOf(asker, q));
            // NORMAL: 8 business hours to the first response, from the escalation on the working day
            assertThat(Support.between(ticket, "escalatedAt", "firstResponseDueAt")).isEqualTo(Duration.ofHours(8));
        } finally {
            assertThat(api.put("/api/v1/admin/escalation-policy", "{\"businessHours\":null}", admin).status())
                    .isEqualTo(200);
        }
    }

    private static final String POLICY = "/api/v1/admin/escalation-policy";
    private static final String SPEC_SLA = "{\"sla\":{\"URGENT\":{\"firstResponse\":\"PT1H\",\"resolution\":\"PT8H\"},"
            + "\"HIGH\":{\"firstResponse\":\"PT4H\",\"resolution\":\"PT24H\"},"
            + "\"NORMAL\":{\"firstResponse\":\"PT8H\",\"resolution\":\"PT72H\"},"
            + "\"LOW\":{\"firstResponse\":\"PT24H\",\"resolution\":\"PT120H\"}},\"nudgeBefore\":\"PT12H\"}";

    private static String target(JsonObject policy, String priority, String which) {
        return policy.getJsonObject("sla").getJsonObject(priority).getString(which);
    }

    @Test
    void theSlaTableAndTheNudgeArePartOfThePolicyWithSpecsDefaultsAndAPutKeepsWhatItDoesNotSend() {
        String admin = api.adminToken();
        JsonObject policy = api.get(POLICY, admin).json();
        assertThat(policy.getJsonObject("sla").keySet()).containsExactlyInAnyOrder("URGENT", "HIGH", "NORMAL", "LOW");
        assertThat(List.of(target(policy, "URGENT", "firstResponse"), target(policy, "URGENT", "resolution"),
                target(policy, "HIGH", "firstResponse"), target(policy, "HIGH", "resolution"),
                target(policy, "NORMAL", "firstResponse"), target(policy, "NORMAL", "resolution"),
                target(policy, "LOW", "firstResponse"), target(policy, "LOW", "resolution")))
                .containsExactly("PT1H", "PT8H", "PT4H", "PT24H", "PT8H", "PT72H", "PT24H", "PT120H");
        assertThat(policy.getString("nudgeBefore")).isEqualTo("PT12H");
        try {
            Reply changed = api.put(POLICY, "{\"sla\":{\"NORMAL\":{\"firstResponse\":\"PT2H\"}},\"nudgeBefore\":\"PT6H\"}", admin);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(target(changed.json(), "NORMAL", "firstResponse")).isEqualTo("PT2H");
            assertThat(target(changed.json(), "NORMAL", "resolution")).as("a target not sent stays").isEqualTo("PT72H");
            assertThat(target(changed.json(), "URGENT", "firstResponse")).isEqualTo("PT1H");
            assertThat(changed.json().getString("nudgeBefore")).isEqualTo("PT6H");

            Reply other = api.put(POLICY, "{\"unansweredAfter\":\"PT24H\"}", admin);
            assertThat(other.status()).isEqualTo(200);
            assertThat(api.get(POLICY, admin).json()).as("sla and nudgeBefore not sent: kept").isEqualTo(changed.json());

            JsonObject before = api.get(POLICY, admin).json();
            Reply invalid = api.put(POLICY, "{\"sla\":{\"URGENT\":{\"firstResponse\":\"soon\"},"
                    + "\"HIGH\":{\"firstResponse\":\"PT0S\"},"
                    + "\"NORMAL\":{\"firstResponse\":\"PT10H\",\"resolution\":\"PT9H\"},"
                    + "\"LOW\":{\"resolution\":\"-PT1H\"},"
                    + "\"SOON\":{\"firstResponse\":\"PT1H\",\"resolution\":\"PT2H\"}},"
                    + "\"nudgeBefore\":\"PT0S\"}", admin);
            assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
            assertThat(invalid.errorFields()).containsExactlyInAnyOrder("sla.URGENT.firstResponse", "sla.HIGH.firstResponse",
                    "sla.NORMAL.resolution", "sla.LOW.resolution", "sla.SOON", "nudgeBefore");
            assertThat(api.put(POLICY, "{\"sla\":null}", admin).errorFields()).containsExactly("sla");
            assertThat(api.put(POLICY, "{\"nudgeBefore\":\"P2Y\"}", admin).errorFields()).containsExactly("nudgeBefore");
            assertThat(api.put(POLICY, "{\"sla\":\"fast\"}", admin).status()).isEqualTo(400);
            assertThat(api.get(POLICY, admin).json()).as("a refused change changes nothing").isEqualTo(before);
        } finally {
            assertThat(api.put(POLICY, SPEC_SLA, admin).status()).isEqualTo(200);
        }
    }

    @Test
    void newTicketsGetTheStoredSlaWhileTicketsEscalatedBeforeTheChangeKeepTheirs() {
        Support support = support();
        String admin = api.adminToken();
        Member agent = api.newStaff("agent", "AGENT");
        Member asker = api.newMember("slabefore");
        long before = api.ask(asker, "Escalated before the SLA changed", BODY, "support");
        JsonObject old = support.escalateByStaff(before);
        long oldTicket = old.getJsonNumber("id").longValue();
        assertThat(Support.between(old, "escalatedAt", "resolutionDueAt")).isEqualTo(Duration.ofHours(72));
        api.answer(agent, before, ANSWER);
        assertThat(support.ticket(agent.token(), oldTicket).getString("status")).isEqualTo("PENDING");
        try {
            Reply changed = api.put(POLICY,
                    "{\"sla\":{\"NORMAL\":{\"firstResponse\":\"PT2H\",\"resolution\":\"PT10H\"}}}", admin);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

            long after = api.ask(api.newMember("slaafter"), "Escalated after the SLA changed", BODY, "support");
            JsonObject fresh = support.escalateByStaff(after);
            assertThat(fresh.getString("priority")).isEqualTo("NORMAL");
            assertThat(Support.between(fresh, "escalatedAt", "firstResponseDueAt")).isEqualTo(Duration.ofHours(2));
            assertThat(Support.between(fresh, "escalatedAt", "resolutionDueAt")).isEqualTo(Duration.ofHours(10));

            api.advanceClock(Duration.ofHours(1));
            assertThat(api.post("/api/v1/support/tickets/" + oldTicket + "/messages",
                    "{\"body\":\"It still fails after the update, sorry.\"}", asker.token()).status()).isEqualTo(201);
            JsonObject resumed = support.ticket(agent.token(), oldTicket);
            assertThat(resumed.getString("status")).isEqualTo("OPEN");
            assertThat(Support.between(resumed, "escalatedAt", "resolutionDueAt").toSeconds())
                    .as("the 72 h it was escalated with, plus the hour pending, not the new 10 h")
                    .isCloseTo(Duration.ofHours(73).toSeconds(), within(30L)); // real time runs on, slowly on a busy machine
        } finally {
            assertThat(api.put(POLICY, SPEC_SLA, admin).status()).isEqualTo(200);
        }
    }

    @Test
    void dotNetAndThirtyFiveCharacterTagsCanHaveEscalationRulesButLongerOrMalformedTagsAreRefused() {
        Support support = support();
        String admin = api.adminToken();
        String tag35 = (tag("long") + "-abcdefghijklmnopqrstuvwxyz0123456789").substring(0, 35);
        assertThat(tag35).hasSize(35);
        String tag36 = tag35 + "x";
        JsonObject policy = api.get(POLICY, admin).json();
        JsonObjectBuilder tags = Json.createObjectBuilder(policy.getJsonObject("tags"))
                .add(".net", Json.createObjectBuilder().add("priority", "HIGH"))
                .add(tag35, Json.createObjectBuilder().add("unansweredAfter", "PT1H").add("priority", "URGENT"));
        try {
            Reply changed = api.put(POLICY, Json.createObjectBuilder().add("tags", tags).build().toString(), admin);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            JsonObject stored = api.get(POLICY, admin).json().getJsonObject("tags");
            assertThat(stored.getJsonObject(".net").getString("priority")).isEqualTo("HIGH");
            assertThat(stored.getJsonObject(tag35).getString("unansweredAfter")).isEqualTo("PT1H");
            assertThat(stored.getJsonObject(tag35).getString("priority")).isEqualTo("URGENT");

            Member asker = api.newMember("longtag");
            long q = api.ask(asker, "A question with a very long tag name", BODY, tag35);
            api.advanceClock(Duration.ofMinutes(61));
            support.sweep();
            JsonObject ticket = support.ticket(asker.token(), support.ticketIdOf(asker, q));
            assertThat(ticket.getString("reason")).isEqualTo("UNANSWERED");
            assertThat(ticket.getString("priority")).as("the 35-character tag's rule").isEqualTo("URGENT");
            assertThat(Support.between(ticket, "escalatedAt", "firstResponseDueAt")).isEqualTo(Duration.ofHours(1));

            JsonObject before = api.get(POLICY, admin).json();
            String invalid = Json.createObjectBuilder().add("tags", Json.createObjectBuilder()
                    .add(tag36, Json.createObjectBuilder().add("priority", "HIGH"))
                    .add("no spaces", Json.createObjectBuilder().add("priority", "HIGH"))
                    .add("billing", Json.createObjectBuilder().add("priority", "HIGH"))).build().toString();
            Reply refused = api.put(POLICY, invalid, admin);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.errorFields()).containsExactlyInAnyOrder("tags." + tag36, "tags.no spaces");
            assertThat(api.get(POLICY, admin).json()).as("a refused change changes nothing").isEqualTo(before);
        } finally {
            JsonObjectBuilder restored = Json.createObjectBuilder(
                    api.get(POLICY, admin).json().getJsonObject("tags")).remove(".net").remove(tag35);
            assertThat(api.put(POLICY, Json.createObjectBuilder().add("tags", restored).build().toString(), admin)
                    .status()).isEqualTo(200);
        }
    }

    /** Polling what the server's own sweep does, not waiting out a timer. */
    private static void sleepBriefly() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
