/**
 * Support-queue rules for Peerdesk, as plain Java with no framework: when a forum question is
 * promoted to the support queue ({@link dev.peerdesk.support.policy.EscalationPolicy}), at which
 * {@link dev.peerdesk.support.policy.Priority}, when its SLA targets fall due
 * ({@link dev.peerdesk.support.policy.SlaTargets}), how a ticket may move between statuses
 * ({@link dev.peerdesk.support.policy.TicketStatus}) and how long the asker may ask for help or
 * reopen ({@link dev.peerdesk.support.policy.SupportWindows}).
 *
 * <p>Timers and SLAs count working time through a {@link dev.peerdesk.support.policy.BusinessCalendar}:
 * 24/7 by default, or only the open hours of {@link dev.peerdesk.support.policy.BusinessHours}.
 * Nothing here reads the system clock; callers pass the instants in.
 */
package dev.peerdesk.support.policy;
