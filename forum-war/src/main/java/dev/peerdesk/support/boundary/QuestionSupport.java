package dev.peerdesk.support.boundary;

import dev.peerdesk.support.policy.TicketStatus;

/**
 * What the question page shows of support, decided for one viewer by the support rules: the ticket
 * banner (for whom {@code Ticket.statusVisibleTo} allows) with the link to the ticket page (for whom
 * {@code Ticket.visibleTo} allows), the asker's "still need help" ({@code StillNeedHelp}) and the
 * CSAT prompt.
 *
 * @param banner        null when there is no ticket the viewer may know of
 * @param mayAskForHelp the asker may ask support for help (again)
 * @param csatDue       the asker may rate the support of the current solve
 * @param csatRating    the asker's rating of the current solve, if given
 */
public record QuestionSupport(Banner banner, boolean mayAskForHelp, boolean csatDue, Integer csatRating) {

    /** Nothing about support: no ticket to show, nothing to ask. */
    public static final QuestionSupport NONE = new QuestionSupport(null, false, false, null);

    /**
     * The banner over an escalated question: how its ticket stands, in words, and whether the
     * ticket page opens for the viewer (no link that would answer 403).
     */
    public record Banner(long ticketId, TicketStatus status, String text, boolean ticketPageShown) {

        /** The banner's icon: a check once solved or closed, a reply arrow while waiting on the asker. */
        public String icon() {
            return switch (status) {
                case SOLVED, CLOSED -> "pi-check-circle";
                case PENDING -> "pi-reply";
                case NEW, OPEN -> "pi-headphones";
            };
        }

        /** The status as a CSS class suffix: {@code ticket-solved}. */
        public String css() {
            return status.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
