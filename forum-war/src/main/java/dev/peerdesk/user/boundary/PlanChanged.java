package dev.peerdesk.user.boundary;

/** A user's support plan changed (fired inside the changing transaction): escalation timers may change. */
public record PlanChanged(long userId) {
}
