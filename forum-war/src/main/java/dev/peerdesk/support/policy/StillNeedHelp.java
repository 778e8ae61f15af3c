package dev.peerdesk.support.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The asker's "still need help" (SPEC §5), decided in one place for the service that carries it
 * out ({@code POST /questions/{id}/escalation} by the asker) and the question page that offers the
 * button: what the request does to the question and its ticket, or why it is refused. Staff
 * escalating by hand follow their own rule (no waiting hour, reason STAFF).
 */
public final class StillNeedHelp {

    private StillNeedHelp() {
    }

    /** What the asker's request does. */
    public enum Step {
        /** Not escalated yet: a ticket is opened (reason REQUESTED). */
        ESCALATE,
        /**
         * The ticket can no longer be reopened (closed, or solved longer ago than the reopen window)
         * and the question is unsolved: the same ticket starts over as a new escalation.
         */
        ESCALATE_AGAIN,
        /** The ticket waits on the asker (PENDING): it goes back to support (OPEN). */
        BACK_TO_SUPPORT,
        /** Solved within the reopen window: reopened. */
        REOPEN,
        /** Support is on it already (NEW, OPEN): nothing changes. */
        NOTHING
    }

    /** A step, or (with {@code step} null) why the request is refused. */
    public record Outcome(Step step, String refusal) {

        static Outcome to(Step step) {
            return new Outcome(step, null);
        }

        static Outcome refused(String why) {
            return new Outcome(null, why);
        }

        /** Whether the asker may ask for help: the request would change something (the page offers the button). */
        public boolean mayAskForHelp() {
            return step != null && step != Step.NOTHING;
        }
    }

    /**
     * What the asker's request does.
     *
     * @param question the question's facts
     * @param ticket   the status of its ticket, or null when it is not escalated
     * @param solvedAt when the ticket was solved (for a SOLVED one)
     * @param now      the time of the request
     */
    public static Outcome of(QuestionFacts question, TicketStatus ticket, Instant solvedAt, Instant now,
                             SupportWindows windows, EscalationPolicy policy) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(now, "now");
        if (ticket == null || pastReopening(ticket, solvedAt, now, windows) && !question.accepted()) {
            Optional<String> exclusion = policy.exclusion(question);
            if (exclusion.isPresent()) {
                return Outcome.refused("This question cannot be escalated: " + exclusion.get());
            }
            if (ticket != null) {
                return Outcome.to(Step.ESCALATE_AGAIN);
            }
            if (!windows.mayRequestHelp(question.askedAt(), now)) {
                return Outcome.refused("You can ask for support from "
                        + question.askedAt().plus(windows.requestAllowedAfter())
                        + " (an hour after asking); the community may answer before then");
            }
            return Outcome.to(Step.ESCALATE);
        }
        return switch (ticket) {
            case PENDING -> Outcome.to(Step.BACK_TO_SUPPORT);
            case SOLVED -> windows.mayReopen(solvedAt, now) ? Outcome.to(Step.REOPEN)
                    : Outcome.refused("This ticket was solved more than " + windows.reopenWindow().toDays()
                    + " days ago; ask a new question instead");
            case CLOSED -> Outcome.refused("This ticket is closed; ask a new question to get help again");
            case NEW, OPEN -> Outcome.to(Step.NOTHING);
        };
    }

    /** Closed, or solved longer ago than the reopen window: the ticket can no longer be reopened. */
    public static boolean pastReopening(TicketStatus ticket, Instant solvedAt, Instant now, SupportWindows windows) {
        return ticket == TicketStatus.CLOSED
                || ticket == TicketStatus.SOLVED && !windows.mayReopen(solvedAt, now);
    }
}
