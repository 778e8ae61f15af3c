package dev.peerdesk.question.control;

import dev.peerdesk.question.entity.RelatedQuestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Owner of {@code related_question} and {@code related_due}: the "related questions" of each
 * question, computed once (when it is asked or retitled) and refreshed every
 * {@code FORUM_RELATED_REFRESH} so newer questions join the lists, instead of a FULLTEXT search on
 * every page view. The page reads the stored ids; the database is the one copy every node reads.
 */
@ApplicationScoped
public class RelatedQuestions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "FORUM_RELATED_REFRESH", defaultValue = "P30D")
    String refresh;

    /** The stored related question ids of a question, nearest first (visibility is the reader's). */
    public List<Long> of(long questionId) {
        return ((List<?>) em.createNamedQuery(RelatedQuestion.OF).setParameter(1, questionId).getResultList())
                .stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Computes a question's list now (in the caller's transaction) and schedules its next refresh. */
    public void compute(long questionId, String title) {
        em.createNamedQuery(RelatedQuestion.CLEAR).setParameter(1, questionId).executeUpdate();
        String words = QuestionQueries.fullTextWords(title);
        if (words.length() >= 3) {
            em.createNamedQuery(RelatedQuestion.COMPUTE).setParameter(1, questionId).setParameter(2, words)
                    .executeUpdate();
        }
        em.createNamedQuery(RelatedQuestion.SCHEDULE).setParameter(1, questionId)
                .setParameter(2, QuestionQueries.dbTime(clock.instant().plus(Duration.parse(refresh))))
                .executeUpdate();
    }

    /**
     * Recomputes at most {@code limit} lists that are due, in one transaction holding their
     * {@code related_due} rows (another node running at the same time takes the next ones).
     * Returns how many were computed; a question gone since is dropped from the schedule.
     */
    @Transactional
    public int refreshDue(int limit) {
        Instant now = clock.instant();
        List<?> due = em.createNamedQuery(RelatedQuestion.DUE).setParameter(1, QuestionQueries.dbTime(now))
                .setParameter(2, limit).getResultList();
        for (Object id : due) {
            long questionId = ((Number) id).longValue();
            List<?> title = em.createNamedQuery(RelatedQuestion.TITLE).setParameter(1, questionId).getResultList();
            if (title.isEmpty()) {
                em.createNamedQuery(RelatedQuestion.CLEAR).setParameter(1, questionId).executeUpdate();
                em.createNamedQuery(RelatedQuestion.UNSCHEDULE).setParameter(1, questionId).executeUpdate();
            } else {
                compute(questionId, (String) title.get(0));
            }
        }
        return due.size();
    }
}
