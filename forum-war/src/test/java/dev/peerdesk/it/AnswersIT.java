package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersIT extends PeerdeskIT {

    static final String BODY = QuestionsIT.BODY;
    static final String ANSWER = "Try restarting the sync job; it picks up the new settings then.";

    @Test
    void answeringAddsToTheThreadAndTheCount() {
        Member asker = api.newMember("asker");
        Member helper = api.newMember("helper");
        long q = api.ask(asker, "Why does the sync job ignore settings?", BODY, "sync");
        Reply answered = api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)), helper.token());
        assertThat(answered.status()).isEqualTo(201);
        long id = answered.json().getJsonNumber("id").longValue();
        assertThat(answered.header("Location")).endsWith("/api/v1/answers/" + id);
        assertThat(answered.json().getJsonNumber("questionId").longValue()).isEqualTo(q);
        assertThat(answered.json().getBoolean("accepted")).isFalse();
        assertThat(answered.json().getBoolean("official")).isFalse();

        JsonObject thread = api.get("/api/v1/questions/" + q).json();
        assertThat(thread.getInt("answerCount")).isEqualTo(1);
        assertThat(thread.getJsonArray("answers").getJsonObject(0).getString("body")).isEqualTo(ANSWER);
    }

    @Test
    void answersAreValidatedAndNeedAnExistingQuestion() {
        Member helper = api.newMember("helper");
        Reply tooShort = api.post("/api/v1/questions/" + api.ask(helper, "A question to answer badly", BODY, "x")
                + "/answers", Api.json(Map.of("body", "too short")), helper.token());
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.errorFields()).containsExactly("body");
        assertThat(api.post("/api/v1/questions/876543210/answers", Api.json(Map.of("body", ANSWER)), helper.token())
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/questions/1/answers", Api.json(Map.of("body", ANSWER)), null).status())
                .isEqualTo(401);
    }

    @Test
    void theAskerAcceptsSwitchesAndUnacceptsAndTheAcceptedAnswerComesFirst() {
        Member asker = api.newMember("asker");
        Member first = api.newMember("first");
        Member second = api.newMember("second");
        Member voter = api.moderator();
        long q = api.ask(asker, "Which answer will be accepted here?", BODY, "accepting");
        long a1 = api.answer(first, q, ANSWER + " (first)");
        long a2 = api.answer(second, q, ANSWER + " (second)");
        api.put("/api/v1/posts/" + a1 + "/vote", "{\"value\":1}", voter.token());

        assertThat(answerIds(api.get("/api/v1/questions/" + q).json())).containsExactly(a1, a2);

        Reply accepted = api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a2 + "}", asker.token());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().getJsonNumber("acceptedAnswerId").longValue()).isEqualTo(a2);
        assertThat(answerIds(accepted.json())).containsExactly(a2, a1);
        assertThat(accepted.json().getJsonArray("answers").getJsonObject(0).getBoolean("accepted")).isTrue();

        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a2 + "}", asker.token())
                .status()).isEqualTo(409);

        Reply switched = api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a1 + "}", asker.token());
        assertThat(switched.json().getJsonNumber("acceptedAnswerId").longValue()).isEqualTo(a1);
        assertThat(switched.json().getJsonArray("answers").getJsonObject(1).getBoolean("accepted")).isFalse();

        Reply unaccepted = api.delete("/api/v1/questions/" + q + "/accepted-answer", asker.token());
        assertThat(unaccepted.status()).isEqualTo(200);
        assertThat(unaccepted.json().isNull("acceptedAnswerId")).isTrue();
        assertThat(api.delete("/api/v1/questions/" + q + "/accepted-answer", asker.token()).status()).isEqualTo(409);
    }

    @Test
    void onlyTheAskerAcceptsAndOnlyAnswersOfThisQuestion() {
        Member asker = api.memberWithReputation("asker", 1); // asks twice: no longer a new member
        Member helper = api.newMember("helper");
        long q = api.ask(asker, "Only the asker may accept here", BODY, "accepting");
        long other = api.ask(asker, "A different question entirely", BODY, "accepting");
        long a = api.answer(helper, q, ANSWER);
        long foreign = api.answer(helper, other, ANSWER);
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + a + "}", helper.token())
                .status()).isEqualTo(403);
        Reply wrong = api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + foreign + "}", asker.token());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.errorFields()).containsExactly("answerId");
        assertThat(api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":\"abc\"}", asker.token())
                .status()).isEqualTo(400);
    }

    @Test
    void askersMayAcceptTheirOwnAnswer() {
        Member asker = api.newMember("selfsolver");
        long q = api.ask(asker, "I found the answer myself later", BODY, "accepting");
        long own = api.answer(asker, q, ANSWER);
        Reply accepted = api.put("/api/v1/questions/" + q + "/accepted-answer", "{\"answerId\":" + own + "}", asker.token());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().getJsonNumber("acceptedAnswerId").longValue()).isEqualTo(own);
    }

    @Test
    void answersAreEditedByTheirAuthorsWithRevisionsAndDeletedByThemOrModerators() {
        Member asker = api.newMember("asker");
        Member helper = api.newMember("helper");
        long q = api.ask(asker, "An answer will be edited and deleted", BODY, "editing");
        long a = api.answer(helper, q, ANSWER);
        Reply edited = api.patch("/api/v1/answers/" + a, Api.json(Map.of("body", ANSWER + " Edit: also clear the cache.",
                "summary", "more detail")), helper.token());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().getString("body")).endsWith("also clear the cache.");
        assertThat(api.patch("/api/v1/answers/" + a, Api.json(Map.of("body", "Someone else's words here, long enough.")),
                asker.token()).status()).isEqualTo(403);

        assertThat(api.delete("/api/v1/answers/" + a, asker.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/answers/" + a, helper.token()).status()).isEqualTo(204);
        JsonObject thread = api.get("/api/v1/questions/" + q).json();
        assertThat(thread.getInt("answerCount")).isZero();
        assertThat(thread.getJsonArray("answers")).isEmpty();
    }

    @Test
    void answerRevisionsAreReadableByAnyone() {
        Member asker = api.newMember("asker");
        Member helper = api.newMember("helper");
        long q = api.ask(asker, "An answer whose history is read back", BODY, "editing");
        long a = api.answer(helper, q, ANSWER);
        String edited = ANSWER + " Edit: also clear the cache first.";
        assertThat(api.patch("/api/v1/answers/" + a, Api.json(Map.of("body", edited, "summary", "cache step")),
                helper.token()).status()).isEqualTo(200);

        Reply revisions = api.get("/api/v1/answers/" + a + "/revisions");
        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.array()).hasSize(2);
        JsonObject first = revisions.array().getJsonObject(0);
        JsonObject second = revisions.array().getJsonObject(1);
        assertThat(first.getInt("revision")).isEqualTo(1);
        assertThat(first.getString("body")).isEqualTo(ANSWER);
        assertThat(first.getJsonNumber("authorId").longValue()).isEqualTo(helper.id());
        assertThat(first.getString("createdAt")).endsWith("Z");
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getString("summary")).isEqualTo("cache step");
        assertThat(second.getString("body")).isEqualTo(edited);
        // an answer's revision has no title or tags (API.md: {revision, authorId, createdAt, summary, body})
        assertThat(second.keySet()).containsExactlyInAnyOrder("revision", "authorId", "createdAt", "summary", "body");

        assertThat(api.get("/api/v1/answers/" + q + "/revisions").status()).isEqualTo(404);      // a question id
        assertThat(api.get("/api/v1/answers/987654321/revisions").status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/answers/" + a, helper.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/answers/" + a + "/revisions").status()).isEqualTo(404);      // deleted
    }

    @Test
    void commentsHangOffQuestionsAndAnswers() {
        // commenting on other people's posts takes 50 reputation: four accepted answers each
        Member asker = api.memberWithReputation("asker", 4);
        Member helper = api.memberWithReputation("helper", 4);
        long q = api.ask(asker, "A question that will get comments", BODY, "comments");
        long a = api.answer(helper, q, ANSWER);
        Reply onQuestion = api.post("/api/v1/posts/" + q + "/comments",
                Api.json(Map.of("body", "Which version are you running?")), helper.token());
        assertThat(onQuestion.status()).isEqualTo(201);
        assertThat(onQuestion.json().getJsonNumber("postId").longValue()).isEqualTo(q);
        long commentId = onQuestion.json().getJsonNumber("id").longValue();
        assertThat(onQuestion.header("Location")).endsWith("/api/v1/comments/" + commentId);
        assertThat(api.post("/api/v1/posts/" + a + "/comments", Api.json(Map.of("body", "Thanks, that worked for me!")),
                asker.token()).status()).isEqualTo(201);

        JsonObject thread = api.get("/api/v1/questions/" + q).json();
        assertThat(thread.getJsonArray("comments").getJsonObject(0).getString("body")).isEqualTo("Which version are you running?");
        assertThat(thread.getJsonArray("answers").getJsonObject(0).getJsonArray("comments").getJsonObject(0)
                .getString("body")).isEqualTo("Thanks, that worked for me!");

        Reply tooShort = api.post("/api/v1/posts/" + q + "/comments", Api.json(Map.of("body", "+1")), helper.token());
        assertThat(tooShort.status()).isEqualTo(422);
        Reply tooLong = api.post("/api/v1/posts/" + q + "/comments", Api.json(Map.of("body", "x".repeat(601))), helper.token());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(api.post("/api/v1/posts/765432109/comments", Api.json(Map.of("body", "Which version are you on?")),
                helper.token()).status()).isEqualTo(404);

        assertThat(api.delete("/api/v1/comments/" + commentId, asker.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/comments/" + commentId, helper.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/questions/" + q).json().getJsonArray("comments")).isEmpty();
    }

    static java.util.List<Long> answerIds(JsonObject thread) {
        JsonArray answers = thread.getJsonArray("answers");
        return answers.stream().map(a -> a.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
