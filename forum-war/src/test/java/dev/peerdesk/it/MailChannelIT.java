package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail as a channel (issue 13) with a real mail server (GreenMail's SMTP for what the server sends,
 * its IMAP mailbox for what it polls) and the relay's HTTP way in: a reply to each kind of notification
 * mail becomes the right post with only the new text; refusals get one polite notice; machines get
 * none; each message counts once however often and by however many pollers it is fetched.
 */
class MailChannelIT extends PeerdeskIT {

    private static final ItMail MAIL = ItMail.start();
    private static final String GMAIL_QUOTE = "\r\n\r\nOn Tue, 1 Dec 2026 at 10:00, Peerdesk <peerdesk@peerdesk.it.test>\r\n"
            + "wrote:\r\n\r\n> Someone answered your question\r\n> It is in the settings.\r\n";

    private static <T> T await(String what, Supplier<T> value) {
        long deadline = System.currentTimeMillis() + 45_000;
        while (true) {
            T v = value.get();
            if (v != null && !Boolean.FALSE.equals(v)) {
                return v;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(250); // polling what the server's own jobs do, not waiting out a timer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The first notification mail of {@code type} to the member; its Reply-To address. */
    private String replyAddressOf(Member member, String type) {
        MimeMessage mail = await(type + " mail to " + member.email(), () -> MAIL.to(member.email()).stream()
                .filter(m -> type.equals(header(m, "X-Peerdesk-Notification"))).findFirst().orElse(null));
        try {
            assertThat(mail.getReplyTo()).hasSize(1);
            String address = ((InternetAddress) mail.getReplyTo()[0]).getAddress();
            assertThat(address).matches("reply\\+[a-z2-7]{32}@" + ItMail.REPLY_DOMAIN.replace(".", "\\."));
            String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
            assertThat(text).contains("Reply to this e-mail");
            return address;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Mails the pipeline wrote to {@code address} of one type (MAIL_REFUSED, MAIL_INVITE, MAIL_ASKED, MAIL_NOTE). */
    private static List<MimeMessage> pipelineMails(String address, String type) {
        return MAIL.accountMailsTo(address).stream().filter(m -> type.equals(header(m, "X-Peerdesk-Account-Mail")))
                .toList();
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    /** A plain reply as Gmail writes it: the new text, then "On … wrote:" over two lines and the quote. */
    private static String gmailReply(String from, String to, String subject, String newText, String... extraHeaders) {
        return "From: Customer <" + from + ">\r\nTo: " + to + "\r\nSubject: Re: " + subject + "\r\n"
                + "Date: Tue, 1 Dec 2026 10:05:00 +0000\r\nMessage-ID: <" + UUID.randomUUID() + "@mail.gmail.com>\r\n"
                + String.join("", List.of(extraHeaders).stream().map(h -> h + "\r\n").toList())
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + newText + GMAIL_QUOTE;
    }

    /** An HTML-only reply as Outlook on the web writes it: the new text, then its divRplyFwdMsg header block. */
    private static String outlookReply(String from, String to, String subject, String newHtml) {
        return "From: Customer <" + from + ">\r\nTo: " + to + "\r\nSubject: RE: " + subject + "\r\n"
                + "Date: Tue, 1 Dec 2026 10:05:00 +0000\r\nMessage-ID: <" + UUID.randomUUID()
                + "@EUR01.prod.outlook.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n<html><head><style>p{margin:0}</style></head><body>"
                + "<div dir=\"ltr\">" + newHtml + "</div><div id=\"appendonsend\"></div><hr style=\"display:inline-block\">"
                + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>From:</b> Peerdesk &lt;peerdesk@peerdesk.it.test&gt;<br>"
                + "<b>Sent:</b> Tuesday, December 1, 2026 10:00<br><b>To:</b> " + from + "<br><b>Subject:</b> "
                + subject + "</div><div>Support escalated your question.</div></body></html>\r\n";
    }

    private Reply postMail(String raw) {
        return api.send("POST", "/api/v1/inbound-mail", raw, null, Map.of("Content-Type", "message/rfc822",
                "Authorization", "Bearer " + ItMail.INBOUND_SECRET));
    }

    private JsonObject question(long id, Member viewer) {
        Reply q = api.get("/api/v1/questions/" + id, viewer.token());
        assertThat(q.status()).as(q.toString()).isEqualTo(200);
        return q.json();
    }

    private static List<String> commentsOnAnswer(JsonObject question, long answerId) {
        return question.getJsonArray("answers").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == answerId)
                .flatMap(a -> a.getJsonArray("comments").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getString("body")).toList();
    }

    @Test
    void aGmailReplyToAnAnswerMailBecomesACommentWithOnlyTheNewTextAndItsAddressTakesOneReplyFromItsRecipient() {
        Member asker = api.newConfirmedMember("mailasker", MAIL);
        Member answerer = api.newMember("mailanswerer");
        Member stranger = api.newConfirmedMember("stranger", MAIL);
        long q = api.ask(asker, "The sync agent stops after an hour", BODY, "support");
        long a = api.answer(answerer, q, ANSWER);
        String replyTo = replyAddressOf(asker, "ANSWER");

        MAIL.deliverToInbox(gmailReply(asker.email(), replyTo, "Someone answered", "Thanks, restarting the agent"
                + " fixed it for me.").getBytes(StandardCharsets.UTF_8));
        List<String> comments = await("the comment from the mailbox", () -> {
            List<String> c = commentsOnAnswer(question(q, asker), a);
            return c.isEmpty() ? null : c;
        });
        assertThat(comments).containsExactly("Thanks, restarting the agent fixed it for me.");
        assertThat(MAIL.unreadInInbox()).as("the polled message is flagged read").isZero();

        // the same address a second time: refused with a notice, nothing posted
        Reply again = postMail(gmailReply(asker.email(), replyTo, "Someone answered", "And one more thing."));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().getString("status")).isEqualTo("REFUSED");
        MimeMessage used = await("the notice of a used address",
                () -> pipelineMails(asker.email(), "MAIL_REFUSED").stream().findFirst().orElse(null));
        assertThat(again.json().getString("outcome")).isEqualTo("Refused: reply address used");
        assertThat(text(used)).contains("used already").contains("And one more thing.");

        // a forged address (one character changed) and a wrong sender: both refused, each told why
        String forged = replyTo.replaceFirst("reply\\+(.)", "reply+" + (replyTo.charAt(6) == 'a' ? "b" : "a"));
        assertThat(postMail(gmailReply(asker.email(), forged, "Someone answered", "Forged reply text here."))
                .json().getString("status")).isEqualTo("REFUSED");
        assertThat(postMail(gmailReply(stranger.email(), replyTo, "Someone answered", "Not my mail to answer."))
                .json().getString("outcome")).contains("another address");
        await("the stranger's notice", () -> !pipelineMails(stranger.email(), "MAIL_REFUSED").isEmpty());
        assertThat(text(pipelineMails(stranger.email(), "MAIL_REFUSED").get(0))).contains("Only its recipient");
        await("two notices to the asker", () -> pipelineMails(asker.email(), "MAIL_REFUSED").size() == 2);
        assertThat(pipelineMails(asker.email(), "MAIL_REFUSED")).extracting(MailChannelIT::text)
                .anyMatch(t -> t.contains("not one we issued"));

        // an out-of-office answer to the same address: ignored, and never answered (no mail loops)
        Reply auto = postMail(gmailReply(asker.email(), replyTo, "Someone answered", "I am out of the office.",
                "Auto-Submitted: auto-replied"));
        assertThat(auto.json().getString("status")).isEqualTo("IGNORED");
        assertThat(commentsOnAnswer(question(q, asker), a)).hasSize(1);
        assertThat(pipelineMails(asker.email(), "MAIL_REFUSED")).hasSize(2);
    }

    @Test
    void anOutlookReplyToATicketMailIsAPrivateMessageByEmailThatReopensThePendingTicket() {
        Support support = new Support(api);
        Member asker = api.newConfirmedMember("ticketmail", MAIL);
        Member agent = api.newStaff("mailagent", "AGENT");
        long q = api.ask(asker, "Invoices are missing from the export", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        String replyTo = replyAddressOf(asker, "TICKET_UPDATED");
        api.answer(agent, q, ANSWER);
        assertThat(support.ticket(agent.token(), ticketId).getString("status")).isEqualTo("PENDING");

        Reply posted = postMail(outlookReply(asker.email(), replyTo, "Support escalated your question",
                "<p>It still fails for <b>March</b>, see <a href=\"https://example.com/log\">the log</a>.</p>"));
        assertThat(posted.status()).isEqualTo(202);
        assertThat(posted.json().getString("status")).as(posted.toString()).isEqualTo("POSTED");

        assertThat(support.ticket(agent.token(), ticketId).getString("status")).isEqualTo("OPEN");
        List<JsonObject> messages = api.get("/api/v1/support/tickets/" + ticketId + "/messages", asker.token()).array()
                .getValuesAs(JsonObject.class);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).getString("body"))
                .isEqualTo("It still fails for **March**, see [the log](https://example.com/log).");
        assertThat(messages.get(0).getString("channel")).isEqualTo("EMAIL");
        assertThat(messages.get(0).getJsonObject("author").getJsonNumber("id").longValue()).isEqualTo(asker.id());

        JsonObject customer = api.get("/api/v1/support/customers/" + asker.id(), agent.token()).json();
        List<JsonObject> mails = customer.getJsonArray("mails").getValuesAs(JsonObject.class);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getString("subject")).isEqualTo("RE: Support escalated your question");
        assertThat(mails.get(0).getString("outcome")).startsWith("Private message on the support ticket of");
        assertThat(mails.get(0).getBoolean("posted")).isTrue();
    }

    @Test
    void anAgentsReplyToAnAssignmentMailIsAnInternalNoteTheCustomerNeverSees() {
        Support support = new Support(api);
        Member asker = api.newMember("notecustomer");
        Member agent = api.newStaff("noteagent", "AGENT");
        api.confirmEmail(agent, MAIL);
        Member lead = api.newStaff("leadagent", "AGENT");
        long q = api.ask(asker, "Single sign-on loops back to the login page", BODY, "support");
        long ticketId = support.escalateByStaff(q).getJsonNumber("id").longValue();
        assertThat(api.put("/api/v1/support/tickets/" + ticketId + "/assignee", "{\"agentId\":" + agent.id() + "}",
                lead.token()).status()).isEqualTo(200);
        String replyTo = replyAddressOf(agent, "TICKET_ASSIGNED");

        Reply posted = postMail(gmailReply(agent.email(), replyTo, "A ticket was assigned to you",
                "Looks like the IdP clock skew again; checking the logs."));
        assertThat(posted.json().getString("status")).as(posted.toString()).isEqualTo("POSTED");
        List<JsonObject> notes = api.get("/api/v1/support/tickets/" + ticketId + "/notes", agent.token()).array()
                .getValuesAs(JsonObject.class);
        assertThat(notes).extracting(n -> n.getString("body"))
                .containsExactly("Looks like the IdP clock skew again; checking the logs.");
        assertThat(notes.get(0).getString("channel")).isEqualTo("EMAIL");
        assertThat(api.get("/api/v1/support/tickets/" + ticketId + "/messages", asker.token()).array()).isEmpty();
    }

    @Test
    void aFollowersReplyToANewQuestionMailIsAnAnswer() {
        api.ensureTags("billing");
        Member follower = api.newConfirmedMember("follower", MAIL);
        assertThat(api.put("/api/v1/tags/billing/follow", null, follower.token()).status()).isEqualTo(204);
        assertThat(api.put("/api/v1/users/me/notification-settings", "{\"NEW_QUESTION\":\"INSTANT\"}",
                follower.token()).status()).isEqualTo(200);
        Member asker = api.newMember("billingasker");
        long q = api.ask(asker, "Refund for a double charge this month", BODY, "billing");
        String replyTo = replyAddressOf(follower, "NEW_QUESTION");

        String answer = "Open Billing, pick the duplicate charge and press Refund; it takes three days.";
        Reply posted = postMail(gmailReply(follower.email(), replyTo, "New question in billing", answer));
        assertThat(posted.json().getString("status")).as(posted.toString()).isEqualTo("POSTED");
        List<JsonObject> answers = question(q, asker).getJsonArray("answers").getValuesAs(JsonObject.class);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).getString("body")).isEqualTo(answer);
        assertThat(answers.get(0).getJsonObject("author").getJsonNumber("id").longValue()).isEqualTo(follower.id());
    }

    @Test
    void aQuestionByMailIsPostedAndAnsweredWithSolvedSimilarOnesWhileAStrangerIsInvited() {
        Member solver = api.newMember("solver");
        Member earlier = api.newMember("earlier");
        long solved = api.ask(earlier, "How do I rotate the API key of my account", BODY, "support");
        long accepted = api.answer(solver, solved, ANSWER);
        assertThat(api.put("/api/v1/questions/" + solved + "/accepted-answer", "{\"answerId\":" + accepted + "}",
                earlier.token()).status()).isEqualTo(200);
        Member customer = api.newConfirmedMember("mailcustomer", MAIL);

        String subject = "Rotate the API key of my account";
        String mail = "From: " + customer.email() + "\r\nTo: Support <" + ItMail.SUPPORT_ADDRESS + ">\r\nSubject: "
                + subject + "\r\nMessage-ID: <" + UUID.randomUUID() + "@example.com>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nOur old key leaked; how do I replace it without"
                + " downtime for the integrations?\r\n\r\n-- \r\nJane, ACME Corp\r\n";
        Reply posted = postMail(mail);
        assertThat(posted.json().getString("status")).as(posted.toString()).isEqualTo("POSTED");
        assertThat(postMail(mail).json().getString("status")).as("the same Message-ID again").isEqualTo("DUPLICATE");

        JsonObject view = api.get("/api/v1/support/customers/" + customer.id(), api.newStaff("viewer", "AGENT").token())
                .json();
        List<JsonObject> questions = view.getJsonArray("questions").getValuesAs(JsonObject.class);
        assertThat(questions).extracting(x -> x.getString("title")).containsExactly(subject);
        long asked = questions.get(0).getJsonNumber("id").longValue();
        JsonObject q = question(asked, customer);
        assertThat(q.getString("body")).isEqualTo("Our old key leaked; how do I replace it without downtime for the"
                + " integrations?");
        assertThat(q.getJsonArray("tags").getString(0)).isEqualTo("support");

        MimeMessage answer = await("the deflection mail",
                () -> pipelineMails(customer.email(), "MAIL_ASKED").stream().findFirst().orElse(null));
        assertThat(text(answer)).contains("/questions/" + asked).contains("Solved: How do I rotate the API key of my account")
                .contains("/questions/" + solved);

        String stranger = Api.unique("nobody").toLowerCase() + "@elsewhere.test";
        Reply refused = postMail(mail.replace(customer.email(), stranger).replaceFirst("Message-ID: <",
                "Message-ID: <x"));
        assertThat(refused.json().getString("status")).isEqualTo("REFUSED");
        MimeMessage invite = await("the invitation",
                () -> pipelineMails(stranger, "MAIL_INVITE").stream().findFirst().orElse(null));
        assertThat(text(invite)).contains("Register with this address").contains("/register.xhtml")
                .contains("Our old key leaked");
    }

    @Test
    void twoPollersOnOneMailboxPostEachMessageOnce() throws Exception {
        // four members (a new member asks one question per interval, by mail as on the site)
        List<Member> customers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            customers.add(api.newConfirmedMember("polled", MAIL));
        }
        List<String> subjects = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Member customer = customers.get(i - 1);
            String subject = "Polled question number " + i + " about exports";
            subjects.add(subject);
            String raw = "From: " + customer.email() + "\r\nTo: " + ItMail.SUPPORT_ADDRESS + "\r\nSubject: " + subject
                    + "\r\nMessage-ID: <polled-" + i + "-" + customer.id() + "@example.com>\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY + "\r\n";
            MAIL.deliverToInbox(raw.getBytes(StandardCharsets.UTF_8));
            if (i == 1) { // a mail server that delivered one message twice
                MAIL.deliverToInbox(raw.getBytes(StandardCharsets.UTF_8));
            }
        }
        String admin = api.adminToken();
        ExecutorService pollers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Reply>> polls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                polls.add(() -> api.post("/api/v1/admin/inbound-mail/poll", null, admin));
            }
            for (Future<Reply> poll : pollers.invokeAll(polls)) {
                assertThat(poll.get().status()).as(poll.get().toString()).isEqualTo(200);
            }
        } finally {
            pollers.shutdown();
        }
        await("the mailbox read", () -> MAIL.unreadInInbox() == 0);
        String counter = api.newStaff("counter", "AGENT").token();
        for (int i = 1; i <= 4; i++) {
            JsonObject view = api.get("/api/v1/support/customers/" + customers.get(i - 1).id(), counter).json();
            assertThat(view.getJsonArray("questions").getValuesAs(JsonObject.class)).extracting(x -> x.getString("title"))
                    .as("customer %d's questions", i).containsExactly(subjects.get(i - 1));
            assertThat(view.getJsonArray("mails")).as("customer %d's e-mails", i).hasSize(1);
        }
    }

    @Test
    void theRelaysWayInNeedsItsSecretTakesMailOnlyAndLimitsEachSender() throws Exception {
        String mail = "From: someone@elsewhere.test\r\nTo: " + ItMail.SUPPORT_ADDRESS + "\r\nSubject: Hello\r\n\r\nHi\r\n";
        assertThat(api.send("POST", "/api/v1/inbound-mail", mail, null, Map.of("Content-Type", "message/rfc822"))
                .status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/inbound-mail", mail, null, Map.of("Content-Type", "message/rfc822",
                "Authorization", "Bearer not-the-secret")).status()).isEqualTo(401);
        Reply junk = postMail("this is not an e-mail at all, just words");
        assertThat(junk.status()).isEqualTo(422);
        assertThat(junk.errorFields()).containsExactly("message");

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        HttpResponse<String> tooLarge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.root() + "/api/v1/inbound-mail"))
                .header("Content-Type", "message/rfc822").header("Authorization", "Bearer " + ItMail.INBOUND_SECRET)
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        // one unknown sender, more mails than the hourly limit: an invitation for each within it, then one
        // notice of the limit, then silence
        String sender = Api.unique("flood").toLowerCase() + "@elsewhere.test";
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < ItMail.PER_HOUR + 2; i++) {
            statuses.add(postMail("From: " + sender + "\r\nTo: " + ItMail.SUPPORT_ADDRESS + "\r\nSubject: Question " + i
                    + "\r\nMessage-ID: <flood-" + i + "-" + sender + ">\r\n\r\nPlease help me with this.\r\n")
                    .json().getString("outcome"));
        }
        assertThat(statuses.subList(ItMail.PER_HOUR, ItMail.PER_HOUR + 2))
                .allMatch(s -> s.contains("more than " + ItMail.PER_HOUR + " e-mails in an hour"));
        await("the notices", () -> MAIL.accountMailsTo(sender).size() == ItMail.PER_HOUR + 1);
        assertThat(pipelineMails(sender, "MAIL_INVITE")).hasSize(ItMail.PER_HOUR);
        assertThat(pipelineMails(sender, "MAIL_REFUSED")).extracting(MailChannelIT::text)
                .singleElement().asString().contains("Please wait an hour");

        // the admin sees each of them, in words
        Reply inbox = api.get("/api/v1/admin/inbound-mail", api.adminToken());
        assertThat(inbox.status()).isEqualTo(200);
        List<JsonObject> entries = inbox.json().getJsonArray("entries").getValuesAs(JsonObject.class);
        assertThat(entries).filteredOn(e -> sender.equals(e.getString("from"))).hasSize(ItMail.PER_HOUR + 2)
                .allMatch(e -> e.getString("status").equals("REFUSED"));
        assertThat(api.get("/api/v1/admin/inbound-mail", api.newMember("curious").token()).status()).isEqualTo(403);
        long id = entries.get(0).getJsonNumber("id").longValue();
        Reply raw = api.send("GET", "/api/v1/admin/inbound-mail/" + id + "/raw", null, api.adminToken(),
                Map.of("Accept", "message/rfc822"));
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.text()).contains("From: " + sender);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(api.root() + "/admin/inbox.xhtml"))
                .header("Cookie", "peerdesk_session=" + api.adminToken()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Incoming e-mail")
                .contains("more than " + ItMail.PER_HOUR + " e-mails in an hour").contains(sender)
                .doesNotContain("REFUSED");
    }
    @Test
    void aSuspendedMembersReplyIsRefusedWithItsReasonAndTheirTextSoNothingIsLost() {
        Member asker = api.newConfirmedMember("suspendedmail", MAIL);
        long q = api.ask(asker, "Exports time out on large projects", BODY, "support");
        api.answer(api.newMember("helper"), q, ANSWER);
        String replyTo = replyAddressOf(asker, "ANSWER");
        String until = api.serverNow().plus(java.time.Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        assertThat(api.post("/api/v1/users/" + asker.id() + "/suspension",
                "{\"until\":\"" + until + "\",\"reason\":\"Spamming\"}", api.moderator().token()).status()).isEqualTo(200);

        Reply refused = postMail(gmailReply(asker.email(), replyTo, "Someone answered", "Posting while suspended here."));
        assertThat(refused.json().getString("status")).isEqualTo("REFUSED");
        assertThat(refused.json().getString("outcome")).containsIgnoringCase("suspended");
        MimeMessage notice = await("the notice", () -> pipelineMails(asker.email(), "MAIL_REFUSED").stream().findFirst()
                .orElse(null));
        assertThat(text(notice)).containsIgnoringCase("suspended").contains("Posting while suspended here.")
                .contains("/questions/" + q);
        assertThat(question(q, asker).getJsonArray("answers").getJsonObject(0).getJsonArray("comments")).isEmpty();
    }
}
