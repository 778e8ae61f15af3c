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

    @Test
    void aDigestListsEachNotificationWithItsLinkEscapedInHtml() {
        MailContent digest = MailContent.digest(java.util.List.of(
                        new MailOutbox.DigestItem("New comment on your post in “A <i>b</i>”", "https://f.example/questions/1"),
                        new MailOutbox.DigestItem("2 new answers to “C”", "https://f.example/questions/2#answer-5")),
                "https://f.example/notifications.xhtml", "https://f.example/api/v1/unsubscribe/d");
        assertThat(digest.subject()).isEqualTo("Your Peerdesk digest: 2 updates");
        assertThat(digest.text()).contains("- New comment on your post in “A <i>b</i>”\n  https://f.example/questions/1")
                .contains("https://f.example/questions/2#answer-5").contains("/unsubscribe/d");
        assertThat(digest.html()).contains("A &lt;i&gt;b&lt;/i&gt;").doesNotContain("<i>")
                .contains("href=\"https://f.example/questions/2#answer-5\"");
    }

    @Test
    void everyTypeHasADefaultDeliveryAndOnlyAnswersDependOnWhetherYouAsked() {
        for (NotificationType type : NotificationType.values()) {
            assertThat(MailDelivery.byDefault(type)).as(type.name()).isNotEqualTo(MailDelivery.OFF);
        }
        assertThat(MailDelivery.byDefault(NotificationType.ANSWER)).isEqualTo(MailDelivery.INSTANT);
        assertThat(MailDelivery.FOR_FOLLOWERS).isEqualTo(MailDelivery.DIGEST);
        assertThat(MailDelivery.byDefault(NotificationType.COMMENT)).isEqualTo(MailDelivery.DIGEST);
        assertThat(MailDelivery.byDefault(NotificationType.SLA_AT_RISK)).isEqualTo(MailDelivery.INSTANT);
    }
}
