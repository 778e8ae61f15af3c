package dev.peerdesk.notification.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailContentTest {

    @Test
    void bothPartsCarryTheExcerptTheLinkAndTheWayOut() {
        MailContent mail = MailContent.of("New answer to “A <b>bold</b> question”", "Try <script>x</script> & more",
                "https://forum.example/questions/7#answer-9", "https://forum.example/unsubscribe.xhtml?token=t",
                "https://forum.example/notifications/settings.xhtml");
        assertThat(mail.subject()).isEqualTo("New answer to “A <b>bold</b> question”");
        assertThat(mail.text()).contains("> Try <script>x</script> & more")
                .contains("https://forum.example/questions/7#answer-9").contains("Stop these e-mails: https://forum.example/unsubscribe.xhtml?token=t")
                .contains("All e-mail settings: https://forum.example/notifications/settings.xhtml");
        assertThat(mail.html()).contains("A &lt;b&gt;bold&lt;/b&gt; question").contains("Try &lt;script&gt;x&lt;/script&gt; &amp; more")
                .doesNotContain("<script>").contains("href=\"https://forum.example/questions/7#answer-9\"")
                .contains("href=\"https://forum.example/unsubscribe.xhtml?token=t\">Stop these e-mails</a>");
    }

    @Test
    void excerptsAreShortAndOnOneLine() {
        assertThat(MailOutbox.excerpt("line one\n\nline   two")).isEqualTo("line one line two");
        assertThat(MailOutbox.excerpt("x".repeat(1000))).hasSize(300).endsWith("…");
        assertThat(MailOutbox.excerpt(null)).isNull();
    }

    @Test
    void retriesSpreadOutAndNeverStop() {
        assertThat(MailBackoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(MailBackoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailBackoff.delayAfter(100)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> MailBackoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
