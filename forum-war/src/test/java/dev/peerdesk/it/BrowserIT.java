package dev.peerdesk.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Q&A loop as people walk it, in a real headless Chromium: register, ask, answer as someone
 * else, and accept the answer — through the pages only.
 */
class BrowserIT extends BrowserTest {

    @Test
    void registerAskAnswerAndAcceptThroughThePages() {
        String asker = Api.unique("asker") + "@browser.peerdesk.test";
        String helper = Api.unique("helper") + "@browser.peerdesk.test";

        api.ensureTags("sync", "browser");
        register(asker, "Browser Asker");
        signIn(asker);
        open("/ask.xhtml");
        type("title", "How do I reset the sync token from the browser?");
        type("body", "The sync stopped after I changed my password. How can I reset the token from the web app?");
        type("tags", "sync browser");
        click("postQuestion");
        wait.until(ExpectedConditions.urlMatches(".*/questions/\\d+/.*"));
        String questionUrl = browser.getCurrentUrl();
        assertThat(text(By.id("question-title"))).isEqualTo("How do I reset the sync token from the browser?");
        long questionId = idFrom(questionUrl);
        signOut();

        register(helper, "Browser Helper");
        signIn(helper);
        browser.get(questionUrl);
        type("answerBody", "Open Settings, then Sync, and press Reset token; the app signs in again by itself.");
        click("postAnswer");
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer")));
        assertThat(answer.getText()).contains("press Reset token");
        signOut();

        signIn(asker);
        browser.get(questionUrl);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".answer .accept-answer"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".answer.accepted")));

        var thread = api.get("/api/v1/questions/" + questionId).json();
        assertThat(thread.isNull("acceptedAnswerId")).isFalse();
        assertThat(thread.getJsonArray("answers").getJsonObject(0).getBoolean("accepted")).isTrue();
        assertThat(thread.getJsonArray("answers").getJsonObject(0).getString("body")).contains("press Reset token");
    }

    @Test
    void theProfileShowsReputationHistoryBadgesAndPrivileges() {
        Api.Member member = api.memberWithReputation("profiled", 1);       // 16 from an accepted answer
        Api.Member voter = api.newVoter("profilevoter");
        long q = api.ask(member, "A question that earns its author a badge", "A body long enough for the question to be posted.", "rep");
        api.put("/api/v1/posts/" + q + "/vote", "{\"value\":1}", voter.token());  // +10 and the Student badge

        open("/users/profile.xhtml?id=" + member.id());
        assertThat(text(By.id("reputation"))).contains("26");
        assertThat(text(By.id("badges"))).contains("Student");
        String privileges = text(By.id("privileges"));
        assertThat(privileges).contains("15").contains("50");
        String history = text(By.id("reputation-history"));
        assertThat(history).contains("+10").contains("+15");
    }

    @Test
    void aThirdSpamFlagHidesThePostAndAModeratorRestoresIt() {
        Api.Member author = api.newMember("flagged-author");
        long q = api.ask(author, "Buy cheap followers for your account today", "A body long enough to look like a real question.", "rep");
        for (int i = 0; i < 2; i++) {
            Api.Member flagger = api.newVoter("apiflagger" + i);
            assertThat(api.post("/api/v1/posts/" + q + "/flags", "{\"reason\":\"SPAM\"}", flagger.token()).status())
                    .isEqualTo(201);
        }
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(200);

        Api.Member flagger = api.newVoter("pageflagger");
        signIn(flagger.email(), flagger.password());
        open("/questions/" + q + "/x");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".flag-post"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='flagReason:0']"))).click();
        click("submitFlag");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("flagDialog")));
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(404);
        signOut();

        Api.Member moderator = api.moderator();
        signIn(moderator.email(), moderator.password());
        open("/questions/" + q + "/x");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".banner-hidden"))).getText())
                .isNotBlank();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".mod-unhide"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".banner-hidden")));
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/moderation/audit-log?limit=50", moderator.token()).json().getJsonArray("items")
                .stream().map(e -> e.asJsonObject()).anyMatch(e -> e.getString("action").equals("UNHIDDEN")
                        && e.getJsonNumber("targetId").longValue() == q)).isTrue();
    }

    @Test
    void theAuditLogSaysWhatChangedInWordsAndWhoDidIt() {
        String admin = api.adminToken();
        jakarta.json.JsonObject me = api.get("/api/v1/users/me", admin).json();
        String adminName = me.getString("displayName");
        long adminId = me.getJsonNumber("id").longValue();
        try {
            assertThat(api.put("/api/v1/admin/moderation-rules", "{\"hideAfterFlags\":4}", admin).status()).isEqualTo(200);
        } finally {
            api.put("/api/v1/admin/moderation-rules", "{\"hideAfterFlags\":3}", admin);
        }
        // and something the system did by itself: three spam flags hide a post
        Api.Member author = api.newMember("audit-author");
        long q = api.ask(author, "Cheap watches and followers for sale here", "A body long enough to look like a real question.", "rep");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/posts/" + q + "/flags", "{\"reason\":\"SPAM\"}",
                    api.newVoter("auditflagger" + i).token()).status()).isEqualTo(201);
        }

        Api.Member moderator = api.moderator();
        signIn(moderator.email(), moderator.password());
        open("/moderation/index.xhtml");
        WebElement log = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("auditLog")));
        java.util.List<WebElement> rows = log.findElements(By.cssSelector("tr.audit-row"));
        WebElement changed = rows.stream()
                .filter(r -> r.findElement(By.cssSelector(".audit-reason")).getText().strip().equals("Hide after flags: 3 → 4"))
                .findFirst().orElseThrow(() -> new AssertionError("no rules change in words: " + log.getText()));
        WebElement actor = changed.findElement(By.cssSelector("a.audit-actor"));
        assertThat(actor.getText().strip()).isEqualTo(adminName);
        assertThat(actor.getAttribute("href")).endsWith("/users/profile.xhtml?id=" + adminId);
        assertThat(changed.findElement(By.cssSelector(".audit-action")).getText().strip()).isEqualTo("Moderation rules changed");
        WebElement automatic = rows.stream()
                .filter(r -> r.findElement(By.cssSelector(".audit-action")).getText().strip().equals("Auto hidden"))
                .findFirst().orElseThrow(() -> new AssertionError("no automatic entry: " + log.getText()));
        assertThat(automatic.findElement(By.cssSelector(".audit-actor")).getText().strip()).isEqualTo("automatic");
        assertThat(log.getText()).doesNotContain("RulesDto");
        assertThat(log.findElements(By.cssSelector("td.col-who"))).extracting(WebElement::getText)
                .isNotEmpty().noneMatch(who -> who.contains("user #"));
    }

    /**
     * Issue 9: pages under the Content-Security-Policy (scripts, dialogs and ajax still work, and the
     * console shows no violation — checked after every browser test), a CJK query decoded as UTF-8,
     * FULLTEXT operators answered with "no match", and the moderator's and admin's view of a profile.
     */
    @Test
    void pagesWorkUnderTheCspDecodeUtf8AndStaffSeeProfiles() {
        Api.Member author = api.newMember("cjk-author");
        String marker = "导出数据" + (char) ('一' + (int) (System.nanoTime() % 500));
        api.ask(author, "如何" + marker + " from the browser", "我想" + marker + " and a body long enough to post.", "rep");

        // the title's first word: FULLTEXT splits CJK text at spaces and punctuation only
        open("/search.xhtml?q=如何" + marker);
        assertThat(text(By.id("results"))).contains("如何" + marker + " from the browser");
        open("/search.xhtml?q=*");
        assertThat(browser.getPageSource()).doesNotContain("Something went wrong");
        assertThat(browser.findElements(By.cssSelector(".ui-messages-error"))).isEmpty();

        Api.Member moderator = api.moderator();
        signIn(moderator.email(), moderator.password());
        open("/users/profile.xhtml?id=" + author.id());
        assertThat(browser.getCurrentUrl()).contains("/users/profile.xhtml");
        assertThat(text(By.id("mod-user-heading"))).contains("Moderation");
        // inline handlers (onclick, oncomplete) and ajax run under the CSP: cancel, then suspend
        click("openSuspend");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("suspendDialog")));
        browser.findElement(By.xpath("//div[@id='suspendDialog']//button[.//span[text()='Cancel']]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suspendDialog")));
        click("openSuspend");
        type("suspendUntil_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(30).toString());
        type("suspendReason", "Testing the moderation panel under the CSP");
        click("submitSuspend");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suspendDialog")));
        assertThat(text(By.id("suspension-status"))).contains("Suspended until").contains("under the CSP");
        signOut();

        signIn("admin@peerdesk.test", "admin-password-1");
        open("/users/profile.xhtml?id=" + author.id());
        assertThat(browser.getCurrentUrl()).contains("/users/profile.xhtml");
        assertThat(text(By.id("mod-user-heading"))).contains("Moderation");
    }

    /** Issue 9: a suspended moderator's page actions stop with a message saying until when; reading and signing out work. */
    @Test
    void aSuspendedModeratorsPageActionsAreRefusedWithTheReason() {
        Api.Member author = api.newMember("pagesusp");
        long q = api.ask(author, "Will a suspended moderator hide this?", "A question body long enough for the thirty "
                + "character minimum of the rules.", "general");
        Api.Member moderator = api.newStaff("suspendedmod", "MODERATOR");
        assertThat(api.post("/api/v1/users/" + moderator.id() + "/suspension", "{\"until\":\""
                + api.serverNow().plus(java.time.Duration.ofDays(2)) + "\",\"reason\":\"under review\"}",
                api.adminToken()).status()).isEqualTo(200);
        signIn(moderator.email(), moderator.password());
        open("/questions/" + q + "/x");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".mod-hide"))).click();
        String growl = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")))
                .getText();
        assertThat(growl).contains("suspended until").contains("under review");
        assertThat(api.get("/api/v1/questions/" + q).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/moderation/audit-log?limit=50", api.adminToken()).json().getJsonArray("items")
                .stream().map(e -> e.asJsonObject()).anyMatch(e -> e.getString("action").equals("WRITE_REFUSED_WHILE_SUSPENDED")
                        && e.getJsonNumber("targetId").longValue() == moderator.id())).isTrue();
        signOut();
        assertThat(browser.findElements(By.id("signIn-link"))).isNotEmpty();
    }

    /**
     * Issue 11: the bell counts another member's answer; its panel lists it, and opening it from
     * there marks it read and lands on the answer.
     */
    @Test
    void theBellCountsAnAnswerAndItsPanelLandsOnIt() {
        Api.Member asker = api.newMember("bellasker");
        Api.Member helper = api.newMember("bellhelper");
        long q = api.ask(asker, "Why does the bell ring for my question?", "A question body long enough for the thirty "
                + "character minimum of the rules.", "general");

        signIn(asker.email(), asker.password());
        assertThat(browser.findElement(By.id("notifications-link")).getAttribute("aria-label")).isEqualTo("Notifications");
        assertThat(browser.findElements(By.id("notification-count"))).isEmpty();
        click("notifications-link");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bell-empty"))).getText())
                .contains("Nothing new");

        long answer = api.answer(helper, q, "It rings because someone answered the question you asked here.");
        open("/");
        assertThat(text(By.id("notification-count"))).isEqualTo("1");
        assertThat(browser.findElement(By.id("notifications-link")).getAttribute("aria-label"))
                .isEqualTo("Notifications, 1 unread");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(browser.findElement(By.id("bell-panel")).isDisplayed()).as("closed until the bell is pressed").isFalse();
        click("notifications-link");
        WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#bell-panel .bell-item-unread")));
        assertThat(item.getText()).contains("New answer to “Why does the bell ring for my question?”").contains("just now");
        org.openqa.selenium.Rectangle panel = browser.findElement(By.id("bell-panel")).getRect();
        assertThat(panel.getX()).as("the panel fits a phone").isGreaterThanOrEqualTo(0);
        assertThat(panel.getX() + panel.getWidth()).isLessThanOrEqualTo(390);
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scroll at 390 px").isTrue();

        item.findElement(By.cssSelector(".bell-item-link")).click();
        wait.until(ExpectedConditions.urlMatches(".*/questions/" + q + ".*#answer-" + answer + "$"));
        assertThat(text(By.id("answer-" + answer))).contains("someone answered the question");
        assertThat(browser.findElements(By.id("notification-count"))).isEmpty();
        assertThat(browser.findElement(By.id("notifications-link")).getAttribute("aria-label")).isEqualTo("Notifications");
        assertThat(api.get("/api/v1/notifications/unread-count", asker.token()).json().getJsonNumber("count").longValue())
                .isZero();

        click("notifications-link");
        click("all-notifications-link");
        wait.until(ExpectedConditions.urlContains("/notifications.xhtml"));
        assertThat(text(By.cssSelector(".notif"))).contains("New answer to").doesNotContain("Unread");
        assertThat(browser.findElements(By.cssSelector(".notif-unread"))).isEmpty();
    }

    private void register(String email, String name) {
        open("/register.xhtml");
        type("email", email);
        type("displayName", name);
        type("password", "browser-password-1");
        click("register");
        wait.until(driver -> !driver.getCurrentUrl().contains("register.xhtml")
                || !driver.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".ui-messages-error, .ui-message-error"))).isEmpty();
    }

    private void signIn(String email) {
        signIn(email, "browser-password-1");
    }

    private static long idFrom(String url) {
        Matcher matcher = Pattern.compile("/questions/(\\d+)").matcher(url);
        assertThat(matcher.find()).as("question id in %s", url).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
