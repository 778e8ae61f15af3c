package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import dev.peerdesk.it.Api.Reply;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account e-mails of issue 11 through the real SMTP server of the ITs ({@link ItMail}): address
 * confirmation at registration, password reset, e-mail change, and the admin's setting that requires
 * a confirmed address before posting.
 */
class AccountEmailIT extends PeerdeskIT {

    private static final ItMail MAIL = ItMail.start();

    private static String text(MimeMessage mail) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        return (String) parts.getBodyPart(0).getContent();
    }

    private Reply confirm(String token) {
        return api.post("/api/v1/email-verifications/" + token, null, null);
    }

    @Test
    void aNewMemberConfirmsTheirAddressOnceThroughTheMailedLink() throws Exception {
        Member member = api.newMember("newcomer");
        assertThat(api.get("/api/v1/users/me", member.token()).json().getBoolean("emailVerified")).isFalse();

        String token = MAIL.awaitAccountLinkToken(member.email(), "VERIFY_EMAIL", 1);
        MimeMessage mail = MAIL.accountMailsTo(member.email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Confirm your e-mail address for Peerdesk");
        assertThat(mail.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(mail.getHeader("List-Unsubscribe")).as("an account mail has nothing to unsubscribe from").isNull();
        assertThat(text(mail)).contains(ItMail.PUBLIC_URL + "/verify-email.xhtml?token=" + token)
                .contains("works for 48 hours");

        assertThat(confirm(token).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/users/me", member.token()).json().getBoolean("emailVerified")).isTrue();
        Reply again = confirm(token);
        assertThat(again.status()).as("a link works once").isEqualTo(410);
        assertThat(again.json().getString("detail")).contains("POST /api/v1/users/me/email-verification");
        assertThat(confirm("no-such-token-" + token.substring(0, 8)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/users/" + member.id(), null).json().containsKey("emailVerified"))
                .as("nobody else learns it").isFalse();
    }

    @Test
    void sendingAgainMailsANewLinkAndOldLinksExpireAfterTwoDays() {
        Member member = api.newMember("forgetful");
        String first = MAIL.awaitAccountLinkToken(member.email(), "VERIFY_EMAIL", 1);
        assertThat(api.post("/api/v1/users/me/email-verification", null, member.token()).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/users/me/email-verification", null, null).status()).isEqualTo(401);
        api.advanceClock(Duration.ofMinutes(2)); // "send again" within a minute of the last mail sends nothing
        assertThat(api.post("/api/v1/users/me/email-verification", null, member.token()).status()).isEqualTo(202);
        String second = MAIL.awaitAccountLinkToken(member.email(), "VERIFY_EMAIL", 2);
        assertThat(MAIL.accountMailsTo(member.email())).hasSize(2);
        assertThat(second).isNotEqualTo(first);

        api.advanceClock(Duration.ofHours(48).plusMinutes(1));
        assertThat(confirm(first).status()).as("expired").isEqualTo(410);
        assertThat(confirm(second).status()).as("expired").isEqualTo(410);
        assertThat(api.get("/api/v1/users/me", member.token()).json().getBoolean("emailVerified")).isFalse();
    }

    @Test
    void notificationMailGoesOnlyToConfirmedAddresses() {
        Member unconfirmed = api.newMember("unconfirmed");
        Member confirmed = api.newConfirmedMember("confirmed", MAIL);
        long q1 = api.ask(unconfirmed, "The mouse wheel scrolls the wrong way", BODY, "notifications");
        long q2 = api.ask(confirmed, "The mouse wheel scrolls two lines at once", BODY, "notifications");
        Member answerer = api.newMember("wheelfix");
        api.answer(answerer, q1, ANSWER);
        api.answer(answerer, q2, ANSWER);
        long deadline = System.currentTimeMillis() + 45_000;
        while (MAIL.to(confirmed.email()).isEmpty() && System.currentTimeMillis() < deadline) {
            sleep();
        }
        assertThat(MAIL.to(confirmed.email())).hasSize(1);
        // the unconfirmed asker's answer came first; mails go out in order, and the later one has arrived
        assertThat(MAIL.to(unconfirmed.email())).isEmpty();
        assertThat(api.get("/api/v1/notifications/unread-count", unconfirmed.token()).json().getInt("count"))
                .as("in-app still").isEqualTo(1);
    }

    @Test
    void aResetRequestForAnUnknownAddressIsAcceptedAndMailsNothing() {
        String nobody = Api.unique("nobody") + "@it.peerdesk.test";
        Member known = api.newMember("knowsit");
        Reply unknown = api.post("/api/v1/password-resets", Api.json(Map.of("email", nobody)), null);
        Reply existing = api.post("/api/v1/password-resets", Api.json(Map.of("email", known.email())), null);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(existing.status()).isEqualTo(202);
        assertThat(unknown.text()).isEqualTo(existing.text());
        MAIL.awaitAccountLinkToken(known.email(), "RESET_PASSWORD", 1);
        assertThat(MAIL.accountMailsTo(nobody)).as("the known address's mail came; nothing for the unknown one")
                .isEmpty();
        assertThat(api.post("/api/v1/password-resets", "{\"email\":\"not an address\"}", null).status()).isEqualTo(422);
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        Member member = api.newMember("lockedout");
        String otherSession = api.signIn(member.email(), member.password());
        assertThat(api.post("/api/v1/password-resets", Api.json(Map.of("email", member.email().toUpperCase())), null)
                .status()).isEqualTo(202);
        String token = MAIL.awaitAccountLinkToken(member.email(), "RESET_PASSWORD", 1);
        MimeMessage mail = MAIL.accountMailsTo(member.email()).stream()
                .filter(m -> "RESET_PASSWORD".equals(ItMail.accountMailType(m))).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Reset your Peerdesk password");
        assertThat(text(mail)).contains(ItMail.PUBLIC_URL + "/reset-password.xhtml?token=" + token)
                .contains("works for 1 hour");

        String path = "/api/v1/password-resets/" + token;
        Reply weak = api.post(path, "{\"password\":\"password123\"}", null);
        assertThat(weak.status()).as("registration's rules: " + weak).isEqualTo(422);
        assertThat(weak.errorFields()).containsExactly("password");
        String newPassword = "a-brand-new-secret-7";
        assertThat(api.post(path, Api.json(Map.of("password", newPassword)), null).status()).isEqualTo(204);
        assertThat(api.post(path, Api.json(Map.of("password", "another-new-secret-8")), null).status())
                .as("used").isEqualTo(410);
        assertThat(api.post("/api/v1/password-resets/made-up-token", Api.json(Map.of("password", newPassword)), null)
                .status()).isEqualTo(404);

        assertThat(api.get("/api/v1/users/me", member.token()).status()).as("sessions end").isEqualTo(401);
        assertThat(api.get("/api/v1/users/me", otherSession).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/sessions", Api.json(Map.of("email", member.email(), "password",
                member.password())), null).status()).as("old password").isEqualTo(401);
        String fresh = api.signIn(member.email(), newPassword);
        assertThat(api.get("/api/v1/users/me", fresh).status()).isEqualTo(200);
    }

    @Test
    void aResetLinkExpiresAfterOneHour() {
        Member member = api.newMember("slowreader");
        api.post("/api/v1/password-resets", Api.json(Map.of("email", member.email())), null);
        String token = MAIL.awaitAccountLinkToken(member.email(), "RESET_PASSWORD", 1);
        api.advanceClock(Duration.ofMinutes(61));
        Reply late = api.post("/api/v1/password-resets/" + token, Api.json(Map.of("password", "too-late-secret-9")), null);
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.json().getString("detail")).contains("POST /api/v1/password-resets");
        assertThat(api.signIn(member.email(), member.password())).as("the old password still works").isNotBlank();
    }

    @Test
    void aResetClearsTheSignInThrottleOfTheAccount() {
        Member member = api.newMember("guessedat");
        Reply rules = api.get("/api/v1/admin/moderation-rules", api.adminToken());
        int limit = rules.json().getInt("signInFailuresPerAccount");
        Reply refused = null;
        for (int i = 0; i <= limit; i++) { // each guess from another address: only the account's limit counts
            refused = api.send("POST", "/api/v1/sessions", Api.json(Map.of("email", member.email(), "password",
                    "wrong-guess-" + i)), null, Map.of("X-Forwarded-For", "203.0." + (113 + i / 250) + "." + (1 + i % 250)));
        }
        assertThat(refused.status()).as("locked out").isEqualTo(429);
        api.post("/api/v1/password-resets", Api.json(Map.of("email", member.email())), null);
        String token = MAIL.awaitAccountLinkToken(member.email(), "RESET_PASSWORD", 1);
        assertThat(api.post("/api/v1/password-resets/" + token, Api.json(Map.of("password", "after-the-storm-4")), null)
                .status()).isEqualTo(204);
        assertThat(api.signIn(member.email(), "after-the-storm-4")).isNotBlank();
    }

    @Test
    void anEmailChangeIsConfirmedThroughTheNewAddressOnly() throws Exception {
        Member member = api.newConfirmedMember("mover", MAIL);
        String newAddress = Api.unique("moved") + "@it.peerdesk.test";
        String path = "/api/v1/users/me/email-change";
        assertThat(api.post(path, Api.json(Map.of("email", newAddress, "password", "not-my-password")),
                member.token()).errorFields()).containsExactly("password");
        assertThat(api.post(path, Api.json(Map.of("email", "nonsense", "password", member.password())),
                member.token()).status()).isEqualTo(422);
        Member other = api.newMember("neighbour");
        assertThat(api.post(path, Api.json(Map.of("email", other.email(), "password", member.password())),
                member.token()).status()).as("taken").isEqualTo(409);
        assertThat(api.post(path, Api.json(Map.of("email", newAddress, "password", member.password())), null)
                .status()).isEqualTo(401);
        assertThat(api.post(path, Api.json(Map.of("email", newAddress, "password", member.password())),
                member.token()).status()).isEqualTo(202);

        String token = MAIL.awaitAccountLinkToken(newAddress, "CHANGE_EMAIL", 1);
        MimeMessage mail = MAIL.accountMailsTo(newAddress).get(0);
        assertThat(mail.getSubject()).isEqualTo("Confirm your new e-mail address for Peerdesk");
        assertThat(MAIL.accountMailsTo(member.email())).as("only the confirmation at registration")
                .extracting(ItMail::accountMailType).containsExactly("VERIFY_EMAIL");
        assertThat(api.get("/api/v1/users/me", member.token()).json().getString("email"))
                .as("unchanged until confirmed").isEqualTo(member.email());

        assertThat(confirm(token).status()).isEqualTo(204);
        var me = api.get("/api/v1/users/me", member.token()).json();
        assertThat(me.getString("email")).isEqualTo(newAddress);
        assertThat(me.getBoolean("emailVerified")).isTrue();
        assertThat(confirm(token).status()).isEqualTo(410);
        assertThat(api.signIn(newAddress, member.password())).isNotBlank();
        assertThat(api.post("/api/v1/sessions", Api.json(Map.of("email", member.email(), "password",
                member.password())), null).status()).isEqualTo(401);
    }

    @Test
    void requiringConfirmedAddressesBlocksAnUnconfirmedMembersPostsUntilTheyConfirm() {
        String admin = api.adminToken();
        String rules = "/api/v1/admin/account-rules";
        Member member = api.newMember("eager");
        long q = api.ask(api.newConfirmedMember("patientasker", MAIL), "The keyboard types double letters", BODY,
                "notifications");
        assertThat(api.get(rules, admin).json().getBoolean("requireVerifiedEmailToPost")).as("default").isFalse();
        assertThat(api.put(rules, "{\"requireVerifiedEmailToPost\":true}", member.token()).status()).isEqualTo(403);
        try {
            assertThat(api.put(rules, "{\"requireVerifiedEmailToPost\":true}", admin).json()
                    .getBoolean("requireVerifiedEmailToPost")).isTrue();

            Reply refused = api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)),
                    member.token());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().getString("detail")).startsWith("Confirm your e-mail address first")
                    .contains(member.email());
            assertThat(api.post("/api/v1/questions", Api.question("The screen stays black after waking up", BODY,
                    "notifications"), member.token()).status()).isEqualTo(403);
            assertThat(api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", member.token()).status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/users/me/email-verification", null, member.token()).status())
                    .as("what an unconfirmed member needs still works").isEqualTo(202);

            api.confirmEmail(member, MAIL);
            assertThat(api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", ANSWER)),
                    member.token()).status()).isEqualTo(201);
        } finally {
            api.put(rules, "{\"requireVerifiedEmailToPost\":false}", admin);
        }
        Member later = api.newMember("relaxed");
        assertThat(api.post("/api/v1/questions/" + q + "/answers", Api.json(Map.of("body", "Another answer: unplug the keyboard, wait ten seconds and plug it in again.")),
                later.token()).status()).as("off again: unconfirmed members post").isEqualTo(201);
    }

    private static void sleep() {
        try {
            Thread.sleep(250); // polling what the server's 2-second delivery job does
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
