package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionsIT extends PeerdeskIT {

    static final String BODY = "This body explains the problem in enough detail for others to help.";

    @Test
    void askingReturnsTheCreatedQuestion() {
        Member asker = api.newMember("asker");
        api.ensureTags("api", "security");
        Reply asked = api.post("/api/v1/questions", Api.question("How do I rotate my API keys safely?",
                "I want to **rotate** keys without downtime. " + BODY, "api", "Security"), asker.token());

        assertThat(asked.status()).isEqualTo(201);
        JsonObject q = asked.json();
        long id = q.getJsonNumber("id").longValue();
        assertThat(asked.header("Location")).endsWith("/api/v1/questions/" + id);
        assertThat(q.getString("title")).isEqualTo("How do I rotate my API keys safely?");
        assertThat(q.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("api", "security");
        assertThat(q.getString("bodyHtml")).contains("<strong>rotate</strong>");
        assertThat(q.getInt("score")).isZero();
        assertThat(q.getInt("answerCount")).isZero();
        assertThat(q.getString("status")).isEqualTo("OPEN");
        assertThat(q.getJsonObject("author").getJsonNumber("id").longValue()).isEqualTo(asker.id());
        assertThat(q.get("acceptedAnswerId")).isEqualTo(JsonValue.NULL);
        assertThat(q.getBoolean("escalated")).isFalse();
    }

    @Test
    void visitorsCannotAsk() {
        Reply asked = api.post("/api/v1/questions", Api.question("A perfectly fine question title", BODY, "x"), null);
        assertThat(asked.status()).isEqualTo(401);
    }

    @Test
    void everyLimitOfAQuestionIsEnforced() {
        Member asker = api.newMember("limits");
        api.ensureTags("ok", "t".repeat(35));
        Reply tooShort = api.post("/api/v1/questions", Api.question("Too short", "short body", "ok"), asker.token());
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.errorFields()).contains("title", "body");

        Reply tooLong = api.post("/api/v1/questions", Api.question("t".repeat(151), "b".repeat(30_001), "ok"),
                asker.token());
        assertThat(tooLong.errorFields()).contains("title", "body");

        Reply noTags = api.post("/api/v1/questions", Api.question("A valid title for a question", BODY), asker.token());
        assertThat(noTags.status()).isEqualTo(422);
        assertThat(noTags.errorFields()).containsExactly("tags");

        Reply sixTags = api.post("/api/v1/questions", Api.question("A valid title for a question", BODY,
                "a", "b", "c", "d", "e", "f"), asker.token());
        assertThat(sixTags.errorFields()).containsExactly("tags");

        Reply badTag = api.post("/api/v1/questions", Api.question("A valid title for a question", BODY,
                "no spaces allowed"), asker.token());
        assertThat(badTag.errorFields()).containsExactly("tags");
        Reply longTag = api.post("/api/v1/questions", Api.question("A valid title for a question", BODY,
                "t".repeat(36)), asker.token());
        assertThat(longTag.errorFields()).containsExactly("tags");

        Reply exactLimits = api.post("/api/v1/questions", Api.question("t".repeat(150), "b".repeat(30_000),
                "t".repeat(35)), asker.token());
        assertThat(exactLimits.status()).isEqualTo(201);
    }

    @Test
    void wrongTypesAreABadRequest() {
        Member asker = api.newMember("types");
        Reply tagsAsString = api.post("/api/v1/questions",
                "{\"title\":\"A valid title for a question\",\"body\":\"" + BODY + "\",\"tags\":\"java\"}", asker.token());
        assertThat(tagsAsString.status()).isEqualTo(400);
        Reply notAnObject = api.post("/api/v1/questions", "[1,2,3]", asker.token());
        assertThat(notAnObject.status()).isEqualTo(400);
    }

    @Test
    void unicodeTextRoundTrips() {
        Member asker = api.newMember("unicode");
        String title = "Émoji 🚀 and 日本語 and עברית in one title";
        String body = "Body with 😀 emoji, 中文字符 and مرحبا بالعالم — all must survive.";
        long id = api.ask(asker, title, body, "unicode");
        JsonObject q = api.get("/api/v1/questions/" + id).json();
        assertThat(q.getString("title")).isEqualTo(title);
        assertThat(q.getString("body")).isEqualTo(body);
    }

    @Test
    void markdownIsRenderedAndScriptsNeverReachThePage() {
        Member asker = api.memberWithReputation("xss", 1); // new members' posts with links wait for approval
        String body = "Hello <script>alert('x')</script> <img src=x onerror=alert(1)> "
                + "[click](javascript:alert(1)) and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ https://example.com";
        long id = api.ask(asker, "Is this body rendered safely?", body, "security");
        String html = api.get("/api/v1/questions/" + id).json().getString("bodyHtml");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:");
        assertThat(html).contains("<table>").contains("<del>old</del>").contains("href=\"https://example.com\"");
    }

    @Test
    void readingAQuestionCountsTheView() {
        Member asker = api.newMember("views");
        long id = api.ask(asker, "Does reading count as a view?", BODY, "views");
        api.get("/api/v1/questions/" + id);
        api.get("/api/v1/questions/" + id); // the same visitor again: still one view (issue 9)
        api.get("/api/v1/questions/" + id, api.newMember("viewer").token());
        assertThat(api.get("/api/v1/questions/" + id).json().getInt("viewCount")).isEqualTo(2);
    }

    @Test
    void unknownQuestionsAreNotFound() {
        assertThat(api.get("/api/v1/questions/987654321").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/questions/987654321").header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void editsKeepAFullRevisionHistory() {
        Member asker = api.newMember("editor");
        long id = api.ask(asker, "First version of the title", BODY, "history");
        Reply edited = api.patch("/api/v1/questions/" + id, Api.json(Map.of("title", "Second version of the title",
                "summary", "clearer title")), asker.token());
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().getString("title")).isEqualTo("Second version of the title");
        assertThat(edited.json().getString("body")).isEqualTo(BODY);

        Reply revisions = api.get("/api/v1/questions/" + id + "/revisions");
        assertThat(revisions.status()).isEqualTo(200);
        assertThat(revisions.array()).hasSize(2);
        JsonObject first = revisions.array().getJsonObject(0);
        JsonObject second = revisions.array().getJsonObject(1);
        assertThat(first.getInt("revision")).isEqualTo(1);
        assertThat(first.getString("title")).isEqualTo("First version of the title");
        assertThat(second.getInt("revision")).isEqualTo(2);
        assertThat(second.getString("summary")).isEqualTo("clearer title");
        assertThat(second.getString("title")).isEqualTo("Second version of the title");
        assertThat(second.getJsonNumber("authorId").longValue()).isEqualTo(asker.id());
    }

    @Test
    void othersCannotEditWithoutTheEditPrivilege() {
        Member asker = api.newMember("owner");
        Member stranger = api.newMember("stranger");
        long id = api.ask(asker, "Only I should edit this one", BODY, "ownership");
        Reply edit = api.patch("/api/v1/questions/" + id, Api.json(Map.of("title", "Vandalised title here!")),
                stranger.token());
        assertThat(edit.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/questions/" + id).json().getString("title")).isEqualTo("Only I should edit this one");

        Member moderator = api.newStaff("mod", "MODERATOR");
        assertThat(api.patch("/api/v1/questions/" + id, Api.json(Map.of("title", "Improved by a moderator")),
                moderator.token()).status()).isEqualTo(200);
    }

    @Test
    void editingTagsMovesTheTagCounts() {
        Member asker = api.newMember("retag");
        String before = Api.unique("before").toLowerCase();
        String after = Api.unique("after").toLowerCase();
        long id = api.ask(asker, "Retagging moves the counts", BODY, before);
        assertThat(tagCount(before)).isEqualTo(1);
        api.ensureTags(after);
        api.patch("/api/v1/questions/" + id, "{\"tags\":[\"" + after + "\"]}", asker.token());
        assertThat(tagCount(before)).isZero();
        assertThat(tagCount(after)).isEqualTo(1);
        assertThat(api.get("/api/v1/questions?tag=" + after).json().getJsonArray("items")).hasSize(1);
        assertThat(api.get("/api/v1/questions?tag=" + before).json().getJsonArray("items")).isEmpty();
    }

    private int tagCount(String tag) {
        return api.get("/api/v1/tags?sort=name&limit=100").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").equals(tag)).mapToInt(t -> t.getInt("questionCount")).sum();
    }

    @Test
    void askersDeleteUnansweredQuestionsOnly() {
        Member asker = api.memberWithReputation("deleter", 1); // new members ask once per 10 minutes
        Member helper = api.newMember("helper");
        long lonely = api.ask(asker, "Nobody will answer this one", BODY, "deleting");
        assertThat(api.delete("/api/v1/questions/" + lonely, helper.token()).status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/questions/" + lonely, asker.token()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/questions/" + lonely).status()).isEqualTo(404);

        long answered = api.ask(asker, "Somebody will answer this one", BODY, "deleting");
        api.answer(helper, answered, "Here is an answer that is long enough to be posted.");
        assertThat(api.delete("/api/v1/questions/" + answered, asker.token()).status()).isEqualTo(409);
        Member moderator = api.newStaff("cleaner", "MODERATOR");
        assertThat(api.delete("/api/v1/questions/" + answered, moderator.token()).status()).isEqualTo(204);
    }

    @Test
    void listsPageByCursorWithoutGapsOrRepeats() {
        Member asker = api.memberWithReputation("pager", 1);
        String tag = Api.unique("page").toLowerCase();
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asked.add(api.ask(asker, "Paged question number " + i + " here", BODY, tag));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Reply page = api.get("/api/v1/questions?sort=newest&limit=2&tag=" + tag + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.json().getJsonArray("items").forEach(q -> seen.add(q.asJsonObject().getJsonNumber("id").longValue()));
            cursor = page.json().isNull("nextCursor") ? null : page.json().getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        List<Long> newestFirst = new ArrayList<>(asked);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void votesSortPutsTheHighestScoreFirstAndUnansweredExcludesSolvedOnes() {
        Member asker = api.memberWithReputation("sorter", 1);
        Member helper = api.newMember("sorthelper");
        Member voter = api.moderator();
        String tag = Api.unique("sort").toLowerCase();
        long low = api.ask(asker, "Question that nobody likes much", BODY, tag);
        long high = api.ask(asker, "Question that everybody likes a lot", BODY, tag);
        api.put("/api/v1/posts/" + high + "/vote", "{\"value\":1}", voter.token());
        api.put("/api/v1/posts/" + low + "/vote", "{\"value\":-1}", voter.token());

        List<Long> byVotes = ids(api.get("/api/v1/questions?sort=votes&tag=" + tag));
        assertThat(byVotes).containsExactly(high, low);

        long answer = api.answer(helper, high, "A helpful answer that is long enough to post.");
        api.put("/api/v1/posts/" + answer + "/vote", "{\"value\":1}", voter.token());
        assertThat(ids(api.get("/api/v1/questions?sort=unanswered&tag=" + tag))).containsExactly(low);
        assertThat(ids(api.get("/api/v1/questions?sort=active&tag=" + tag))).containsExactly(high, low);
    }

    @Test
    void badListParametersAreInvalid() {
        assertThat(api.get("/api/v1/questions?sort=random").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/questions?limit=0").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/questions?limit=101").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/questions?cursor=garbage!").status()).isEqualTo(422);
    }

    @Test
    void similarQuestionsAreSuggestedForADraftTitle() {
        Member asker = api.newMember("similar");
        String word = "zq" + Api.unique("w").replace("-", "").substring(2, 10);
        long id = api.ask(asker, "How to configure " + word + " retention policy", BODY, "similar");
        Reply similar = api.get("/api/v1/questions/similar?title=" + word + "+retention");
        assertThat(similar.status()).isEqualTo(200);
        assertThat(similar.array().size()).isBetween(1, 5);
        assertThat(similar.array().getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);
    }

    @Test
    void searchFindsTitlesAndBodiesWithSnippetsAndFilters() {
        Member asker = api.memberWithReputation("searcher", 1);
        Member helper = api.newMember("searchhelper");
        String word = "xk" + Api.unique("s").replace("-", "").substring(2, 10);
        long inTitle = api.ask(asker, "Problem with " + word + " in the title", BODY, "search");
        long inBody = api.ask(asker, "Another problem entirely here", "The body mentions " + word
                + " somewhere in the middle of a long explanation.", "search");
        long answer = api.answer(helper, inBody, "An accepted answer that is long enough to post.");
        api.put("/api/v1/questions/" + inBody + "/accepted-answer", "{\"answerId\":" + answer + "}", asker.token());

        Reply all = api.get("/api/v1/search?q=" + word);
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all)).containsExactlyInAnyOrder(inTitle, inBody);
        JsonObject bodyHit = all.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == inBody).findFirst().orElseThrow();
        assertThat(bodyHit.getString("snippet")).contains(word);

        assertThat(ids(api.get("/api/v1/search?q=" + word + "&accepted=true"))).containsExactly(inBody);
        assertThat(ids(api.get("/api/v1/search?q=" + word + "&accepted=false"))).containsExactly(inTitle);
        assertThat(ids(api.get("/api/v1/search?q=" + word + "&tag=nosuchtag"))).isEmpty();
        assertThat(api.get("/api/v1/search").status()).isEqualTo(422);
    }

    @Test
    void tagsAreListedWithTheirQuestionCounts() {
        Member asker = api.memberWithReputation("tagger", 1);
        String tag = Api.unique("counted").toLowerCase();
        api.ask(asker, "First question with a counted tag", BODY, tag);
        api.ask(asker, "Second question with a counted tag", BODY, tag);
        assertThat(tagCount(tag)).isEqualTo(2);
        assertThat(api.get("/api/v1/tags?sort=sideways").status()).isEqualTo(422);
    }

    @Test
    void retryingAnAskWithTheSameIdempotencyKeyPostsOnce() {
        Member asker = api.newMember("retrier");
        String tag = Api.unique("idem").toLowerCase();
        api.ensureTags(tag);
        String body = Api.question("Posted exactly once despite a retry", BODY, tag);
        Map<String, String> key = Map.of("Idempotency-Key", Api.unique("k"));
        Reply first = api.send("POST", "/api/v1/questions", body, asker.token(), key);
        Reply retry = api.send("POST", "/api/v1/questions", body, asker.token(), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(api.get("/api/v1/questions?tag=" + tag).json().getJsonArray("items")).hasSize(1);
    }

    static List<Long> ids(Reply page) {
        return page.json().getJsonArray("items").stream()
                .map(q -> q.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
