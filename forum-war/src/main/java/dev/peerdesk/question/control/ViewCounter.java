package dev.peerdesk.question.control;

import dev.peerdesk.question.entity.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts question views in memory and adds them to the database every few seconds, so that reading
 * a question — the most frequent request — writes nothing and never waits on a row lock. Each node
 * adds only its own increments, so several nodes never overwrite each other. Views counted in the
 * last seconds before a crash are lost; view counts are approximate by nature (and a visitor whom a
 * load balancer sends to two nodes may count once on each).
 */
@ApplicationScoped
public class ViewCounter {

    /** A visitor's views of one question within this window count once (reloads, crawlers, bots). */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /**
     * At most this many (question, visitor) pairs are remembered; beyond it new views are not
     * counted until old ones expire, so a flood of new visitors costs bounded memory, not a heap.
     */
    static final int MAX_REMEMBERED = 200_000;

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Counts a view unless this visitor (a user id, or an address and browser) already viewed the
     * question within the window on this node.
     */
    public void record(long questionId, String visitor) {
        Instant now = clock.instant();
        String key = questionId + "|" + visitor;
        Instant until = seen.get(key);
        if (until != null && now.isBefore(until)) {
            return;
        }
        if (until == null && seen.size() >= MAX_REMEMBERED) {
            return;
        }
        if (until == null ? seen.putIfAbsent(key, now.plus(WINDOW)) != null : !seen.replace(key, until, now.plus(WINDOW))) {
            return; // a parallel request of the same visitor counted it
        }
        pending.computeIfAbsent(questionId, id -> new LongAdder()).increment();
    }

    /** Views of this question counted here but not yet written. */
    public int unwritten(long questionId) {
        LongAdder adder = pending.get(questionId);
        return adder == null ? 0 : adder.intValue();
    }

    @Transactional
    public void flush() {
        Instant now = clock.instant();
        seen.values().removeIf(until -> !now.isBefore(until));
        for (Map.Entry<Long, LongAdder> entry : pending.entrySet()) {
            long views = entry.getValue().sumThenReset();
            if (views == 0) {
                pending.remove(entry.getKey(), entry.getValue());
                continue;
            }
            em.createNamedQuery(Post.VIEWS)
                    .setParameter(1, views).setParameter(2, entry.getKey()).executeUpdate();
        }
    }
}
