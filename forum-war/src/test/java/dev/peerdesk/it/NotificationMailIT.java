package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notification e-mail through a real SMTP server (GreenMail, {@link ItMail}), sent from the outbox
 * by the server's delivery job (every 2 s): the headers mail clients need, one-click unsubscribe
 * without a session, and SMTP down for a while losing nothing and sending nothing twice.
 */
class NotificationMailIT extends PeerdeskIT {

    private static final ItMail MAIL = ItMail.start();

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 45_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250); // polling what the server's own 2-second job does, not waiting out a timer
        }
    }

    /** Only confirmed addresses get notification mail: each member confirms through the mailed link first. */
    private Member member(String name) {
        return api.newConfirmedMember(name, MAIL);
    }

    private MimeMessage onlyMailTo(Member member) throws InterruptedException {
        await("a mail to " + member.email(), () -> !MAIL.to(member.email()).isEmpty());
        List<MimeMessage> mails = MAIL.to(member.email());
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private Map<String, String> parts(MimeMessage mail) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < alternative.getCount(); i++) {
            var part = alternative.getBodyPart(i);
            parts.put(part.getContentType().split(";")[0].strip(), (String) part.getContent());
        }
        return parts;
    }

    private JsonStatus outbox() {
        Reply status = api.get("/api/v1/admin/mail", api.adminToken());
        assertThat(status.status()).isEqualTo(200);
        return new JsonStatus(status.json().getBoolean("enabled"), status.json().getJsonNumber("pending").longValue(),
                status.json().getJsonNumber("failing").longValue());
    }

    private record JsonStatus(boolean enabled, long pending, long failing) {
    }

    @Test
    void theAskerGetsTheAnswerByMailWithThreadingAndUnsubscribeHeaders() throws Exception {
        Member asker = member("mailed");
        Member answerer = member("mailer");
        Member follower = member("inapp");
        long q = api.ask(asker, "The scanner saves every page as a separate file", BODY, "notifications");
        assertThat(api.put("/api/v1/questions/" + q + "/follow", null, follower.token()).status()).isEqualTo(204);
        long a = api.answer(answerer, q, ANSWER);

        MimeMessage mail = onlyMailTo(asker);
        assertThat(mail.getSubject()).isEqualTo("New answer to “The scanner saves every page as a separate file”");
        assertThat(mail.getHeader("Message-ID", null)).matches("<notification-\\d+@peerdesk\\.it\\.test>");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo("<question-" + q + "@peerdesk.it.test>");
        assertThat(mail.getHeader("References", null)).isEqualTo("<question-" + q + "@peerdesk.it.test>");
        assertThat(mail.getHeader("List-Unsubscribe", null))
                .matches("<" + ItMail.PUBLIC_URL.replace(".", "\\.") + "/api/v1/unsubscribe/[^>]+>");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        Map<String, String> parts = parts(mail);
        assertThat(parts).containsOnlyKeys("text/plain", "text/html");
        String link = ItMail.PUBLIC_URL + "/questions/" + q + "#answer-" + a;
        assertThat(parts.get("text/plain")).contains(ANSWER).contains(link);
        assertThat(parts.get("text/html")).contains(ANSWER).contains("href=\"" + link + "\"");

        // a second mail of the same question threads with the first (it waits out the minute in which
        // a burst of answers folds into one mail)
        api.answer(api.newMember("second"), q, ANSWER + " Another way.");
        api.advanceClock(Duration.ofMinutes(1));
        await("the second mail", () -> MAIL.to(asker.email()).size() == 2);
        MimeMessage second = MAIL.to(asker.email()).get(1);
        assertThat(second.getHeader("References", null)).isEqualTo(mail.getHeader("References", null));
        assertThat(second.getHeader("Message-ID", null)).isNotEqualTo(mail.getHeader("Message-ID", null));
        assertThat(MAIL.to(follower.email())).as("followers are told in the app only").isEmpty();
        assertThat(MAIL.to(answerer.email())).isEmpty();
    }

    @Test
    void theOneClickUnsubscribeWorksWithoutASessionAndStopsThatTypeOnly() throws Exception {
        Member asker = member("leaver");
        long q = api.ask(asker, "The laptop fan runs at full speed all the time", BODY, "notifications");
        api.answer(api.newMember("fanfix"), q, ANSWER);
        String header = onlyMailTo(asker).getHeader("List-Unsubscribe", null);
        String path = header.substring(1, header.length() - 1).replace(ItMail.PUBLIC_URL, "");

        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");
        assertThat(api.send("POST", path + "x", "List-Unsubscribe=One-Click", null, form).status())
                .as("a forged token").isEqualTo(404);
        Reply unsubscribed = api.send("POST", path, "List-Unsubscribe=One-Click", null, form);
        assertThat(unsubscribed.status()).as(unsubscribed.toString()).isEqualTo(204);
        assertThat(unsubscribed.header("Set-Cookie")).as("no session").isNull();
        JsonObject settings = api.get("/api/v1/users/me/notification-settings", asker.token()).json();
        assertThat(settings.getString("ANSWER")).isEqualTo("OFF");
        assertThat(settings.getString("TICKET_UPDATED")).isEqualTo("INSTANT");

        api.answer(api.newMember("fanfix"), q, ANSWER + " Clean the vents.");
        // a ticket update is still mailed; the answer mail, written earlier, would have come first
        assertThat(api.post("/api/v1/questions/" + q + "/escalation", "{}", api.moderator().token()).status())
                .isIn(200, 201);
        await("the ticket mail", () -> MAIL.to(asker.email()).size() >= 2);
        List<MimeMessage> mails = MAIL.to(asker.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).getSubject())
                .isEqualTo("Your support ticket for “The laptop fan runs at full speed all the time” was escalated to support");
        Reply inApp = api.get("/api/v1/notifications?limit=100", asker.token());
        assertThat(inApp.json().getJsonArray("items").getJsonObject(1).getString("text"))
                .as("in-app still tells of the answers").isEqualTo("2 new answers to “The laptop fan runs at full speed all the time”");
    }

    @Test
    void mailWaitsWhileSmtpIsDownAndArrivesOnceItIsBack() throws Exception {
        assertThat(outbox().enabled()).isTrue();
        Member asker = member("patient");
        long q = api.ask(asker, "The printer queue is stuck on one document", BODY, "notifications");
        MAIL.down();
        try {
            api.answer(api.newMember("queuefix"), q, ANSWER); // SMTP is down: no confirmation mail either
            await("a failed attempt", () -> outbox().failing() > 0);
        } finally {
            MAIL.up();
        }
        assertThat(MAIL.to(asker.email())).isEmpty();
        api.advanceClock(Duration.ofMinutes(2)); // past the back-off instead of waiting it out
        await("the mail after SMTP is back", () -> !MAIL.to(asker.email()).isEmpty());
        // two more rounds of the delivery job: a second send of the retried mail would show up by now
        Thread.sleep(5_000);
        assertThat(MAIL.to(asker.email())).as("exactly once").hasSize(1);
        assertThat(MAIL.to(asker.email()).get(0).getSubject())
                .isEqualTo("New answer to “The printer queue is stuck on one document”");
    }

    @Test
    void aMemberCanChooseMailAtOnceForTypesThatGoToTheDigestByDefault() throws Exception {
        Member asker = member("chooser");
        Member answerer = member("optedin");
        String path = "/api/v1/users/me/notification-settings";
        JsonObject defaults = api.get(path, answerer.token()).json();
        assertThat(defaults.getString("ANSWER")).isEqualTo("INSTANT");
        assertThat(defaults.getString("OFFICIAL_ANSWER")).isEqualTo("INSTANT");
        assertThat(defaults.getString("TICKET_UPDATED")).isEqualTo("INSTANT");
        assertThat(defaults.getString("TICKET_MESSAGE")).isEqualTo("INSTANT");
        assertThat(defaults.getString("TICKET_ASSIGNED")).isEqualTo("INSTANT");
        assertThat(defaults.getString("SLA_AT_RISK")).isEqualTo("INSTANT");
        assertThat(defaults.getString("NUDGE")).isEqualTo("INSTANT");
        assertThat(defaults.getString("MENTION")).isEqualTo("INSTANT");
        assertThat(defaults.getString("COMMENT")).isEqualTo("DIGEST");
        assertThat(defaults.getString("ACCEPTED")).isEqualTo("DIGEST");
        assertThat(defaults.getString("NEW_QUESTION")).isEqualTo("DIGEST");
        assertThat(defaults.keySet()).as("every type").hasSize(11);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.put(path, "{\"COMMENT\":\"WEEKLY\"}", answerer.token()).status()).isEqualTo(422);
        assertThat(api.put(path, "{\"NOPE\":\"OFF\"}", answerer.token()).status()).isEqualTo(422);
        Reply changed = api.put(path, "{\"COMMENT\":\"INSTANT\"}", answerer.token());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getString("COMMENT")).isEqualTo("INSTANT");
        assertThat(changed.json().getString("ACCEPTED")).as("untouched").isEqualTo("DIGEST");

        long q = api.ask(asker, "The projector flickers when the laptop is charging", BODY, "notifications");
        long a = api.answer(answerer, q, ANSWER);
        Reply commented = api.post("/api/v1/posts/" + a + "/comments",
                "{\"body\":\"Does it also flicker on battery?\"}", asker.token());
        assertThat(commented.status()).isEqualTo(201);
        MimeMessage mail = onlyMailTo(answerer);
        assertThat(mail.getSubject())
                .isEqualTo("New comment on your post in “The projector flickers when the laptop is charging”");
        assertThat(parts(mail).get("text/plain")).contains(ItMail.PUBLIC_URL + "/questions/" + q + "#answer-" + a);
    }

    @Test
    void aBurstOfAnswersMailsTheAskerOnceOrTwiceWithTheFoldedCountNeverFiveTimes() throws Exception {
        Member asker = member("bursty");
        long q = api.ask(asker, "The office wifi asks for the password every hour", BODY, "notifications");
        for (int i = 0; i < 3; i++) {
            api.answer(api.newMember("burster" + i), q, ANSWER + " Way number " + i + ".");
        }
        api.advanceClock(Duration.ofMinutes(2)); // past the folding minute
        // the first answer's mail, if any, was due before the folded one, so it has arrived by then
        await("the folded mail", () -> MAIL.to(asker.email()).stream().anyMatch(m -> subject(m).contains("new answers")));
        List<String> subjects = MAIL.to(asker.email()).stream().map(NotificationMailIT::subject).toList();
        String title = "“The office wifi asks for the password every hour”";
        // the first answer's mail may have gone out before the others came: then the rest fold into one
        assertThat(subjects).isIn(List.of("3 new answers to " + title),
                List.of("New answer to " + title, "2 new answers to " + title));
        MimeMessage folded = MAIL.to(asker.email()).get(subjects.size() - 1);
        assertThat(parts(folded).get("text/plain")).contains(ItMail.PUBLIC_URL + "/questions/" + q + "#answer-");
    }

    private String text(MimeMessage mail) {
        try {
            return parts(mail).get("text/plain");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDailyDigestMailsTheUnreadDigestNotificationsOncePerDay() throws Exception {
        Member author = member("digester");
        Member asker = api.newMember("digestasker");
        long q1 = api.ask(asker, "The scanner stops after twenty pages", BODY, "notifications");
        Member asker2 = api.newMember("digestasker2");
        long q2 = api.ask(asker2, "The second monitor stays black after sleep", BODY, "notifications");
        long a1 = api.answer(author, q1, ANSWER);
        long a2 = api.answer(author, q2, ANSWER);
        for (Member commenter : List.of(asker, asker2)) {
            long a = commenter == asker ? a1 : a2;
            Reply commented = api.post("/api/v1/posts/" + a + "/comments",
                    "{\"body\":\"Which model is yours exactly?\"}", commenter.token());
            assertThat(commented.status()).isEqualTo(201);
        }
        // comments go to the digest by default; the one read before the digest is left out of it
        List<JsonObject> items = api.get("/api/v1/notifications?limit=10", author.token()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(2);
        long readId = items.stream().filter(n -> n.getJsonNumber("questionId").longValue() == q2).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertThat(api.post("/api/v1/notifications/read", "{\"ids\":[" + readId + "]}", author.token()).status())
                .isEqualTo(204);
        assertThat(MAIL.to(author.email())).as("no mail at once").isEmpty();

        api.advanceClock(Duration.ofDays(1)); // past the next 07:00 UTC
        await("the digest", () -> !MAIL.to(author.email()).isEmpty());
        String admin = api.adminToken();
        List<Reply> sweeps = VotesIT.inParallel(5, i -> api.post("/api/v1/admin/notifications/sweep", null, admin));
        assertThat(sweeps).extracting(Reply::status).containsOnly(200);
        MimeMessage digest = MAIL.to(author.email()).get(0);
        assertThat(digest.getSubject()).isEqualTo("Your Peerdesk digest: 1 update");
        assertThat(digest.getHeader("List-Unsubscribe", null)).startsWith("<" + ItMail.PUBLIC_URL + "/api/v1/unsubscribe/");
        Map<String, String> parts = parts(digest);
        assertThat(parts.get("text/plain")).contains("New comment on your post in “The scanner stops after twenty pages”")
                .contains(ItMail.PUBLIC_URL + "/questions/" + q1 + "#answer-" + a1)
                .doesNotContain("The second monitor stays black after sleep");
        assertThat(parts.get("text/html")).contains("href=\"" + ItMail.PUBLIC_URL + "/questions/" + q1 + "#answer-" + a1 + "\"");

        // the next comment goes into the next day's digest, which does not repeat the first one's
        Reply again = api.post("/api/v1/posts/" + a2 + "/comments", "{\"body\":\"It is the 27 inch one.\"}",
                asker2.token());
        assertThat(again.status()).isEqualTo(201);
        api.advanceClock(Duration.ofDays(1));
        await("the second digest", () -> MAIL.to(author.email()).stream()
                .anyMatch(m -> text(m).contains("The second monitor stays black after sleep")));
        // a second digest of the first day would have been due before this one: one digest per day
        assertThat(MAIL.to(author.email())).as("one digest per day, however many sweeps").hasSize(2);
        String second = parts(MAIL.to(author.email()).get(1)).get("text/plain");
        assertThat(second).contains("The second monitor stays black after sleep")
                .doesNotContain("The scanner stops after twenty pages");
    }

    /** Issue 11: by mail too, a ticket's news reach its asker and agent only, and a note reaches nobody. */
    @Test
    void ticketMailReachesTheAskerAndTheAgentButNeverAnotherMemberAndNotesMailNobody() throws Exception {
        Member asker = member("ticketmailed");
        Member follower = member("ticketneighbour"); // follows the question, with every kind of mail at once
        Member agent = api.newStaff("mailcarer", "AGENT");
        confirm(agent);
        String title = "The invoice PDF shows last month's usage";
        long q = api.ask(asker, title, BODY, "notifications");
        assertThat(api.put("/api/v1/questions/" + q + "/follow", null, follower.token()).status()).isEqualTo(204);
        StringBuilder all = new StringBuilder("{");
        for (String type : api.get("/api/v1/users/me/notification-settings", follower.token()).json().keySet()) {
            all.append(all.length() > 1 ? "," : "").append('"').append(type).append("\":\"INSTANT\"");
        }
        assertThat(api.put("/api/v1/users/me/notification-settings", all.append('}').toString(), follower.token())
                .status()).isEqualTo(200);

        Reply escalated = api.post("/api/v1/questions/" + q + "/escalation", "{}", api.moderator().token());
        assertThat(escalated.status()).isIn(200, 201);
        long ticket = escalated.json().getJsonNumber("id").longValue();
        assertThat(api.post("/api/v1/support/tickets/" + ticket + "/notes",
                "{\"body\":\"Internal: billing system migration bug.\"}", agent.token()).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/support/tickets/" + ticket + "/messages",
                "{\"body\":\"Which invoice number is it?\"}", agent.token()).status()).isEqualTo(201);

        String on = "“" + title + "”";
        await("the asker's ticket mails", () -> MAIL.to(asker.email()).size() >= 2);
        assertThat(MAIL.to(asker.email())).extracting(NotificationMailIT::subject).contains(
                "Your support ticket for " + on + " was escalated to support",
                "New private message on the ticket for " + on);
        Thread.sleep(5_000); // two more rounds of the delivery job: a wrongly queued mail would be out by now
        assertThat(MAIL.to(follower.email())).as("another member gets no mail of A's ticket").isEmpty();
        for (Member someone : List.of(asker, follower, agent)) {
            assertThat(MAIL.to(someone.email())).as("the note reaches nobody's mailbox")
                    .noneMatch(m -> text(m).contains("billing system migration"));
        }
    }

    private void confirm(Member member) {
        api.confirmEmail(member, MAIL);
    }
}
