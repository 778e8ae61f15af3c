package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.TicketSlaAlert;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.support.control.SlaCountdown;
import dev.peerdesk.support.policy.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * SLA_AT_RISK, to agents only: the assignee (all agents while unassigned) hears once when the
 * deadline that matters (first response until there is one, then resolution) is within
 * {@link #WARNING} and once when it was missed. The {@code ticket_sla_alert} primary key (ticket,
 * deadline, stage), inserted in the transaction that notifies, keeps it to once however many nodes
 * sweep. The sweep reads the index range (status, sla_due_at) of running tickets whose deadline is
 * within the hour or past, less those already alerted for that stage: what is due, not the queue.
 */
@ApplicationScoped
public class SlaAlerts {

    static final Duration WARNING = Duration.ofHours(1);
    static final int BATCH = 200;
    private static final String AGENTS = "SELECT id AS uid FROM app_user WHERE agent = TRUE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox mail;

    /** One bounded batch; returns how many alerts were sent. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<Row> rows = Row.list(em.createNamedQuery(TicketSlaAlert.DUE_TICKETS)
                .setParameter(1, InstantConverter.toDatabase(now.plus(WARNING))).setParameter(2, BATCH)
                .setParameter(3, InstantConverter.toDatabase(now)));
        int sent = 0;
        for (Row r : rows) {
            long ticketId = r.longAt(0);
            long questionId = r.longAt(1);
            long askerId = r.longAt(2);
            Long assigneeId = r.longOrNull(3);
            SlaCountdown.Standing standing = SlaCountdown.of(TicketStatus.valueOf(r.string(4)),
                    r.instant(5), r.instant(6), r.instant(7), r.instant(8), now);
            String stage;
            if (standing.state() == SlaCountdown.State.OVERDUE) {
                stage = "BREACHED";
            } else if (standing.state() == SlaCountdown.State.DUE && standing.remaining().compareTo(WARNING) <= 0) {
                stage = "AT_RISK";
            } else {
                continue;
            }
            int inserted = em.createNamedQuery(TicketSlaAlert.RAISE)
                    .setParameter(1, ticketId).setParameter(2, standing.which().name()).setParameter(3, stage)
                    .setParameter(4, InstantConverter.toDatabase(standing.deadline()))
                    .setParameter(5, InstantConverter.toDatabase(now)).executeUpdate();
            if (inserted != 1) {
                continue;
            }
            String detail = standing.which().name() + ":" + stage;
            Notice notice = Notice.single(NotificationType.SLA_AT_RISK, questionId, null, ticketId, detail);
            // the asker is left out as the "actor": an agent's own ticket never warns them as a customer
            if (assigneeId != null) {
                notifications.notifyUser(notice, askerId, assigneeId);
                if (assigneeId != askerId) {
                    mail.enqueue(assigneeId, NotificationType.SLA_AT_RISK, questionId, null, detail);
                }
            } else {
                notifications.notify(notice, askerId, AGENTS);
                // by mail only to the agents who chose it: the INSTANT default is for one's own tickets,
                // not a mail to every agent for every unassigned ticket
                for (long agent : notifications.mailedAtOnce(NotificationType.SLA_AT_RISK, MailDelivery.DIGEST,
                        askerId, AGENTS)) {
                    mail.enqueue(agent, NotificationType.SLA_AT_RISK, questionId, null, detail);
                }
            }
            sent++;
        }
        return sent;
    }
}
