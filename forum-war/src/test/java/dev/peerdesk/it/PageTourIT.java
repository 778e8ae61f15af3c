package dev.peerdesk.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, for every role, on a laptop (1366×900) and a phone (390×844), in a real headless
 * Chromium: no page scrolls sideways, axe-core (the copy in Deque's axe-core-selenium jar) finds
 * no serious or critical violation, the console shows no error, and the visible text names things
 * in words (no "user #12", no {@code TICKET_STATUS_CHANGED}). Every failure of a role is collected
 * and reported together; the screenshots land in {@code target/page-tour/} for people to look at.
 */
class PageTourIT extends BrowserTest {

    private static final Path SHOTS = Path.of(System.getProperty("peerdesk.pageTourDir", "target/page-tour"));
    /** Row ids shown as names of things, and enum constants shown as words. */
    private static final Pattern IDS = Pattern.compile("(?i)\\b(user|question|answer|post|flag|comment) #\\d+\\b|\\b(Flag|Post) \\d+ \\w+ed\\b");
    private static final Pattern CODES = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]{2,})+\\b");

    private record Size(String name, int width, int height, boolean mobile) {
    }

    private static final List<Size> SIZES = List.of(new Size("laptop", 1366, 900, false), new Size("phone", 390, 844, true));

    /** What every tour needs: a thread with an answer and a comment, a flag, a ticket. */
    private record Community(Api.Member asker, Api.Member helper, long questionId, long ticketId, String word) {
    }

    private Community community() {
        Api.Member asker = api.newMember("asker");
        Api.Member helper = api.newMember("helper");
        String tag = Api.unique("tour").toLowerCase();
        String word = "reconciliation";
        long questionId = api.ask(asker, "How does invoice " + word + " handle partial refunds?",
                "When a customer gets a partial refund, the " + word + " report shows the full amount. "
                        + "Is there a setting for this?\n\n```\nGET /api/v1/invoices?status=refunded\n```", tag);
        long answerId = api.answer(helper, questionId, "Partial refunds appear once the refund settles, usually "
                + "within two days. The report then shows the remaining amount.");
        assertThat(api.post("/api/v1/posts/" + answerId + "/comments",
                Api.json(Map.of("body", "Thanks, that explains the numbers I saw.")), asker.token()).status()).isEqualTo(201);
        Api.Reply flagged = api.post("/api/v1/posts/" + answerId + "/flags",
                Api.json(Map.of("reason", "OTHER", "text", "Please check the refund delay is right")), api.moderator().token());
        assertThat(flagged.status()).as("%s", flagged).isIn(201, 409);
        Api.Reply ticket = api.post("/api/v1/questions/" + questionId + "/escalation", "{}", api.moderator().token());
        assertThat(ticket.status()).as("%s", ticket).isIn(200, 201);
        return new Community(asker, helper, questionId, ticket.json().getJsonNumber("id").longValue(), word);
    }

    @Test
    void aVisitorsPages() throws Exception {
        Community c = community();
        tour("visitor", null, List.of("/", "/questions/" + c.questionId(), "/tags.xhtml",
                "/search.xhtml?q=" + c.word(), "/leaderboard.xhtml", "/users/profile.xhtml?id=" + c.helper().id(),
                "/login.xhtml", "/register.xhtml", "/forgot-password.xhtml", "/no-such-page"));
    }

    @Test
    void aMembersPages() throws Exception {
        Community c = community();
        tour("member", c.asker().token(), List.of("/", "/questions/" + c.questionId(), "/ask.xhtml",
                "/account.xhtml", "/notifications.xhtml", "/notifications/settings.xhtml",
                "/users/profile.xhtml?id=" + c.asker().id(), "/support/ticket.xhtml?id=" + c.ticketId()));
    }

    @Test
    void aModeratorsPages() throws Exception {
        Community c = community();
        tour("moderator", api.moderator().token(), List.of("/moderation/index.xhtml",
                "/moderation/index.xhtml?kind=APPROVAL", "/moderation/index.xhtml?kind=HIDDEN",
                "/questions/" + c.questionId(), "/users/profile.xhtml?id=" + c.helper().id()));
    }

    @Test
    void anAgentsPages() throws Exception {
        Community c = community();
        Api.Member agent = api.newStaff("agent", "AGENT");
        tour("agent", agent.token(), List.of("/support/index.xhtml", "/support/ticket.xhtml?id=" + c.ticketId(),
                "/questions/" + c.questionId()));
    }

    @Test
    void anAdminsPages() throws Exception {
        community();
        tour("admin", api.adminToken(), List.of("/", "/admin/index.xhtml", "/admin/escalation.xhtml",
                "/admin/mail.xhtml", "/admin/inbox.xhtml", "/moderation/index.xhtml"));
    }

    /** The phone header folds the links behind the menu button, and the button brings them back. */
    @Test
    void onAPhoneTheLinksAndTheAccountAreBehindTheMenuButton() throws Exception {
        Api.Member member = api.newMember("phone");
        signInWith(member.token());
        resize(SIZES.get(1));
        open("/");
        assertThat(browser.findElement(By.id("main-nav")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("current-user")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("menu-button")).getAttribute("aria-expanded")).isEqualTo("false");
        click("menu-button");
        assertThat(browser.findElement(By.id("menu-button")).getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(text(By.id("current-user"))).isEqualTo(member.displayName());
        click("signOut");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signIn-link")));
    }

    /** Search engines read the thread as a schema.org QAPage: the question, its answers, who wrote them. */
    @Test
    void aQuestionPageDescribesItselfAsAQAPage() throws Exception {
        Community c = community();
        open("/questions/" + c.questionId());
        String question = "[itemtype='https://schema.org/QAPage'] > [itemprop=mainEntity][itemtype='https://schema.org/Question']";
        assertThat(text(By.cssSelector(question + " [itemprop=name]"))).isEqualTo(
                "How does invoice " + c.word() + " handle partial refunds?");
        assertThat(browser.findElement(By.cssSelector(question + " > meta[itemprop=answerCount]")).getAttribute("content"))
                .isEqualTo("1");
        assertThat(text(By.cssSelector(question + " .question-post [itemprop=text]")))
                .contains("partial refund");
        String answer = question + " [itemprop=suggestedAnswer][itemtype='https://schema.org/Answer']";
        assertThat(text(By.cssSelector(answer + " [itemprop=text]"))).contains("once the refund settles");
        assertThat(browser.findElement(By.cssSelector(answer + " > link[itemprop=url]")).getAttribute("href"))
                .contains("/questions/" + c.questionId() + "/").contains("#answer-");
        assertThat(text(By.cssSelector(answer + " [itemprop=author] [itemprop=name]"))).isEqualTo(c.helper().displayName());
        assertThat(browser.findElements(By.cssSelector(question + " [itemprop=acceptedAnswer]"))).isEmpty();
    }

    private void tour(String role, String token, List<String> paths) throws Exception {
        Files.createDirectories(SHOTS);
        if (token != null) {
            signInWith(token);
        }
        String axe = axeSource();
        List<String> failures = new ArrayList<>();
        for (Size size : SIZES) {
            resize(size);
            for (String path : paths) {
                open(path);
                wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
                awaitAjax();
                String where = role + " " + path + " @" + size.width();
                if (token != null && browser.findElements(By.id("current-user")).isEmpty()) {
                    failures.add(where + ": not signed in");
                }
                failures.addAll(sideways(where));
                failures.addAll(accessibility(where, axe));
                failures.addAll(words(where));
                failures.addAll(consoleErrors(where, path));
                screenshot(role + "-" + path.replaceAll("[^A-Za-z0-9]+", "_") + "-" + size.name() + ".png");
            }
        }
        assertThat(failures).as("what %s pages get wrong (screenshots in %s)", role, SHOTS.toAbsolutePath()).isEmpty();
    }

    private void signInWith(String token) {
        open("/login.xhtml");
        browser.manage().addCookie(new Cookie.Builder("peerdesk_session", token).path("/").isHttpOnly(true).build());
    }

    private void resize(Size size) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", size.width(), "height", size.height(), "deviceScaleFactor", 1, "mobile", size.mobile()));
    }

    private List<String> sideways(String where) {
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const root = document.documentElement, width = root.clientWidth;
                if (root.scrollWidth <= width) return [];
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > width + 1 && out.length < 4) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' ends at ' + Math.round(r.right) + ' px');
                }
                return ['scrolls sideways (' + root.scrollWidth + ' px on ' + width + '): ' + out.join('; ')];
                """);
        return wide.stream().map(w -> where + ": " + w).toList();
    }

    private List<String> accessibility(String where, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return violations.stream().map(v -> where + ": axe " + v).toList();
    }

    private List<String> words(String where) {
        String text = browser.findElement(By.tagName("body")).getText();
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(IDS, CODES)) {
            Matcher m = pattern.matcher(text);
            while (m.find() && found.size() < 5) {
                found.add(m.group());
            }
        }
        return found.isEmpty() ? List.of() : List.of(where + ": shows ids or codes instead of words: " + found);
    }

    private List<String> consoleErrors(String where, String path) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER).getAll()) {
            String message = entry.getMessage();
            // the not-found page is answered with its status, which the console reports as a failed load
            boolean expected404 = path.equals("/no-such-page") && message.contains("404");
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !expected404) {
                errors.add(where + ": console error: " + message);
            }
        }
        return errors;
    }

    private void screenshot(String name) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser;
        Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), 6000);
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SHOTS.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String axeSource() throws IOException {
        try (InputStream in = PageTourIT.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
