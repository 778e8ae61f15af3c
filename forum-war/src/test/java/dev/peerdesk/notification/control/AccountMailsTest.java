package dev.peerdesk.notification.control;

import dev.peerdesk.user.control.AccountMailRequested.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AccountMailsTest {

    @ParameterizedTest
    @CsvSource({
            "VERIFY_EMAIL, 48, Confirm your e-mail address for Peerdesk, Confirm my address, 48 hours",
            "CHANGE_EMAIL, 48, Confirm your new e-mail address for Peerdesk, Confirm my new address, 48 hours",
            "RESET_PASSWORD, 1, Reset your Peerdesk password, Choose a new password, 1 hour"})
    void eachAccountMailSaysWhatToDoWithTheLinkAndHowLongItWorks(Kind kind, long hours, String subject,
                                                                  String action, String validity) {
        String link = "https://forum.example.com/page.xhtml?token=abc&x=1";
        MailContent mail = AccountMails.content(kind, "Ann <b>", link, Duration.ofHours(hours));
        assertThat(mail.subject()).isEqualTo(subject);
        assertThat(mail.text()).contains("Hello Ann <b>,").contains(action + ": " + link)
                .contains("works for " + validity + " and only once");
        assertThat(mail.html()).contains("<a href=\"https://forum.example.com/page.xhtml?token=abc&amp;x=1\">"
                + action + "</a>").contains("Hello Ann &lt;b&gt;,").doesNotContain("<b>");
    }
}
