package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import dev.peerdesk.question.control.QuestionQueries.ListStatement;
import dev.peerdesk.question.control.QuestionQueries.Sort;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the question lists are index ranges (checked with EXPLAIN on the real MariaDB), related
 * questions are stored when a question is asked or retitled, and visitors' pages come from the page
 * cache with an ETag, gzip, and at once fresh after a write on this node.
 */
class PagePerformanceIT extends PeerdeskIT {

    private static final String BODY = "A body that is long enough for the rules and says what happens, in words.";

    // --- query plans ------------------------------------------------------------------------------

    @Test
    void everyQuestionListIsOneIndexRangeWithoutSorting() throws Exception {
        try (Connection db = database(); Statement statement = db.createStatement()) {
            long tag = anyTagId(statement);
            for (Sort sort : Sort.values()) {
                for (boolean after : List.of(false, true)) {
                    Plan untagged = explain(statement, new ListStatement(sort, false, false, after), tag);
                    assertThat(untagged.key(0)).as("%s after=%s: %s", sort, after, untagged)
                            .isEqualTo("ix_question_" + sort.name().toLowerCase());
                    assertThat(untagged.extras()).as("%s after=%s: %s", sort, after, untagged)
                            .doesNotContain("filesort").doesNotContain("temporary");

                    // a big tag walks the sort's own index and checks the tag by primary key
                    Plan bigTag = explain(statement, new ListStatement(sort, true, false, after), tag);
                    assertThat(bigTag.key(0)).as("%s big tag: %s", sort, bigTag)
                            .isEqualTo("ix_question_" + sort.name().toLowerCase());
                    assertThat(bigTag.extras()).as("%s big tag: %s", sort, bigTag).doesNotContain("filesort");
                    assertThat(bigTag.rows).as("%s big tag: %s", sort, bigTag).anySatisfy(row ->
                            assertThat(row).containsEntry("table", "qt").containsEntry("type", "eq_ref"));

                    // a small tag (or any tag, newest first) reads its question_tag range
                    Plan smallTag = explain(statement, new ListStatement(sort, true, true, after), tag);
                    assertThat(smallTag.rows.get(0)).as("%s small tag: %s", sort, smallTag)
                            .containsEntry("table", "qt").containsEntry("key", "PRIMARY");
                    assertThat(smallTag.rows.get(1)).as("%s small tag: %s", sort, smallTag)
                            .containsEntry("table", "p").containsEntry("type", "eq_ref");
                    if (sort == Sort.NEWEST || sort == Sort.UNANSWERED) { // already in id order
                        assertThat(smallTag.extras()).as("%s small tag: %s", sort, smallTag).doesNotContain("filesort");
                    }
                }
            }
            Plan related = explainSql(statement, "SELECT related_id FROM related_question WHERE question_id = 1"
                    + " ORDER BY position");
            assertThat(related.key(0)).as(related.toString()).isEqualTo("PRIMARY");
            assertThat(related.extras()).doesNotContain("filesort");
        }
    }

    // --- related questions -----------------------------------------------------------------------

    @Test
    void relatedQuestionsAreStoredWhenAskedAndFollowARetitle() {
        // new members may ask once every ten minutes: one asker per question
        Member asker = api.newMember("relating");
        String word = "zq" + Api.unique("w").replaceAll("[^A-Za-z0-9]", "");
        String first = "How do I rotate the " + word + " signing secret every month";
        long firstId = api.ask(asker, first, BODY, "webhooks");
        long second = api.ask(api.newMember("relating"), "Rotating a " + word + " secret breaks the old deliveries", BODY, "webhooks");

        // the second was asked after the first: its list has the first at once
        assertThat(relatedBox(visitorPage(second).text())).contains(first);
        // the first was asked before the second existed: nothing of it yet (the job refreshes later)
        String unrelated = "Where can I download the yearly tax statement as a spreadsheet";
        Member thirdAsker = api.newMember("relating");
        long third = api.ask(thirdAsker, unrelated, BODY, "billing");
        assertThat(relatedBox(visitorPage(third).text())).doesNotContain(word);

        // retitled to the same subject, the third's list is computed again
        Reply edit = api.patch("/api/v1/questions/" + third, Api.json(Map.of("title",
                "Rotate the " + word + " signing secret without downtime")), thirdAsker.token());
        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
        assertThat(relatedBox(visitorPage(third).text())).contains(first);

        // a deleted question leaves the lists that name it
        assertThat(api.delete("/api/v1/questions/" + firstId, api.moderator().token()).status()).isEqualTo(204);
        assertThat(relatedBox(visitorPage(second).text())).doesNotContain(first);
    }

    // --- the visitors' page cache ----------------------------------------------------------------

    @Test
    void aVisitorsPageIsStoredRevalidatedAndFreshAfterAWrite() throws Exception {
        Member asker = api.newMember("cached");
        long id = api.ask(asker, "Does the page show a new answer to visitors at once?", BODY, "pages");

        Reply first = visitorPage(id);
        Reply second = visitorPage(id);
        assertThat(first.header("ETag")).isNotBlank().isEqualTo(second.header("ETag"));
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(first.header("Set-Cookie")).isNull();

        // a browser that has the page gets a 304 and no body
        Reply revalidated = api.send("GET", "/questions/" + id, null, null,
                Map.of("Accept", "text/html", "If-None-Match", first.header("ETag")));
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.text()).isEmpty();

        // gzip for browsers that take it: the same page, smaller
        HttpResponse<byte[]> zipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.root() + "/questions/" + id)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(first.text().getBytes(StandardCharsets.UTF_8).length / 2);
        assertThat(gunzip(zipped.body())).isEqualTo(first.text());

        // an answer written on this node shows to the next visitor, and the old ETag no longer matches
        api.answer(api.newMember("fresh"), id, "Yes: this answer must be on the very next page a visitor gets.");
        Reply after = visitorPage(id);
        assertThat(after.text()).contains("this answer must be on the very next page a visitor gets");
        assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
        assertThat(api.send("GET", "/questions/" + id, null, null,
                Map.of("Accept", "text/html", "If-None-Match", first.header("ETag"))).status()).isEqualTo(200);

        // signed in, a page is always rendered for the reader and never stored
        Reply signedIn = api.send("GET", "/questions/" + id, null, null,
                Map.of("Accept", "text/html", "Cookie", "peerdesk_session=" + asker.token()));
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.header("ETag")).isNull();
        assertThat(signedIn.text()).contains("Sign out");
    }

    @Test
    void scriptsAndStylesTravelCompressedAndAreCachedForAWeek() throws Exception {
        String path = "/jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=15.0.8";
        // as a browser talks to a plain-HTTP address (Java's client would otherwise upgrade to h2c)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(URI.create(api.root() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> zipped = client.send(HttpRequest.newBuilder(URI.create(api.root() + path))
                .header("Accept-Encoding", "gzip, br").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(zipped.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=604800"));
        // PrimeFaces' largest script: over half a megabyte as it is, about a fifth of that compressed
        assertThat(plain.body().length).isGreaterThan(400_000);
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    @Test
    void pagesServedFromTheCacheStillCountEachVisitorsView() {
        Member asker = api.newMember("counted");
        long id = api.ask(asker, "Are views counted when the page comes from memory?", BODY, "pages");
        int before = api.get("/api/v1/questions/" + id).json().getInt("viewCount");
        for (String browser : List.of("Browser-One/1.0", "Browser-Two/2.0", "Browser-Three/3.0")) {
            Reply page = api.send("GET", "/questions/" + id, null, null,
                    Map.of("Accept", "text/html", "User-Agent", browser));
            assertThat(page.status()).isEqualTo(200);
        }
        // this test's own first read, and three visitors (address and browser), two served from the cache.
        // Polled: a read during the five-second flush of ViewCounter can miss the views being written
        // (seen once in the full suite; a ViewCounter race, not the cache's).
        long deadline = System.currentTimeMillis() + 12_000;
        int counted = api.get("/api/v1/questions/" + id).json().getInt("viewCount") - before;
        while (counted != 4 && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
            counted = api.get("/api/v1/questions/" + id).json().getInt("viewCount") - before;
        }
        assertThat(counted).isEqualTo(4);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Reply visitorPage(long questionId) {
        Reply page = api.send("GET", "/questions/" + questionId, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page;
    }

    /** The text of the page's related-questions box (empty when the page has none). */
    private static String relatedBox(String html) {
        int start = html.indexOf("Related questions");
        if (start < 0) {
            return "";
        }
        int end = html.indexOf("</ul>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The shared server's embedded MariaDB, with the account and password it writes for tools (README). */
    private static Connection database() throws IOException, SQLException {
        Path dataDir = Path.of(System.getenv("FORUM_DATA_DIR"));
        String url = Files.readString(dataDir.resolve("embedded-db.url")).strip();
        return DriverManager.getConnection(url, "peerdesk",
                Files.readString(dataDir.resolve("embedded-db.password")).strip());
    }

    private static long anyTagId(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT MIN(id) FROM tag")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Plan explain(Statement statement, ListStatement list, long tag) throws SQLException {
        String sql = list.sql().replace("?1", String.valueOf(tag)).replace("?2", "'2026-01-01'")
                .replace("?3", "1000000").replace("?4", "21");
        if (list.sort() == Sort.VOTES) {
            sql = sql.replace("'2026-01-01'", "3");
        }
        return explainSql(statement, sql);
    }

    private static Plan explainSql(Statement statement, String sql) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet plan = statement.executeQuery("EXPLAIN " + sql)) {
            while (plan.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String column : List.of("table", "type", "key", "rows", "Extra")) {
                    row.put(column, plan.getString(column) == null ? "" : plan.getString(column));
                }
                rows.add(row);
            }
        }
        return new Plan(sql, rows);
    }

    private record Plan(String sql, List<Map<String, String>> rows) {

        String key(int row) {
            return rows.get(row).get("key");
        }

        String extras() {
            return String.join(" ", rows.stream().map(r -> r.get("Extra")).toList());
        }

        @Override
        public String toString() {
            return sql + " → " + rows;
        }
    }
}
