package dev.peerdesk.question.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts question views in memory and adds them to the database every few seconds, so that reading
 * a question — the most frequent request — writes nothing and never waits on a row lock. Each node
 * adds only its own increments, so several nodes never overwrite each other. Views counted in the
 * last seconds before a crash are lost; view counts are approximate by nature.
 */
@ApplicationScoped
public class ViewCounter {

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    public void record(long questionId) {
        pending.computeIfAbsent(questionId, id -> new LongAdder()).increment();
    }

    /** Views of this question counted here but not yet written. */
    public int unwritten(long questionId) {
        LongAdder adder = pending.get(questionId);
        return adder == null ? 0 : adder.intValue();
    }

    @Transactional
    public void flush() {
        for (Map.Entry<Long, LongAdder> entry : pending.entrySet()) {
            long views = entry.getValue().sumThenReset();
            if (views == 0) {
                pending.remove(entry.getKey(), entry.getValue());
                continue;
            }
            em.createNativeQuery("UPDATE post SET view_count = view_count + ?1 WHERE id = ?2 AND kind = 'Q'")
                    .setParameter(1, views).setParameter(2, entry.getKey()).executeUpdate();
        }
    }
}
