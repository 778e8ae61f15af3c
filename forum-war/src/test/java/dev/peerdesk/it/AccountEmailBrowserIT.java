package dev.peerdesk.it;

import dev.peerdesk.it.Api.Member;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/** The account e-mail pages in a phone-sized browser: forgot password → mailed link → new password → sign in. */
class AccountEmailBrowserIT extends BrowserTest {

    private static final ItMail MAIL = ItMail.start();

    private void assertNoSidewaysScroll(String page) {
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scroll at 390 px on " + page).isTrue();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkAndTheNewOneSignsIn() {
        browser.manage().window().setSize(new Dimension(390, 844));
        Member member = api.newMember("forgot");

        open("/login.xhtml");
        click("forgot-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-heading")));
        assertNoSidewaysScroll("forgot-password");
        type("email", member.email());
        click("sendReset");
        assertThat(text(By.id("reset-sent"))).contains("If an account uses " + member.email())
                .contains("works for one hour");

        String token = MAIL.awaitAccountLinkToken(member.email(), "RESET_PASSWORD", 1);
        open("/reset-password.xhtml?token=" + token);
        assertNoSidewaysScroll("reset-password");
        type("password", "password");
        click("setPassword");
        assertThat(text(By.cssSelector("#resetForm .ui-message-error")))
                .as("the registration rules, in words").contains("10–200 characters");
        type("password", "a-fresh-start-2026");
        click("setPassword");
        assertThat(text(By.id("reset-done"))).contains("Sign in with your new password");
        assertNoSidewaysScroll("login after reset");

        signIn(member.email(), "a-fresh-start-2026");
        assertThat(signedInAs()).isEqualTo(member.displayName());

        open("/reset-password.xhtml?token=" + token);
        assertThat(text(By.id("reset-link-expired"))).contains("does not work any more");
        click("request-new-link");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-heading")));
    }

    @Test
    void anUnconfirmedMemberSeesTheReminderAndConfirmsWithTheButton() {
        browser.manage().window().setSize(new Dimension(390, 844));
        Member member = api.newMember("reminded");
        signIn(member.email(), member.password());
        assertThat(text(By.id("verifyReminder"))).contains("Please confirm your e-mail address")
                .contains(member.email());
        assertNoSidewaysScroll("home with the reminder");
        click("sendVerificationAgain");
        assertThat(text(By.id("verification-sent-again"))).contains("less than a minute ago");

        String token = MAIL.awaitAccountLinkToken(member.email(), "VERIFY_EMAIL", 1);
        open("/verify-email.xhtml?token=" + token);
        assertThat(text(By.id("verify-address"))).isEqualTo(member.email());
        open("/verify-email.xhtml?token=" + token); // opening the link twice (a mail scanner) uses nothing up
        assertNoSidewaysScroll("verify-email");
        click("confirm");
        assertThat(text(By.id("verify-done"))).contains(member.email() + " is confirmed");
        open("/");
        assertThat(signedInAs()).isEqualTo(member.displayName());
        assertThat(browser.findElements(By.id("verifyReminder"))).isEmpty();

        open("/account.xhtml");
        assertThat(text(By.id("current-email"))).contains(member.email()).contains("(confirmed)");
        assertNoSidewaysScroll("account");
        String newAddress = Api.unique("moved").toLowerCase() + "@it.peerdesk.test";
        type("newEmail", newAddress);
        type("currentPassword", member.password());
        click("changeEmail");
        assertThat(text(By.id("change-sent"))).contains("We sent a confirmation link to " + newAddress);
        assertThat(text(By.id("current-email"))).contains(member.email());
    }
}
