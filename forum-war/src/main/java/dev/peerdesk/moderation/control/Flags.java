package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.FlagReason;
import dev.peerdesk.moderation.entity.Flag;
import dev.peerdesk.moderation.entity.FlagOutcome;
import dev.peerdesk.moderation.entity.FlagStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner of the {@code flag} table: every statement on it is one of {@link Flag}'s named
 * queries, run from here. Flags are added once per member and post (the unique key), read open for
 * the triage and the review queue, and closed by every review outcome (hide, delete, edit, close,
 * lock, approve), so the queue empties as work is done.
 */
@ApplicationScoped
public class Flags {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** An open flag as the review queue shows it ({@code QueueItem.flags}). */
    public record FlagView(long id, FlagReason reason, String text, long flaggerId, String flaggerName,
                           Instant createdAt) {

        static FlagView of(Flag flag, String flaggerName) {
            return new FlagView(flag.id(), flag.reason(), flag.text(), flag.flaggerId(), flaggerName, flag.createdAt());
        }
    }

    public boolean flaggedBy(long postId, long flaggerId) {
        return !em.createNamedQuery(Flag.BY_FLAGGER, Flag.class).setParameter("post", postId)
                .setParameter("flagger", flaggerId).setMaxResults(1).getResultList().isEmpty();
    }

    /** A new open flag, written at once (its id is known; a second flag by the same member breaks the unique key). */
    public Flag add(long postId, long flaggerId, FlagReason reason, String text, boolean byModerator) {
        Flag flag = new Flag(postId, flaggerId, reason, text, byModerator, clock.instant());
        em.persist(flag);
        em.flush();
        return flag;
    }

    /** The open flags of a post, oldest first, locked: for the triage, before they are resolved. */
    public List<Flag> openOn(long postId) {
        return em.createNamedQuery(Flag.OPEN_ON_POST, Flag.class).setParameter("post", postId)
                .setParameter("status", FlagStatus.OPEN).getResultList();
    }

    /** One flag, locked for its resolution; empty when there is no such flag. */
    public Optional<Flag> locked(long flagId) {
        return Optional.ofNullable(em.find(Flag.class, flagId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Resolves every open flag of the post with the outcome; {@code moderatorId} null for an automatic one. */
    public void resolveOpen(long postId, FlagOutcome outcome, Long moderatorId) {
        Instant now = clock.instant();
        for (Flag flag : openOn(postId)) {
            flag.resolve(outcome, moderatorId, now);
        }
    }

    /** A keyset page of the review queue: ids of posts (not deleted) with open flags, above {@code afterPostId}. */
    public List<Long> flaggedPosts(long afterPostId, int limit) {
        List<?> ids = em.createNamedQuery(Flag.FLAGGED_POSTS).setParameter(1, afterPostId)
                .setParameter(2, FlagStatus.OPEN.name()).setParameter(3, limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The open flags of a page of posts (at most 101), by post, oldest first. */
    public Map<Long, List<FlagView>> openOn(List<Long> postIds) {
        Map<Long, List<FlagView>> byPost = new LinkedHashMap<>();
        if (postIds.isEmpty()) {
            return byPost;
        }
        for (Object[] row : em.createNamedQuery(Flag.OPEN_ON_POSTS, Object[].class).setParameter("posts", postIds)
                .setParameter("status", FlagStatus.OPEN).getResultList()) {
            Flag flag = (Flag) row[0];
            byPost.computeIfAbsent(flag.postId(), k -> new java.util.ArrayList<>()).add(FlagView.of(flag, (String) row[1]));
        }
        return byPost;
    }
}
