package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of SPEC §4, end to end through the API. */
class ModerationIT extends PeerdeskIT {

    static final String BODY = QuestionsIT.BODY;
    static final String ANSWER = "An answer with enough words in it to be posted here.";

    private Reply flag(Member flagger, long postId, String reason) {
        return api.post("/api/v1/posts/" + postId + "/flags", "{\"reason\":\"" + reason + "\"}", flagger.token());
    }

    private int reputationOf(Member member) {
        return api.get("/api/v1/users/" + member.id()).json().getInt("reputation");
    }

    private List<Long> queue(String kind) {
        Reply queue = api.get("/api/v1/moderation/queue?kind=" + kind + "&limit=100", api.moderator().token());
        assertThat(queue.status()).isEqualTo(200);
        List<Long> ids = new java.util.ArrayList<>();
        String cursor;
        Reply page = queue;
        while (true) {
            page.json().getJsonArray("items").forEach(i -> ids.add(i.asJsonObject().getJsonNumber("postId").longValue()));
            if (page.json().isNull("nextCursor")) {
                return ids;
            }
            cursor = page.json().getString("nextCursor");
            page = api.get("/api/v1/moderation/queue?kind=" + kind + "&limit=100&cursor=" + cursor, api.moderator().token());
        }
    }

    @Test
    void flagsAreOnePerUserAndNeedTheFlagPrivilege() {
        Member author = api.newMember("flagged");
        long q = api.ask(author, "A question someone will flag once", BODY, "moderation");
        Member newcomer = api.newMember("newflagger");
        Reply refused = flag(newcomer, q, "SPAM");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("detail")).contains("FLAG").contains("15");

        Member flagger = api.newVoter("flagger");
        Reply flagged = flag(flagger, q, "OFF_TOPIC");
        assertThat(flagged.status()).isEqualTo(201);
        assertThat(flagged.json().getJsonNumber("postId").longValue()).isEqualTo(q);
        assertThat(flagged.json().getString("reason")).isEqualTo("OFF_TOPIC");
        assertThat(flagged.json().getString("status")).isEqualTo("OPEN");
        assertThat(flag(flagger, q, "SPAM").status()).isEqualTo(409);

        Member other = api.newVoter("otherflagger");
        Reply noText = flag(other, q, "OTHER");
        assertThat(noText.status()).isEqualTo(422);
        assertThat(noText.errorFields()).containsExactly("text");
        assertThat(flag(other, q, "BORING").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/posts/" + q + "/flags", "{\"reason\":\"OTHER\",\"text\":\"Asked before, see the FAQ\"}",
                other.token()).status()).isEqualTo(201);
        assertThat(flag(api.newVoter("selfflag"), 987654321L, "SPAM").status()).isEqualTo(404);
    }

    @Test
    void threeSpamFlagsHideAPostFromEveryoneButItsAuthorAndModeratorsAndSixDeleteItWithAPenalty() throws Exception {
        Member author = api.memberWithReputation("spammer", 8); // 121
        String tag = Api.unique("spamtag").toLowerCase();
        api.ensureTags(tag);
        String word = "zz" + Api.unique("w").replace("-", "").substring(2, 10);
        long q = api.ask(author, "Cheap " + word + " watches for sale today", BODY, tag);
        long other = api.ask(author, "A second question by the same author", BODY, tag);
        List<Member> flaggers = VotesIT.inParallel(6, i -> api.newVoter("flagger" + i));

        for (int i = 0; i < 3; i++) {
            assertThat(flag(flaggers.get(i), q, i % 2 == 0 ? "SPAM" : "RUDE").status()).isEqualTo(201);
        }
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/questions/" + q, flaggers.get(0).token()).status()).isEqualTo(404);
        Reply asAuthor = api.get("/api/v1/questions/" + q, author.token());
        assertThat(asAuthor.status()).isEqualTo(200);
        assertThat(asAuthor.json().getBoolean("hidden")).isTrue();
        assertThat(api.get("/api/v1/questions/" + q, api.moderator().token()).status()).isEqualTo(200);
        assertThat(QuestionsIT.ids(api.get("/api/v1/questions?tag=" + tag))).containsExactly(other);
        assertThat(tagCount(tag)).isEqualTo(1);
        assertThat(QuestionsIT.ids(api.get("/api/v1/search?q=" + word))).isEmpty();
        assertThat(queue("HIDDEN")).contains(q);
        assertThat(queue("FLAGS")).contains(q);

        // a hidden post can still be flagged by id, and flags keep counting
        for (int i = 3; i < 6; i++) {
            assertThat(flag(flaggers.get(i), q, "SPAM").status()).isEqualTo(201);
        }
        assertThat(api.get("/api/v1/questions/" + q, author.token()).status()).isEqualTo(404);
        assertThat(reputationOf(author)).isEqualTo(21);
        JsonObject penalty = api.get("/api/v1/users/" + author.id() + "/reputation").json().getJsonArray("items")
                .getJsonObject(0);
        assertThat(penalty.getString("reason")).isEqualTo("SPAM_PENALTY");
        assertThat(penalty.getInt("delta")).isEqualTo(-100);
        assertThat(queue("HIDDEN")).doesNotContain(q);
        assertThat(tagCount(tag)).isEqualTo(1);
        assertThat(auditActions()).contains("AUTO_HIDDEN", "DELETED_AS_SPAM");
    }

    @Test
    void hiddenAnswersLeaveTheCountAndComeBackWhenApproved() {
        Member asker = api.newMember("asker");
        Member author = api.newMember("answerer");
        long q = api.ask(asker, "A question with an answer that gets hidden", BODY, "moderation");
        long a = api.answer(author, q, ANSWER);
        Member moderator = api.moderator();

        assertThat(api.post("/api/v1/posts/" + a + "/hide", null, asker.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/posts/" + a + "/hide", null, moderator.token()).status()).isEqualTo(200);
        JsonObject thread = api.get("/api/v1/questions/" + q).json();
        assertThat(thread.getInt("answerCount")).isZero();
        assertThat(thread.getJsonArray("answers")).isEmpty();
        assertThat(api.get("/api/v1/questions/" + q, author.token()).json().getJsonArray("answers")).hasSize(1);
        assertThat(api.post("/api/v1/posts/" + a + "/hide", null, moderator.token()).status()).isEqualTo(409);

        assertThat(api.post("/api/v1/moderation/posts/" + a + "/approve", null, moderator.token()).status()).isEqualTo(200);
        thread = api.get("/api/v1/questions/" + q).json();
        assertThat(thread.getInt("answerCount")).isEqualTo(1);
        assertThat(thread.getJsonArray("answers")).hasSize(1);
    }

    @Test
    void aModeratorsSpamFlagActsAtOnce() {
        Member author = api.memberWithReputation("instant", 8);
        long q = api.ask(author, "Obvious spam that a moderator sees", BODY, "moderation");
        Reply flagged = flag(api.moderator(), q, "SPAM");
        assertThat(flagged.status()).isEqualTo(201);
        assertThat(flagged.json().getString("status")).isEqualTo("ACCEPTED");
        assertThat(api.get("/api/v1/questions/" + q, author.token()).status()).isEqualTo(404);
        assertThat(reputationOf(author)).isEqualTo(21);
    }

    @Test
    void flagsAreResolvedOnceByModerators() {
        Member author = api.newMember("resolved");
        long q = api.ask(author, "A question with a flag to resolve", BODY, "moderation");
        long flagId = flag(api.newVoter("resolver"), q, "OFF_TOPIC").json().getJsonNumber("id").longValue();
        assertThat(queue("FLAGS")).contains(q);
        assertThat(api.post("/api/v1/moderation/flags/" + flagId + "/resolve", "{\"outcome\":\"DISMISSED\"}",
                author.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/moderation/flags/" + flagId + "/resolve", "{\"outcome\":\"MAYBE\"}",
                api.moderator().token()).status()).isEqualTo(422);
        assertThat(api.post("/api/v1/moderation/flags/" + flagId + "/resolve", "{\"outcome\":\"DISMISSED\"}",
                api.moderator().token()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/moderation/flags/" + flagId + "/resolve", "{\"outcome\":\"ACCEPTED\"}",
                api.moderator().token()).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/moderation/flags/987654321/resolve", "{\"outcome\":\"ACCEPTED\"}",
                api.moderator().token()).status()).isEqualTo(404);
        assertThat(queue("FLAGS")).doesNotContain(q);
        assertThat(api.get("/api/v1/moderation/queue?kind=FLAGS", author.token()).status()).isEqualTo(403);
    }

    @Test
    void aModeratorsOutcomeResolvesTheFlagsInvolved() {
        Member author = api.newMember("outcome");
        long q = api.ask(author, "A flagged question a moderator locks", BODY, "moderation");
        assertThat(flag(api.newVoter("outcomeflagger"), q, "OFF_TOPIC").status()).isEqualTo(201);
        assertThat(queue("FLAGS")).contains(q);
        assertThat(api.post("/api/v1/questions/" + q + "/lock", null, api.moderator().token()).status()).isEqualTo(200);
        assertThat(queue("FLAGS")).doesNotContain(q);
    }

    @Test
    void moderatorsCloseAndReopenAndClosedQuestionsTakeNoAnswers() {
        Member asker = api.memberWithReputation("closer", 1);
        long target = api.ask(asker, "The original question everyone links to", BODY, "moderation");
        long q = api.ask(asker, "The same question asked a second time", BODY, "moderation");
        Member moderator = api.moderator();

        assertThat(api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"DUPLICATE\"}", moderator.token()).status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"NOPE\"}", moderator.token()).status())
                .isEqualTo(422);
        assertThat(api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"UNCLEAR\"}", asker.token()).status())
                .isEqualTo(403);
        Reply closed = api.post("/api/v1/questions/" + q + "/close",
                "{\"reason\":\"DUPLICATE\",\"duplicateOfId\":" + target + "}", moderator.token());
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("closeReason")).isEqualTo("DUPLICATE");
        assertThat(closed.json().getJsonNumber("duplicateOfId").longValue()).isEqualTo(target);
        assertThat(api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)),
                api.newMember("late").token()).status()).isEqualTo(409);

        assertThat(api.post("/api/v1/questions/" + q + "/reopen", null, asker.token()).status()).isEqualTo(403);
        Reply reopened = api.post("/api/v1/questions/" + q + "/reopen", null, moderator.token());
        assertThat(reopened.json().getString("status")).isEqualTo("OPEN");
        assertThat(reopened.json().isNull("closeReason")).isTrue();
        assertThat(api.post("/api/v1/questions/" + q + "/reopen", null, moderator.token()).status()).isEqualTo(409);
    }

    @Test
    void threeCloseVotesCloseAQuestion() throws Exception {
        String admin = api.adminToken();
        Member asker = api.newMember("voted-closed");
        long q = api.ask(asker, "A question the community votes to close", BODY, "moderation");
        List<Member> voters = VotesIT.inParallel(3, i -> api.newVoter("closevoter" + i));
        // CLOSE_VOTE takes 1 500 reputation by default; lowered for this test, restored after
        assertThat(api.put("/api/v1/admin/reputation-rules", "{\"privileges\":{\"CLOSE_VOTE\":16}}", admin).status())
                .isEqualTo(200);
        try {
            for (int i = 0; i < 2; i++) {
                Reply vote = api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"OFF_TOPIC\"}", voters.get(i).token());
                assertThat(vote.status()).isEqualTo(200);
                assertThat(vote.json().getString("status")).isEqualTo("OPEN");
            }
            assertThat(api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"OFF_TOPIC\"}", voters.get(0).token())
                    .status()).isEqualTo(409);
            Reply third = api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"UNCLEAR\"}", voters.get(2).token());
            assertThat(third.json().getString("status")).isEqualTo("CLOSED");
            assertThat(third.json().getString("closeReason")).isEqualTo("OFF_TOPIC");
        } finally {
            api.put("/api/v1/admin/reputation-rules", "{\"privileges\":{\"CLOSE_VOTE\":1500}}", admin);
        }
        assertThat(api.post("/api/v1/questions/" + q + "/close", "{\"reason\":\"OFF_TOPIC\"}", api.newVoter("toolate").token())
                .status()).isEqualTo(409);
    }

    @Test
    void lockedQuestionsTakeNoEditsVotesAnswersOrComments() {
        Member asker = api.newMember("locked");
        Member voter = api.newVoter("lockvoter");
        long q = api.ask(asker, "A heated question that gets locked", BODY, "moderation");
        Member moderator = api.moderator();
        assertThat(api.post("/api/v1/questions/" + q + "/lock", null, asker.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/questions/" + q + "/lock", null, moderator.token()).json().getString("status"))
                .isEqualTo("LOCKED");
        assertThat(api.patch("/api/v1/questions/" + q, Api.json(Map.of("title", "Trying to edit a locked one")),
                asker.token()).status()).isEqualTo(409);
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", voter.token()).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)), voter.token()).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/posts/" + q + "/comments", Api.json(Map.of("body", "A comment on my own question")),
                asker.token()).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/questions/" + q + "/unlock", null, moderator.token()).json().getString("status"))
                .isEqualTo("OPEN");
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", voter.token()).status()).isEqualTo(200);
    }

    @Test
    void suspendedUsersCanReadButNotWrite() {
        Member member = api.newVoter("suspended");
        Member other = api.newMember("bystander");
        long q = api.ask(other, "A question the suspended user reads", BODY, "moderation");
        Member moderator = api.moderator();
        String until = api.serverNow().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        assertThat(api.post("/api/v1/users/" + member.id() + "/suspension",
                "{\"until\":\"" + until + "\",\"reason\":\"Spamming\"}", other.token()).status()).isEqualTo(403);
        Reply past = api.post("/api/v1/users/" + member.id() + "/suspension",
                "{\"until\":\"2020-01-01T00:00:00Z\",\"reason\":\"Spamming\"}", moderator.token());
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorFields()).containsExactly("until");
        assertThat(api.post("/api/v1/users/" + member.id() + "/suspension",
                "{\"until\":\"" + until + "\",\"reason\":\"Spamming\"}", moderator.token()).status()).isEqualTo(200);

        Reply ask = api.post("/api/v1/questions", Api.question("Trying to ask while suspended", BODY, "moderation"),
                member.token());
        assertThat(ask.status()).isEqualTo(403);
        assertThat(ask.json().getString("detail")).contains("suspended until").contains(until.substring(0, 10));
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", member.token()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)), member.token())
                .status()).isEqualTo(403);
        assertThat(flag(member, q, "SPAM").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/questions/" + q, member.token()).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/users/" + member.id() + "/suspension", moderator.token()).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", member.token()).status()).isEqualTo(200);
    }

    @Test
    void newMembersPostsWithLinksWaitForApprovalAndTooManyLinksAreRefused() {
        Member newcomer = api.newMember("linker");
        Reply tooMany = api.post("/api/v1/questions", Api.question("Where can I find the docs for this?",
                "See https://a.example.com and https://b.example.com and https://c.example.com please.", "moderation"),
                newcomer.token());
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.errorFields()).containsExactly("body");

        Reply held = api.post("/api/v1/questions", Api.question("Is this page the right place to ask?",
                "I found https://docs.example.com but it does not explain the import settings.", "moderation"),
                newcomer.token());
        assertThat(held.status()).isEqualTo(201);
        long q = held.json().getJsonNumber("id").longValue();
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/questions/" + q, newcomer.token()).status()).isEqualTo(200);
        assertThat(queue("APPROVAL")).contains(q);
        assertThat(api.post("/api/v1/moderation/posts/" + q + "/approve", null, api.moderator().token()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(200);
        assertThat(queue("APPROVAL")).doesNotContain(q);
    }

    @Test
    void newMembersAskOneQuestionPerTenMinutes() {
        Member newcomer = api.newMember("eager");
        api.ask(newcomer, "My first question on this forum", BODY, "moderation");
        Reply second = api.post("/api/v1/questions", Api.question("My second question right away", BODY, "moderation"),
                newcomer.token());
        assertThat(second.status()).isEqualTo(429);
        assertThat(Long.parseLong(second.header("Retry-After"))).isBetween(500L, 600L);
    }

    @Test
    void commentsAreLimitedPerHourWithRetryAfter() {
        Member talker = api.newMember("talker");
        long q = api.ask(talker, "A question I will comment on a lot", BODY, "moderation");
        for (int i = 0; i < 20; i++) {
            assertThat(api.post("/api/v1/posts/" + q + "/comments",
                    Api.json(Map.of("body", "Follow-up comment number " + i)), talker.token()).status()).isEqualTo(201);
        }
        Reply limited = api.post("/api/v1/posts/" + q + "/comments", Api.json(Map.of("body", "One comment too many")),
                talker.token());
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
    }

    @Test
    void votesAndFlagsAreLimitedPerDay() throws Exception {
        String admin = api.adminToken();
        Member asker = api.memberWithReputation("limited-asker", 1);
        List<Long> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            posts.add(api.ask(asker, "Question number " + i + " to vote and flag on", BODY, "moderation"));
        }
        Member voter = api.newVoter("limited-voter");
        // lowered for this test (defaults 30 and 10), restored after
        assertThat(api.put("/api/v1/admin/moderation-rules", "{\"votesPerDay\":3,\"flagsPerDay\":2}", admin).status())
                .isEqualTo(200);
        try {
            for (int i = 0; i < 3; i++) {
                assertThat(api.put("/api/v1/posts/" + posts.get(i) + "/vote", "{\"value\":1}", voter.token()).status())
                        .isEqualTo(200);
            }
            Reply vote = api.put("/api/v1/posts/" + posts.get(3) + "/vote", "{\"value\":1}", voter.token());
            assertThat(vote.status()).isEqualTo(429);
            assertThat(Long.parseLong(vote.header("Retry-After"))).isBetween(1L, 86_400L);
            assertThat(api.get("/api/v1/questions/" + posts.get(3)).json().getInt("score")).isZero();

            assertThat(flag(voter, posts.get(0), "OFF_TOPIC").status()).isEqualTo(201);
            assertThat(flag(voter, posts.get(1), "OFF_TOPIC").status()).isEqualTo(201);
            assertThat(flag(voter, posts.get(2), "OFF_TOPIC").status()).isEqualTo(429);
        } finally {
            api.put("/api/v1/admin/moderation-rules", "{\"votesPerDay\":30,\"flagsPerDay\":10}", admin);
        }
    }

    @Test
    void moderationRulesAreAdministeredAndValidated() {
        String admin = api.adminToken();
        Reply rules = api.get("/api/v1/admin/moderation-rules", admin);
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().getInt("hideAfterFlags")).isEqualTo(3);
        assertThat(rules.json().getInt("deleteAfterFlags")).isEqualTo(6);
        assertThat(rules.json().getString("newUserQuestionInterval")).isEqualTo("PT10M");
        assertThat(rules.json().getInt("commentsPerHour")).isEqualTo(20);
        assertThat(api.get("/api/v1/admin/moderation-rules", api.moderator().token()).status()).isEqualTo(403);
        Reply invalid = api.put("/api/v1/admin/moderation-rules", "{\"newUserQuestionInterval\":\"ten minutes\"}", admin);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactly("newUserQuestionInterval");
    }

    @Test
    void theAuditLogIsForStaffOnly() {
        Member member = api.newMember("auditee");
        long q = api.ask(member, "A question that gets locked and unlocked", BODY, "moderation");
        api.post("/api/v1/questions/" + q + "/lock", null, api.moderator().token());
        Reply log = api.get("/api/v1/moderation/audit-log?limit=50", api.moderator().token());
        assertThat(log.status()).isEqualTo(200);
        JsonObject entry = log.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("LOCKED") && e.getJsonNumber("targetId").longValue() == q)
                .findFirst().orElseThrow();
        assertThat(entry.getJsonNumber("actorId").longValue()).isEqualTo(api.moderator().id());
        assertThat(entry.getString("targetType")).isEqualTo("QUESTION");
        assertThat(api.get("/api/v1/moderation/audit-log", member.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/moderation/audit-log", api.adminToken()).status()).isEqualTo(200);
    }

    @Test
    void roleplanAndSkillChangesAreAuditedWithWhoAndBeforeAndAfter() {
        String admin = api.adminToken();
        long adminId = api.get("/api/v1/users/me", admin).json().getJsonNumber("id").longValue();
        Member member = api.newMember("promoted");
        assertThat(api.put("/api/v1/users/" + member.id() + "/roles", "{\"roles\":[\"AGENT\"]}", admin).status())
                .isEqualTo(200);
        assertThat(api.put("/api/v1/users/" + member.id() + "/plan", "{\"plan\":\"PREMIUM\"}", admin).status())
                .isEqualTo(200);
        assertThat(api.put("/api/v1/users/" + member.id() + "/skills", "{\"tags\":[\"billing\",\"api\"]}", admin)
                .status()).isEqualTo(200);
        assertThat(api.put("/api/v1/users/" + member.id() + "/roles", "{\"roles\":[\"AGENT\",\"MODERATOR\"]}", admin)
                .status()).isEqualTo(200);

        List<JsonObject> entries = api.get("/api/v1/moderation/audit-log?limit=100", admin).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("targetType").equals("USER") && e.getJsonNumber("targetId").longValue() == member.id())
                .toList();
        assertThat(entries).extracting(e -> e.getString("action") + " | " + e.getString("reason")).containsExactly(
                "ROLES_CHANGED | Roles: agent → moderator, agent",
                "SKILLS_CHANGED | Skills: none → billing, api",
                "PLAN_CHANGED | Plan: free → premium",
                "ROLES_CHANGED | Roles: none → agent");
        assertThat(entries).allSatisfy(e -> assertThat(e.getJsonNumber("actorId").longValue()).isEqualTo(adminId));
    }

    @Test
    void rulesChangesAreAuditedInWords() {
        String admin = api.adminToken();
        try {
            assertThat(api.put("/api/v1/admin/moderation-rules", "{\"hideAfterFlags\":4}", admin).status()).isEqualTo(200);
        } finally {
            api.put("/api/v1/admin/moderation-rules", "{\"hideAfterFlags\":3}", admin);
        }
        List<String> reasons = api.get("/api/v1/moderation/audit-log?limit=10", admin).json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("MODERATION_RULES_CHANGED"))
                .map(e -> e.getString("reason")).toList();
        assertThat(reasons).startsWith("Hide after flags: 4 → 3", "Hide after flags: 3 → 4");
        assertThat(String.join(" ", reasons)).doesNotContain("RulesDto");
    }

    /** SPEC §4: the approval queue is for MODERATOR or REVIEW (staff have every privilege); page and API agree. */
    @Test
    void theApiAndThePageAgreeWhoMayUseTheApprovalQueue() {
        Member agent = api.newStaff("queueagent", "AGENT");
        Member member = api.newMember("queue-member");
        Member moderator = api.moderator();

        assertThat(api.get("/api/v1/moderation/queue?kind=APPROVAL", agent.token()).status()).isEqualTo(200);
        Reply agentsPage = api.get("/moderation/index.xhtml?kind=APPROVAL", agent.token());
        assertThat(agentsPage.status()).isEqualTo(200);
        assertThat(agentsPage.text()).contains("queue-table").doesNotContain("id=\"forbidden\"")
                .doesNotContain("audit-table"); // the audit log stays with moderators
        assertThat(api.get("/api/v1/moderation/queue?kind=FLAGS", agent.token()).status()).isEqualTo(403);
        assertThat(api.get("/moderation/index.xhtml?kind=FLAGS", agent.token()).status()).isEqualTo(403);

        assertThat(api.get("/api/v1/moderation/queue?kind=APPROVAL", member.token()).status()).isEqualTo(403);
        assertThat(api.get("/moderation/index.xhtml?kind=APPROVAL", member.token()).status()).isEqualTo(403);

        assertThat(api.get("/api/v1/moderation/queue?kind=FLAGS", moderator.token()).status()).isEqualTo(200);
        Reply moderatorsPage = api.get("/moderation/index.xhtml?kind=FLAGS", moderator.token());
        assertThat(moderatorsPage.status()).isEqualTo(200);
        assertThat(moderatorsPage.text()).contains("queue-table").contains("audit-table");
    }

    private int tagCount(String tag) {
        return api.get("/api/v1/tags?sort=name&limit=100").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals(tag)).mapToInt(t -> t.getInt("questionCount")).sum();
    }

    private List<String> auditActions() {
        return api.get("/api/v1/moderation/audit-log?limit=100", api.moderator().token()).json().getJsonArray("items")
                .stream().map(e -> e.asJsonObject().getString("action")).toList();
    }
}
