package dev.peerdesk.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that walk the real pages in a headless Chromium (Debian's chromium and chromedriver), one
 * fresh browser per test, with the few steps every page test takes.
 */
abstract class BrowserTest extends PeerdeskIT {

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("peerdesk.chromeBinary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("peerdesk-chromium"));
        // the console, to fail a test on any Content-Security-Policy violation (see closeBrowser)
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertNoCspViolations();
            } finally {
                browser.quit();
            }
        }
    }

    /** The pages must work under their Content-Security-Policy: Chromium logs every refused script or style. */
    protected void assertNoCspViolations() {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertThat(violations).as("CSP violations in the browser console").isEmpty();
    }

    protected void signIn(String email, String password) {
        open("/login.xhtml");
        type("email", email);
        type("password", password);
        click("signIn");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Who the header says is signed in (on a phone the name sits behind the menu button: read, not seen). */
    protected String signedInAs() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")))
                .getAttribute("textContent").strip();
    }

    protected void signOut() {
        // Sign out is in the account menu under the name
        if (!browser.findElement(By.id("signOut")).isDisplayed()) {
            click(browser.findElement(By.id("menu-button")).isDisplayed() ? "menu-button" : "account-summary");
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.id("signOut"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("current-user")));
    }

    /** Opens a staff page from the header: its link, or the Staff menu's when the person has several. */
    protected void staffLink(String id) {
        if (!browser.findElements(By.id("staff-menu-button")).isEmpty()) {
            click("staff-menu-button");
        }
        click(id);
    }

    /** Opens one of the admin pages from the header's Admin link and the admin home. */
    protected void adminPage(String id) {
        staffLink("admin-link");
        wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
        click(id);
    }

    protected void open(String path) {
        browser.get(api.root() + path);
    }

    protected void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    protected void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    protected String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText().strip();
    }

    /** Until PrimeFaces has no request in flight. */
    protected void awaitAjax() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"));
    }
}
