package dev.peerdesk.notification.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ANSWER|1||New answer to “Printer”",
            "ANSWER|3||3 new answers to “Printer”",
            "COMMENT|2||2 new comments on your post in “Printer”",
            "ACCEPTED|1||Your answer to “Printer” was accepted",
            "OFFICIAL_ANSWER|1||Support answered “Printer”",
            "TICKET_UPDATED|1|PENDING|Your support ticket for “Printer” is waiting on you",
            "TICKET_UPDATED|1|ESCALATED|Your support ticket for “Printer” was escalated to support",
            "TICKET_MESSAGE|4||4 new private messages on the ticket for “Printer”",
            "TICKET_ASSIGNED|1||The ticket for “Printer” was assigned to you"})
    void aNotificationSaysWhatHappenedAndHowOften(NotificationType type, int count, String detail, String text) {
        assertThat(NotificationText.of(type, count, "Printer", detail)).isEqualTo(text);
    }
}
