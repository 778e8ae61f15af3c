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
            "TICKET_ASSIGNED|1||The ticket for “Printer” was assigned to you",
            "MENTION|1||You were mentioned in “Printer”",
            "SLA_AT_RISK|1|FIRST_RESPONSE:AT_RISK|The ticket for “Printer” is due for its first response within the hour",
            "SLA_AT_RISK|1|RESOLUTION:BREACHED|The ticket for “Printer” missed its resolution deadline",
            "NUDGE|1||You have answers to “Printer” — did one solve it? Accept it, or tell us you still need help.",
            "NEW_QUESTION|1|billing|New question in billing: Printer",
            "NEW_QUESTION|3|billing|3 new questions in billing, the latest: Printer"})
    void aNotificationSaysWhatHappenedAndHowOften(NotificationType type, int count, String detail, String text) {
        assertThat(NotificationText.of(type, count, "Printer", detail)).isEqualTo(text);
    }
}
