package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.peerdesk.it.Support.ANSWER;
import static dev.peerdesk.it.Support.BODY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's pages in a real browser: the question page's follow button, the e-mail settings page,
 * the unsubscribe page a mail links to (asks before it acts, works without signing in) and the
 * admin's e-mail page with its test mail, delivered by the real SMTP server of the ITs.
 */
class NotificationPagesIT extends BrowserTest {

    private static final ItMail MAIL = ItMail.start();

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 45_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(250); // polling the server's own 2-second delivery job
        }
    }

    private long unread(Member member) {
        return api.get("/api/v1/notifications/unread-count", member.token()).json().getJsonNumber("count").longValue();
    }

    private JsonObject settings(Member member) {
        return api.get("/api/v1/users/me/notification-settings", member.token()).json();
    }

    private void assertFitsAPhone() {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scroll at 390 px").isTrue();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
    }

    @Test
    void theFollowButtonDecidesWhetherAnswersReachAReader() {
        Member asker = api.newMember("followasker");
        Member reader = api.newMember("followreader");
        long q = api.ask(asker, "How do I keep the scanner from splitting pages?", BODY, "notifications");

        signIn(reader.email(), reader.password());
        open("/questions/" + q);
        assertThat(text(By.id("follow-state"))).isEqualTo("Follow to hear of new answers.");
        click("followQuestion");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unfollowQuestion")));
        assertThat(text(By.id("follow-state"))).isEqualTo("You follow this question and hear of new answers.");
        assertThat(text(By.cssSelector(".ui-growl-message"))).contains("You follow this question");

        api.answer(api.newMember("followhelper"), q, ANSWER);
        assertThat(unread(reader)).isEqualTo(1);

        open("/questions/" + q); // the choice is stored, not only shown
        click("unfollowQuestion");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followQuestion")));
        assertThat(text(By.id("follow-state"))).isEqualTo("Follow to hear of new answers.");
        api.post("/api/v1/notifications/read", "{\"all\":true}", reader.token());
        api.answer(api.newMember("followlate"), q, ANSWER + " Another way.");
        assertThat(unread(reader)).as("an unfollowed question notifies nobody").isZero();
        assertThat(unread(asker)).as("the asker still follows").isEqualTo(1);

        signOut();
        open("/questions/" + q);
        assertThat(browser.findElements(By.id("followQuestion"))).as("visitors have nothing to follow with").isEmpty();
    }

    @Test
    void theTagListsFollowButtonBringsNewQuestionsWithTheTag() {
        String tag = ("fol" + Api.unique("").replace("-", "")).substring(0, 12);
        api.ensureTags(tag);
        Member reader = api.newMember("tagreader");
        signIn(reader.email(), reader.password());
        open("/?tag=" + tag);
        assertThat(text(By.id("tag-follow-state"))).isEqualTo("Follow to hear of new questions with this tag.");
        click("followTag");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unfollowTag")));
        assertThat(text(By.id("tag-follow-state"))).isEqualTo("You hear of every new question with this tag.");
        assertThat(browser.getCurrentUrl()).contains("tag=" + tag);

        api.ask(api.newMember("tagposter"), "The label printer prints blank labels", BODY, tag);
        JsonObject latest = api.get("/api/v1/notifications?limit=1", reader.token()).json()
                .getJsonArray("items").getJsonObject(0);
        assertThat(latest.getString("type")).isEqualTo("NEW_QUESTION");
        assertThat(latest.getString("text")).contains("The label printer prints blank labels");

        click("unfollowTag");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("followTag")));
        api.post("/api/v1/notifications/read", "{\"all\":true}", reader.token());
        api.ask(api.newMember("tagposter"), "The label printer jams after ten labels", BODY, tag);
        assertThat(unread(reader)).as("an unfollowed tag notifies nobody").isZero();
        assertFitsAPhone();
    }

    @Test
    void theSettingsPageShowsEachKindInWordsAndSavesTheChoice() {
        Member member = api.newMember("settingsreader");
        signIn(member.email(), member.password());
        open("/notifications.xhtml");
        click("notifications-link");
        click("notification-settings-link");
        wait.until(ExpectedConditions.urlContains("/notifications/settings.xhtml"));
        assertThat(text(By.cssSelector("h1"))).isEqualTo("E-mail settings");
        String page = text(By.id("settingsForm"));
        assertThat(page).contains("Answers").contains("Someone answers a question you asked or follow.")
                .contains("Tickets close to their deadline").doesNotContain("SLA_AT_RISK").doesNotContain("TICKET_");

        List<org.openqa.selenium.WebElement> selects = browser.findElements(By.cssSelector("select.settings-select"));
        assertThat(selects).hasSize(settings(member).size());
        Select comments = new Select(browser.findElement(By.xpath(
                "//li[.//label[normalize-space()='Comments']]//select")));
        assertThat(comments.getOptions().stream().map(o -> o.getText()).toList())
                .containsExactly("E-mail at once", "In the daily digest", "No e-mail");
        Select answers = new Select(browser.findElement(By.xpath("//li[.//label[normalize-space()='Answers']]//select")));
        assertThat(answers.getFirstSelectedOption().getText()).isEqualTo("E-mail at once");
        comments.selectByVisibleText("E-mail at once");
        answers.selectByVisibleText("No e-mail");
        click("saveSettings");
        assertThat(text(By.cssSelector(".flash"))).contains("Your e-mail settings are saved.");
        assertThat(settings(member).getString("COMMENT")).isEqualTo("INSTANT");
        assertThat(settings(member).getString("ANSWER")).isEqualTo("OFF");

        open("/notifications/settings.xhtml");
        assertThat(new Select(browser.findElement(By.xpath("//li[.//label[normalize-space()='Answers']]//select")))
                .getFirstSelectedOption().getText()).isEqualTo("No e-mail");
        assertFitsAPhone();
    }

    @Test
    void theMailsStopLinkAsksFirstAndWorksWithoutSigningIn() throws Exception {
        Member asker = api.newConfirmedMember("stoplink", MAIL); // notification mail goes to confirmed addresses only
        long q = api.ask(asker, "Why is every exported page rotated sideways?", BODY, "notifications");
        api.answer(api.newMember("stophelper"), q, ANSWER);
        await("the answer mail", () -> !MAIL.to(asker.email()).isEmpty());
        MimeMessage mail = MAIL.to(asker.email()).get(0);
        String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        Matcher link = Pattern.compile("Stop these e-mails: (\\S+)").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        String page = link.group(1).replace(ItMail.PUBLIC_URL, "");
        assertThat(page).startsWith("/unsubscribe.xhtml?token=");

        open(page); // not signed in: a visitor's page
        assertThat(text(By.id("unsubscribe-question"))).contains("Stop e-mails about answers?");
        assertThat(settings(asker).getString("ANSWER")).as("opening the link changes nothing").isEqualTo("INSTANT");
        assertFitsAPhone();
        click("stopMail");
        assertThat(text(By.id("unsubscribed"))).contains("You will get no more e-mails about answers.");
        assertThat(settings(asker).getString("ANSWER")).isEqualTo("OFF");
        assertThat(settings(asker).getString("OFFICIAL_ANSWER")).as("only that kind stops").isEqualTo("INSTANT");

        open("/unsubscribe.xhtml?token=" + "1.ANSWER.forged");
        assertThat(text(By.id("unsubscribe-invalid"))).contains("This link does not work");
        assertThat(browser.findElements(By.id("stopMail"))).isEmpty();
    }

    @Test
    void theAdminSeesHowMailStandsAndATestMailArrives() throws Exception {
        signIn("admin@peerdesk.test", "admin-password-1");
        adminPage("mail-admin-link");
        wait.until(ExpectedConditions.urlContains("/admin/mail.xhtml"));
        assertThat(text(By.id("mail-on"))).contains("127.0.0.1:").contains("None").contains(ItMail.PUBLIC_URL);
        assertThat(text(By.id("outbox"))).contains("Waiting to be sent").contains("Sent");
        String to = Api.unique("postmaster") + "@mail.peerdesk.test";
        type("testTo", to);
        click("sendTest");
        assertThat(text(By.id("test-sent"))).contains("The mail server took the test e-mail").contains(to);
        await("the test mail", () -> !MAIL.to(to).isEmpty());
        assertThat(MAIL.to(to).get(0).getSubject()).isEqualTo("Peerdesk test e-mail");

        // the account rule beside it: ticked, saved, stored; and back off (the default every other test expects)
        try {
            click("requireConfirmed");
            click("saveRules");
            // the message of the save (the same box may still show the previous one while the reply is on its way)
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                    "Members must now confirm their e-mail address"));
            assertThat(api.get("/api/v1/admin/account-rules", api.adminToken()).json()
                    .getBoolean("requireVerifiedEmailToPost")).isTrue();
            open("/admin/mail.xhtml"); // as the admin comes back to it: the stored rule is shown ticked
            assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requireConfirmed"))).isSelected()).isTrue();
            click("requireConfirmed");
            click("saveRules");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                    "Members may post before they confirm"));
        } finally {
            api.put("/api/v1/admin/account-rules", "{\"requireVerifiedEmailToPost\":false}", api.adminToken());
        }
        assertThat(api.get("/api/v1/admin/account-rules", api.adminToken()).json()
                .getBoolean("requireVerifiedEmailToPost")).isFalse();

        type("testTo", "not an address");
        click("sendTest");
        assertThat(text(By.cssSelector("#testForm .ui-message-error"))).isEqualTo("Must be one e-mail address, like name@example.com");
        assertThat(browser.findElements(By.id("test-sent"))).isEmpty();
        assertFitsAPhone();

        Member member = api.newMember("notadmin");
        assertThat(api.post("/api/v1/admin/mail/test", "{\"to\":\"x@example.com\"}", member.token()).status())
                .isEqualTo(403);
        signOut();
        signIn(member.email(), member.password());
        open("/admin/mail.xhtml");
        assertThat(text(By.id("forbidden"))).contains("Admins only");
        assertThat(browser.findElements(By.id("mail-admin-link"))).isEmpty();
    }
    @Test
    void theAdminSeesWhatArrivedByMailAndChecksTheMailboxNow() {
        String sender = Api.unique("visitor").toLowerCase() + "@elsewhere.test";
        String subject = "A question from someone new " + Api.unique("s");
        MAIL.deliverToInbox(("From: " + sender + "\r\nTo: " + ItMail.SUPPORT_ADDRESS + "\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + Api.unique("page") + "@elsewhere.test>\r\n\r\nHow do I start?\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        signIn("admin@peerdesk.test", "admin-password-1");
        adminPage("mail-admin-link");
        wait.until(ExpectedConditions.urlContains("/admin/mail.xhtml"));
        click("inbox-link");
        wait.until(ExpectedConditions.urlContains("/admin/inbox.xhtml"));
        assertThat(text(By.id("inbound-settings"))).contains("reply+…@" + ItMail.REPLY_DOMAIN)
                .contains(ItMail.SUPPORT_ADDRESS + ", tagged support").contains(ItMail.INBOX_USER)
                .contains("On: POST /api/v1/inbound-mail").contains(ItMail.PER_HOUR + " e-mails an hour");
        click("poll");
        assertThat(text(By.id("poll-result"))).startsWith("Fetched ");
        // the background poll may have fetched it first: either way it is listed, once, in words
        wait.until(d -> d.findElement(By.id("inbox")).getText().contains(subject));
        String inbox = text(By.id("inbox"));
        assertThat(inbox).contains("From " + sender + " · from the mailbox")
                .contains("Refused: not a member; sent an invitation to register")
                .doesNotContain("REFUSED").doesNotContain("IMAP");
        assertThat(inbox.split(java.util.regex.Pattern.quote(subject), -1)).hasSize(2);
        assertFitsAPhone();
        assertNoCspViolations();
    }
}
