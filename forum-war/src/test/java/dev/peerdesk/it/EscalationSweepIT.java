package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly one ticket per question, whatever runs the sweep: ten sweeps at once on one node, and
 * sweeps on two application instances sharing one MariaDB (a second Payara Micro started here
 * against the first one's database), with the periodic sweeps of both nodes running as well.
 */
class EscalationSweepIT extends PeerdeskIT {

    /**
     * {@code count} questions whose 1 s rule has run out. With one node the test moves that node's clock;
     * when a second node (with its own clock) sweeps too, the second really has to pass.
     */
    private List<Long> dueQuestions(Support support, String tag, int count, boolean secondNodeSweeps) throws Exception {
        api.ensureTags(tag);
        support.tagRule(tag, "PT1S", null, null);
        List<Member> askers = VotesIT.inParallel(count, i -> api.newMember("due" + i));
        List<Long> questions = VotesIT.inParallel(count, i -> api.ask(askers.get(i),
                "Question " + i + " that nobody answers in time", BODY, tag));
        if (secondNodeSweeps) {
            Thread.sleep(1_500); // both nodes' clocks must pass the questions' 1 s rule
        } else {
            api.advanceClock(java.time.Duration.ofSeconds(2));
        }
        return questions;
    }

    private void assertExactlyOneTicketEach(Support support, List<Long> questions, List<Reply> sweeps) {
        assertThat(sweeps).extracting(Reply::status).containsOnly(200);
        int escalatedBySweeps = sweeps.stream().mapToInt(r -> r.json().getInt("escalated")).sum();
        assertThat(escalatedBySweeps).as("no question counted twice").isLessThanOrEqualTo(questions.size());
        Set<Long> ticketIds = new HashSet<>();
        String moderator = api.moderator().token();
        for (long q : questions) {
            // a sweep skips rows another sweep holds (SKIP LOCKED): that one may still be committing
            JsonObject question = api.get("/api/v1/questions/" + q, moderator).json();
            long deadline = System.currentTimeMillis() + 20_000;
            while (!question.getBoolean("escalated") && System.currentTimeMillis() < deadline) {
                sleepBriefly();
                question = api.get("/api/v1/questions/" + q, moderator).json();
            }
            assertThat(question.getBoolean("escalated")).as("question %d escalated", q).isTrue();
            ticketIds.add(question.getJsonObject("ticket").getJsonNumber("id").longValue());
        }
        assertThat(ticketIds).hasSameSizeAs(questions);
        List<Long> audited = support.escalationsAudited(questions.size() * 4 + 400);
        for (long q : questions) {
            assertThat(audited.stream().filter(id -> id == q).count()).as("escalations of question %d", q).isEqualTo(1);
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void tenParallelSweepsOpenExactlyOneTicketPerDueQuestion() throws Exception {
        Support support = new Support(api);
        String tag = ("par" + Api.unique("").replace("-", "")).substring(0, 12);
        List<Long> questions = dueQuestions(support, tag, 30, false);

        String admin = api.adminToken();
        List<Reply> sweeps = VotesIT.inParallel(10, i -> api.post("/api/v1/admin/escalation/sweep", null, admin));

        assertExactlyOneTicketEach(support, questions, sweeps);
        assertThat(api.post("/api/v1/admin/escalation/sweep", null, api.newMember("nobody").token()).status())
                .isEqualTo(403);
    }

    @Test
    void twoApplicationInstancesSharingTheDatabaseOpenOneTicketPerQuestionAndSendEachMailOnce() throws Exception {
        Support support = new Support(api);
        Process secondNode = null;
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            secondNode = startSecondNode(port);
            Api second = new Api(new URL("http://127.0.0.1:" + port + "/"));
            awaitUp(second, secondNode);
            // one server runs all IT classes and some move its clock forward by days; a node that
            // just started would find nothing due and take no part in the sweeps below
            java.time.Duration behind = java.time.Duration.between(second.serverNow(), api.serverNow());
            if (!behind.isNegative() && !behind.isZero()) {
                second.advanceClock(behind);
            }

            String tag = ("two" + Api.unique("").replace("-", "")).substring(0, 12);
            List<Long> questions = dueQuestions(support, tag, 30, true);
            String admin = api.adminToken();
            List<Reply> sweeps = VotesIT.inParallel(10, i -> (i % 2 == 0 ? api : second)
                    .post("/api/v1/admin/escalation/sweep", null, admin));

            assertExactlyOneTicketEach(support, questions, sweeps);
            // both nodes serve the same tickets
            long q = questions.get(0);
            assertThat(second.get("/api/v1/questions/" + q, api.moderator().token()).json().getJsonObject("ticket"))
                    .isEqualTo(api.get("/api/v1/questions/" + q, api.moderator().token()).json().getJsonObject("ticket"));

            // both nodes send from the one mail outbox: mails queued while SMTP is down go out once
            // it is back, each exactly once, whichever node's delivery job claims it
            ItMail mail = ItMail.start();
            List<Member> askers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                askers.add(api.newConfirmedMember("twonodes", mail)); // notification mail needs a confirmed address
            }
            String mailTag = ("mail" + Api.unique("").replace("-", "")).substring(0, 12); // no 1 s escalation rule
            api.ensureTags(mailTag);
            mail.down();
            try {
                for (int i = 0; i < askers.size(); i++) {
                    long mailed = (i % 2 == 0 ? api : second).ask(askers.get(i), "Two nodes, one outbox, question " + i
                            + " " + Api.unique(""), BODY, mailTag);
                    (i % 2 == 0 ? second : api).answer(api.newMember("twohelper"), mailed, ANSWER);
                }
            } finally {
                mail.up();
            }
            long deadline = System.currentTimeMillis() + 90_000;
            while (askers.stream().anyMatch(a -> mail.to(a.email()).isEmpty()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(250); // polling the nodes' own 2-second delivery jobs
            }
            Thread.sleep(5_000); // two more rounds of both jobs: a second send would show up by now
            for (Member asker : askers) {
                assertThat(mail.to(asker.email())).as("mails to " + asker.email()).extracting(m -> m.getSubject())
                        .hasSize(1);
            }

            // the second node dies (SIGKILL) in the middle of a sweep: what it did not commit is
            // rolled back, and the first node's sweep escalates the rest, each question once
            String crashTag = ("crash" + Api.unique("").replace("-", "")).substring(0, 12);
            List<Long> more = dueQuestions(support, crashTag, 60, true);
            Process dying = secondNode;
            Thread sweeping = new Thread(() -> {
                try {
                    second.post("/api/v1/admin/escalation/sweep", null, admin);
                } catch (AssertionError connectionLost) {
                    // expected: the node is killed while it answers
                }
            });
            sweeping.start();
            Thread.sleep(150);
            dying.destroyForcibly().waitFor();
            sweeping.join();
            Reply afterCrash = api.post("/api/v1/admin/escalation/sweep", null, admin);
            assertExactlyOneTicketEach(support, more, List.of(afterCrash));
        } finally {
            if (secondNode != null) {
                secondNode.destroy();
                if (!secondNode.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    secondNode.destroyForcibly();
                }
            }
        }
    }

    /** A second Payara Micro with the same WAR, pointed at the first node's embedded MariaDB. */
    private Process startSecondNode(int port) throws IOException {
        Path dataDir = Path.of(System.getenv("FORUM_DATA_DIR"));
        String dbUrl = Files.readString(dataDir.resolve("embedded-db.url")).strip();
        Path nodeDir = dataDir.resolveSibling("it-node2");
        Files.createDirectories(nodeDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("peerdesk.war"),
                "--port", String.valueOf(port), "--nohazelcast", "--rootDir", nodeDir.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("node2.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("FORUM_DB_URL", dbUrl);
        // the embedded database's own account and generated password (README, Security)
        env.put("FORUM_DB_USER", "peerdesk");
        env.put("FORUM_DB_PASSWORD", Files.readString(dataDir.resolve("embedded-db.password")).strip());
        env.put("FORUM_DATA_DIR", nodeDir.toString());
        env.put("FORUM_ESCALATION_SWEEP_INTERVAL", "PT2S");
        env.put("FORUM_CLOCK_CONTROL", "true");
        // the same SMTP server as the first node (ItMail's system properties, as environment)
        for (String property : ItMail.start().systemProperties().split(" ")) {
            String[] pair = property.substring(2).split("=", 2);
            env.put(pair[0], pair[1]);
        }
        return builder.start();
    }

    private static void awaitUp(Api node, Process process) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            assertThat(process.isAlive()).as("second node is running (see target/it-node2/node2.log)").isTrue();
            try {
                Reply health = node.get("/health");
                // Payara answers UP with no checks before the application is deployed
                if (health.status() == 200 && health.text().contains("\"UP\"") && health.text().contains("database")) {
                    return;
                }
            } catch (AssertionError notYet) {
                // connection refused while it starts
            }
            Thread.sleep(500);
        }
        throw new AssertionError("second node did not come up; see " + new File("target/it-node2/node2.log").getAbsolutePath());
    }
}
