package dev.peerdesk.support.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TicketStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "NEW,     NEW,     false",
            "NEW,     OPEN,    true",
            "NEW,     PENDING, true",
            "NEW,     SOLVED,  true",
            "NEW,     CLOSED,  false",
            "OPEN,    NEW,     false",
            "OPEN,    OPEN,    false",
            "OPEN,    PENDING, true",
            "OPEN,    SOLVED,  true",
            "OPEN,    CLOSED,  false",
            "PENDING, NEW,     false",
            "PENDING, OPEN,    true",
            "PENDING, PENDING, false",
            "PENDING, SOLVED,  true",
            "PENDING, CLOSED,  false",
            "SOLVED,  NEW,     false",
            "SOLVED,  OPEN,    true",
            "SOLVED,  PENDING, false",
            "SOLVED,  SOLVED,  false",
            "SOLVED,  CLOSED,  true",
            "CLOSED,  NEW,     false",
            "CLOSED,  OPEN,    false",
            "CLOSED,  PENDING, false",
            "CLOSED,  SOLVED,  false",
            "CLOSED,  CLOSED,  false",
    })
    void ticketsMoveOnlyAlongTheLifecycle(TicketStatus from, TicketStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} active: {1}")
    @CsvSource({"NEW, true", "OPEN, true", "PENDING, true", "SOLVED, false", "CLOSED, false"})
    void onlyUnsolvedTicketsAreActive(TicketStatus status, boolean active) {
        assertThat(status.active()).isEqualTo(active);
    }
}
