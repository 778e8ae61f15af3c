package dev.peerdesk.support.policy;

import java.time.Instant;

/**
 * When a support ticket's SLA targets fall due.
 *
 * @param firstResponseDueAt by when staff must first respond
 * @param resolutionDueAt    by when the ticket must be solved
 */
public record SlaDueTimes(Instant firstResponseDueAt, Instant resolutionDueAt) {

    public SlaDueTimes {
        if (firstResponseDueAt == null || resolutionDueAt == null) {
            throw new IllegalArgumentException("firstResponseDueAt and resolutionDueAt must not be null");
        }
    }
}
