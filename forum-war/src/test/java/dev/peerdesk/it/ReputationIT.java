package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every number of SPEC §3, end to end through the API. */
class ReputationIT extends PeerdeskIT {

    static final String BODY = QuestionsIT.BODY;
    static final String ANSWER = "An answer with enough words in it to be posted here.";

    private int reputationOf(Member member) {
        return api.get("/api/v1/users/" + member.id()).json().getInt("reputation");
    }

    private Reply vote(Member voter, long postId, int value) {
        return api.put("/api/v1/posts/" + postId + "/vote", "{\"value\":" + value + "}", voter.token());
    }

    @Test
    void everyoneStartsAtOne() {
        Member member = api.newMember("fresh");
        assertThat(reputationOf(member)).isEqualTo(1);
        Reply history = api.get("/api/v1/users/" + member.id() + "/reputation");
        assertThat(history.json().getInt("reputation")).isEqualTo(1);
        assertThat(history.json().getJsonArray("items")).isEmpty();
        assertThat(history.json().isNull("nextCursor")).isTrue();
    }

    @Test
    void upvotesEarnTenAndRetractingTakesThemBack() {
        Member author = api.newMember("author");
        Member voter = api.newVoter("voter");
        long q = api.ask(author, "A question that earns its author points", BODY, "rep");
        long a = api.answer(author, api.ask(voter, "A question the author will answer", BODY, "rep"), ANSWER);

        assertThat(vote(voter, q, 1).status()).isEqualTo(200);
        assertThat(reputationOf(author)).isEqualTo(11);
        vote(voter, a, 1);
        assertThat(reputationOf(author)).isEqualTo(21);

        JsonObject latest = api.get("/api/v1/users/" + author.id() + "/reputation").json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(latest.getInt("delta")).isEqualTo(10);
        assertThat(latest.getString("reason")).isEqualTo("ANSWER_UPVOTED");
        assertThat(latest.getJsonNumber("postId").longValue()).isEqualTo(a);

        api.delete("/api/v1/posts/" + q + "/vote", voter.token());
        assertThat(reputationOf(author)).isEqualTo(11);
        assertThat(api.get("/api/v1/users/" + author.id() + "/reputation").json().getJsonArray("items")
                .getJsonObject(0).getString("reason")).isEqualTo("REVERSAL");
    }

    @Test
    void downvotesCostTheAuthorTwoAndTheVoterOneOnAnswersOnly() {
        Member author = api.memberWithReputation("author", 1);       // 16
        Member critic = api.memberWithReputation("critic", 9);       // 136: may vote down
        long q = api.ask(author, "A question that will be voted down", BODY, "rep");
        long a = api.answer(author, api.ask(critic, "A question with a weak answer", BODY, "rep"), ANSWER);

        vote(critic, q, -1);
        assertThat(reputationOf(author)).isEqualTo(14);
        assertThat(reputationOf(critic)).isEqualTo(136);
        vote(critic, a, -1);
        assertThat(reputationOf(author)).isEqualTo(12);
        assertThat(reputationOf(critic)).isEqualTo(135);

        api.delete("/api/v1/posts/" + a + "/vote", critic.token());
        assertThat(reputationOf(author)).isEqualTo(14);
        assertThat(reputationOf(critic)).isEqualTo(136);
    }

    @Test
    void acceptingEarnsFifteenAndTwoButNothingForYourOwnAnswer() {
        Member asker = api.newMember("asker");
        Member helper = api.newMember("helper");
        long q = api.ask(asker, "A question whose answer gets accepted", BODY, "rep");
        long a = api.answer(helper, q, ANSWER);
        long own = api.answer(asker, q, ANSWER + " (my own)");

        api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}", asker.token());
        assertThat(reputationOf(helper)).isEqualTo(16);
        assertThat(reputationOf(asker)).isEqualTo(3);

        api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + own + "}", asker.token());
        assertThat(reputationOf(helper)).isEqualTo(1);
        assertThat(reputationOf(asker)).isEqualTo(1);

        api.delete("/api/v1/questions/" + q + "/accepted-answer", asker.token());
        api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}", asker.token());
        assertThat(reputationOf(helper)).isEqualTo(16);
        api.delete("/api/v1/questions/" + q + "/accepted-answer", asker.token());
        assertThat(reputationOf(helper)).isEqualTo(1);
        assertThat(reputationOf(asker)).isEqualTo(1);
    }

    @Test
    void gainsFromVotesStopAtTheDailyCapButAcceptsDoNot() throws Exception {
        Member author = api.memberWithReputation("star", 1); // 16; asks five questions
        List<Long> questions = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            questions.add(api.ask(author, "Popular question number " + i + " today", BODY, "rep"));
        }
        List<Member> voters = VotesIT.inParallel(25, i -> api.newVoter("fan" + i));
        // 25 voters × one upvote each = 250 nominal points; at most 200 count today
        List<Integer> statuses = VotesIT.inParallel(25, i -> vote(voters.get(i), questions.get(i % 5), 1).status());
        assertThat(statuses).containsOnly(200);
        assertThat(reputationOf(author)).isEqualTo(216);

        Member helper = api.newMember("capped-asker");
        long q = api.ask(helper, "A question the star will answer", BODY, "rep");
        long a = api.answer(author, q, ANSWER);
        api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}", helper.token());
        assertThat(reputationOf(author)).isEqualTo(231);

        // the ledger holds exactly what was applied: 200 from votes, 15 from the accept
        Reply recompute = api.post("/api/v1/admin/reputation/recompute", null, api.adminToken());
        assertThat(recompute.json().getInt("drifted")).isZero();
    }

    @Test
    void retractedUpvotesDoNotUseUpTheDailyCap() {
        Member author = api.newMember("cap-target");
        long q = api.ask(author, "A question one member upvotes and retracts again", BODY, "rep");
        Member fickle = api.newVoter("fickle");
        // 21 rounds of +10 and -10: 210 nominal points, nothing of which stands
        for (int i = 0; i < 21; i++) {
            assertThat(vote(fickle, q, 1).status()).isEqualTo(200);
            assertThat(api.delete("/api/v1/posts/" + q + "/vote", fickle.token()).status()).isEqualTo(200);
        }
        assertThat(reputationOf(author)).isEqualTo(1);

        Member fan = api.newVoter("real-fan");
        assertThat(vote(fan, q, 1).status()).isEqualTo(200);
        assertThat(reputationOf(author)).isEqualTo(11);
        JsonObject latest = api.get("/api/v1/users/" + author.id() + "/reputation").json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(latest.getString("reason")).isEqualTo("QUESTION_UPVOTED");
        assertThat(latest.getInt("delta")).isEqualTo(10);
    }

    @Test
    void reputationNeverGoesBelowOne() {
        Member author = api.newMember("floor");
        Member critic = api.memberWithReputation("floorcritic", 9);
        long q = api.ask(author, "A question that will be voted down a lot", BODY, "rep");
        vote(critic, q, -1);
        assertThat(reputationOf(author)).isEqualTo(1);
        api.delete("/api/v1/posts/" + q + "/vote", critic.token());
        assertThat(reputationOf(author)).isEqualTo(1);
    }

    @Test
    void staffNeitherEarnNorGiveReputationByVoting() {
        Member member = api.newMember("member");
        Member moderator = api.moderator();
        long byMember = api.ask(member, "A question a moderator upvotes", BODY, "rep");
        long byModerator = api.ask(moderator, "A question by a moderator", BODY, "rep");
        Member voter = api.newVoter("voter");
        int moderatorBefore = reputationOf(moderator);

        assertThat(vote(moderator, byMember, 1).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questions/" + byMember).json().getInt("score")).isEqualTo(1);
        assertThat(reputationOf(member)).isEqualTo(1);
        vote(voter, byModerator, 1);
        assertThat(reputationOf(moderator)).isEqualTo(moderatorBefore);
    }

    @Test
    void privilegesBelowTheirThresholdAreRefusedWithTheReason() {
        Member newcomer = api.newMember("newcomer");
        Member other = api.newMember("other");
        long q = api.ask(other, "Someone else's question to try things on", BODY, "rep");

        Reply up = vote(newcomer, q, 1);
        assertThat(up.status()).isEqualTo(403);
        assertThat(up.json().getString("detail")).contains("VOTE_UP").contains("15");
        Reply down = vote(newcomer, q, -1);
        assertThat(down.status()).isEqualTo(403);
        assertThat(down.json().getString("detail")).contains("VOTE_DOWN").contains("125");
        Reply comment = api.post("/api/v1/posts/" + q + "/comments",
                Api.json(Map.of("body", "A comment on someone else's post")), newcomer.token());
        assertThat(comment.status()).isEqualTo(403);
        assertThat(comment.json().getString("detail")).contains("COMMENT").contains("50");
        Reply newTag = api.post("/api/v1/questions", Api.question("A question with a brand new tag",
                BODY, Api.unique("brandnew").toLowerCase()), newcomer.token());
        assertThat(newTag.status()).isEqualTo(403);
        assertThat(newTag.json().getString("detail")).contains("CREATE_TAG").contains("300");
        Reply edit = api.patch("/api/v1/questions/" + q, Api.json(Map.of("title", "An edited title for it")),
                newcomer.token());
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.json().getString("detail")).contains("EDIT").contains("1000");

        long own = api.ask(newcomer, "My own question to comment on", BODY, "rep");
        assertThat(api.post("/api/v1/posts/" + own + "/comments",
                Api.json(Map.of("body", "Commenting on my own post is fine")), newcomer.token()).status()).isEqualTo(201);
    }

    @Test
    void privilegesAreListedWithThresholds() {
        Member voter = api.newVoter("privileged");
        Reply privileges = api.get("/api/v1/users/" + voter.id() + "/privileges");
        assertThat(privileges.status()).isEqualTo(200);
        Map<String, JsonObject> byName = new java.util.HashMap<>();
        privileges.array().forEach(p -> byName.put(p.asJsonObject().getString("name"), p.asJsonObject()));
        assertThat(byName).containsKeys("VOTE_UP", "FLAG", "COMMENT", "VOTE_DOWN", "CREATE_TAG", "REVIEW", "EDIT", "CLOSE_VOTE");
        assertThat(byName.get("VOTE_UP").getInt("threshold")).isEqualTo(15);
        assertThat(byName.get("VOTE_UP").getBoolean("granted")).isTrue();
        assertThat(byName.get("COMMENT").getBoolean("granted")).isFalse();
        assertThat(byName.get("CLOSE_VOTE").getInt("threshold")).isEqualTo(1500);
    }

    @Test
    void badgesAreAwardedOnceWhenEarned() {
        Member author = api.memberWithReputation("badged", 1);
        Member voter = api.newVoter("badger");
        long q1 = api.ask(author, "First question that gets an upvote", BODY, "rep");
        long q2 = api.ask(author, "Second question that gets an upvote", BODY, "rep");
        vote(voter, q1, 1);
        vote(voter, q2, 1);
        assertThat(badges(author)).containsExactly("Student");
        assertThat(badges(voter)).contains("Supporter").doesNotHaveDuplicates();
    }

    private List<String> badges(Member member) {
        return api.get("/api/v1/users/" + member.id()).json().getJsonArray("badges").stream()
                .map(b -> b.asJsonObject().getString("name")).toList();
    }

    @Test
    void serialVotingIsReversedOnceWithScoresAndReputation() {
        Member author = api.memberWithReputation("target", 1);  // 16; asks ten questions
        Member fan = api.newVoter("serialfan");
        List<Long> posts = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(api.ask(author, "Serially upvoted question number " + i, BODY, "rep"));
        }
        posts.forEach(p -> assertThat(vote(fan, p, 1).status()).isEqualTo(200));
        assertThat(reputationOf(author)).isEqualTo(116);

        Reply check = api.post("/api/v1/admin/reputation/fraud-check", null, api.adminToken());
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().getInt("votesReversed")).isGreaterThanOrEqualTo(10);
        assertThat(reputationOf(author)).isEqualTo(16);
        posts.forEach(p -> assertThat(api.get("/api/v1/questions/" + p).json().getInt("score")).isZero());

        Reply again = api.post("/api/v1/admin/reputation/fraud-check", null, api.adminToken());
        assertThat(again.json().getInt("votesReversed")).isZero();
        assertThat(reputationOf(author)).isEqualTo(16);
    }

    @Test
    void theLeaderboardShowsWhatWasGainedInThePeriod() {
        Member earner = api.memberWithReputation("earner", 2);
        for (String period : List.of("week", "month", "all")) {
            Reply board = api.get("/api/v1/leaderboard?period=" + period + "&limit=100");
            assertThat(board.status()).isEqualTo(200);
            JsonObject row = board.array().stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getJsonObject("user").getJsonNumber("id").longValue() == earner.id())
                    .findFirst().orElseThrow(() -> new AssertionError(period + ": " + board));
            assertThat(row.getInt("gained")).isEqualTo(30);
        }
        assertThat(api.get("/api/v1/leaderboard?period=year").status()).isEqualTo(422);
    }

    @Test
    void adminsReadAndChangeTheRulesWhichApplyAtOnce() {
        String admin = api.adminToken();
        Reply rules = api.get("/api/v1/admin/reputation-rules", admin);
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.json().getInt("dailyCap")).isEqualTo(200);
        assertThat(rules.json().getJsonObject("points").getInt("ANSWER_ACCEPTED")).isEqualTo(15);
        assertThat(rules.json().getJsonObject("privileges").getInt("VOTE_UP")).isEqualTo(15);
        assertThat(rules.json().getInt("serialVoteThreshold")).isEqualTo(10);

        Member member = api.newMember("ruled");
        assertThat(api.get("/api/v1/admin/reputation-rules", member.token()).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/admin/reputation-rules", "{\"dailyCap\":100}", member.token()).status()).isEqualTo(403);

        Reply invalid = api.put("/api/v1/admin/reputation-rules", "{\"dailyCap\":-1}", admin);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFields()).containsExactly("dailyCap");
        assertThat(api.put("/api/v1/admin/reputation-rules", "{\"points\":{\"NOPE\":1}}", admin).status()).isEqualTo(422);

        try {
            Reply changed = api.put("/api/v1/admin/reputation-rules", "{\"points\":{\"ANSWER_ACCEPTED\":20}}", admin);
            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().getJsonObject("points").getInt("ANSWER_ACCEPTED")).isEqualTo(20);
            assertThat(changed.json().getInt("dailyCap")).isEqualTo(200);
            Member helper = api.memberWithReputation("ruled-helper", 1);
            assertThat(reputationOf(helper)).isEqualTo(21);
        } finally {
            api.put("/api/v1/admin/reputation-rules", "{\"points\":{\"ANSWER_ACCEPTED\":15}}", admin);
        }
    }
}
