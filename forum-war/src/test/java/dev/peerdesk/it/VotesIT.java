package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class VotesIT extends PeerdeskIT {

    static final String BODY = QuestionsIT.BODY;

    @Test
    void votesCanBeCastChangedAndRetracted() {
        Member asker = api.newMember("asker");
        Member voter = api.moderator(); // voting down takes 125 reputation; staff may
        long q = api.ask(asker, "A question to vote up and down", BODY, "votes");

        Reply up = api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", voter.token());
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().getJsonNumber("postId").longValue()).isEqualTo(q);
        assertThat(up.json().getInt("score")).isEqualTo(1);
        assertThat(up.json().getInt("viewerVote")).isEqualTo(1);

        Reply again = api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", voter.token());
        assertThat(again.json().getInt("score")).isEqualTo(1);

        Reply down = api.put("/api/v1/posts/" + q + "/vote", "{\"value\":-1}", voter.token());
        assertThat(down.json().getInt("score")).isEqualTo(-1);
        assertThat(api.get("/api/v1/questions/" + q, voter.token()).json().getInt("viewerVote")).isEqualTo(-1);

        Reply retracted = api.delete("/api/v1/posts/" + q + "/vote", voter.token());
        assertThat(retracted.status()).isEqualTo(200);
        assertThat(retracted.json().getInt("score")).isZero();
        assertThat(retracted.json().getInt("viewerVote")).isZero();
        assertThat(api.get("/api/v1/questions/" + q).json().getInt("score")).isZero();
    }

    @Test
    void votingOnYourOwnPostIsForbidden() {
        Member asker = api.newVoter("selfvoter");
        long q = api.ask(asker, "Nobody may upvote their own question", BODY, "votes");
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", asker.token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/questions/" + q).json().getInt("score")).isZero();
    }

    @Test
    void invalidVotesAreRefused() {
        Member asker = api.newMember("asker");
        Member voter = api.newVoter("voter");
        long q = api.ask(asker, "Votes must be plus or minus one", BODY, "votes");
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":2}", voter.token()).status()).isEqualTo(422);
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":\"up\"}", voter.token()).status()).isEqualTo(400);
        assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", null).status()).isEqualTo(401);
        assertThat(api.put("/api/v1/posts/912345678/vote", "{\"value\":1}", voter.token()).status()).isEqualTo(404);
    }

    @Test
    void fiftySimultaneousUpvotesGiveAScoreOfExactlyFifty() throws Exception {
        Member asker = api.newMember("popular");
        long q = api.ask(asker, "Fifty people will upvote this at once", BODY, "concurrency");
        api.moderator();
        List<Member> voters = inParallel(50, i -> api.newVoter("fan" + i));

        List<Integer> statuses = inParallel(50, i ->
                api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", voters.get(i).token()).status());

        assertThat(statuses).containsOnly(200);
        assertThat(api.get("/api/v1/questions/" + q).json().getInt("score")).isEqualTo(50);
    }

    @Test
    void twentySimultaneousAnswersAreAllCounted() throws Exception {
        Member asker = api.newMember("busy");
        long q = api.ask(asker, "Twenty people will answer this at once", BODY, "concurrency");
        List<Member> helpers = inParallel(20, i -> api.newMember("helper" + i));

        List<Integer> statuses = inParallel(20, i -> api.post("/api/v1/questions/" + q + "/answers",
                Api.json(Map.of("body", "Answer number " + i + " with enough words to be posted.")),
                helpers.get(i).token()).status());

        assertThat(statuses).containsOnly(201);
        var thread = api.get("/api/v1/questions/" + q).json();
        assertThat(thread.getInt("answerCount")).isEqualTo(20);
        assertThat(thread.getJsonArray("answers")).hasSize(20);
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    static <T> List<T> inParallel(int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, count)
                    .mapToObj(i -> (Callable<T>) () -> task.run(i)).toList());
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
