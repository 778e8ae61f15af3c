package dev.peerdesk.support.control;

import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.support.entity.CsatRating;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.entity.TicketMessage;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read queries of the support queue: every list is an index range with keyset paging. */
@ApplicationScoped
public class TicketQueries {

    @PersistenceContext
    EntityManager em;

    /** Filters of the agents' queue; null means "any". {@code assignee} 0 means unassigned. */
    public record QueueFilter(TicketStatus status, Priority priority, Long assignee) {
    }

    /**
     * The queue, most urgent SLA deadline first (indexes ix_ticket_sla/status/priority/assignee,
     * keyset on (sla_due_at, id)); assignees fetched in the same query.
     */
    public Cursor.Page<Ticket> queue(QueueFilter filter, int limit, String cursor) {
        StringBuilder jpql = new StringBuilder("SELECT t FROM Ticket t LEFT JOIN FETCH t.assignee WHERE 1 = 1");
        if (filter.status() != null) {
            jpql.append(" AND t.status = :status");
        }
        if (filter.priority() != null) {
            jpql.append(" AND t.priority = :priority");
        }
        if (filter.assignee() != null) {
            jpql.append(filter.assignee() == 0 ? " AND t.assignee IS NULL" : " AND t.assignee.id = :assignee");
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        if (after != null) {
            jpql.append(" AND (t.slaDueAt > :dueAt OR (t.slaDueAt = :dueAt AND t.id > :id))");
        }
        jpql.append(" ORDER BY t.slaDueAt, t.id");
        TypedQuery<Ticket> query = em.createQuery(jpql.toString(), Ticket.class);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.priority() != null) {
            query.setParameter("priority", filter.priority());
        }
        if (filter.assignee() != null && filter.assignee() != 0) {
            query.setParameter("assignee", filter.assignee());
        }
        if (after != null) {
            try {
                query.setParameter("dueAt", Instant.parse(after.sortKey())).setParameter("id", after.id());
            } catch (java.time.format.DateTimeParseException e) {
                throw Refusal.invalid("cursor", "is not a cursor returned by this API");
            }
        }
        List<Ticket> rows = query.setMaxResults(limit + 1).getResultList();
        return Cursor.page(rows, limit, t -> new Cursor(t.slaDueAt().toString(), t.id()));
    }

    public Optional<Ticket> ofQuestion(long questionId) {
        return em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.assignee WHERE t.questionId = :q", Ticket.class)
                .setParameter("q", questionId).getResultStream().findFirst();
    }

    /** The ratings of these tickets' current solves (a bounded page of ids). */
    public Map<Long, CsatRating> currentCsat(Collection<Ticket> tickets) {
        Map<Long, CsatRating> byTicket = new HashMap<>();
        if (tickets.isEmpty()) {
            return byTicket;
        }
        Map<Long, Integer> rounds = new HashMap<>();
        tickets.stream().filter(Ticket::solvedOrClosed).forEach(t -> rounds.put(t.id(), t.solveRound()));
        if (rounds.isEmpty()) {
            return byTicket;
        }
        em.createQuery("SELECT c FROM CsatRating c WHERE c.ticketId IN :ids", CsatRating.class)
                .setParameter("ids", rounds.keySet()).getResultStream()
                .filter(c -> rounds.get(c.ticketId()) == c.solveRound())
                .forEach(c -> byTicket.put(c.ticketId(), c));
        return byTicket;
    }

    public List<TicketEvent> events(long ticketId) {
        return em.createQuery("SELECT e FROM TicketEvent e LEFT JOIN FETCH e.actor WHERE e.ticketId = :t ORDER BY e.id",
                TicketEvent.class).setParameter("t", ticketId).setMaxResults(500).getResultList();
    }

    /** Private messages ({@code internal} false) or internal notes (true), oldest first. */
    public List<TicketMessage> messages(long ticketId, boolean internal) {
        return em.createQuery("SELECT m FROM TicketMessage m JOIN FETCH m.author WHERE m.ticketId = :t"
                        + " AND m.internal = :internal ORDER BY m.id", TicketMessage.class)
                .setParameter("t", ticketId).setParameter("internal", internal).setMaxResults(500).getResultList();
    }

    /** A customer's latest tickets, newest first (index ix_ticket_asker). */
    public List<Ticket> ofAsker(long askerId, int limit) {
        return em.createQuery("SELECT t FROM Ticket t LEFT JOIN FETCH t.assignee WHERE t.askerId = :a ORDER BY t.id DESC",
                Ticket.class).setParameter("a", askerId).setMaxResults(limit).getResultList();
    }

    public record CsatEntry(long ticketId, long questionId, int rating, String comment, Instant createdAt) {

        static CsatEntry of(Row r) {
            return new CsatEntry(r.longAt(0), r.longAt(1), r.intAt(2), r.string(3), r.instant(4));
        }
    }

    /** A customer's latest ratings, newest first (index ix_csat_asker). */
    public List<CsatEntry> csatOf(long askerId, int limit) {
        return Row.list(em.createNamedQuery(CsatRating.OF_ASKER)
                .setParameter(1, askerId).setParameter(2, limit)).stream().map(CsatEntry::of).toList();
    }

    /** Titles of the questions behind a page of tickets (for the pages). */
    public Map<Long, String> titles(Collection<Long> questionIds) {
        Map<Long, String> titles = new HashMap<>();
        if (questionIds.isEmpty()) {
            return titles;
        }
        Row.list(em.createQuery("SELECT q.id, q.title FROM Question q WHERE q.id IN :ids")
                        .setParameter("ids", questionIds))
                .forEach(r -> titles.put(r.longAt(0), r.string(1)));
        return titles;
    }
}
