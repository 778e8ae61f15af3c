package dev.peerdesk.user.control;

/** A user's support plan changed (fired inside the changing transaction): escalation timers may change. */
public record PlanChanged(long userId) {
}
