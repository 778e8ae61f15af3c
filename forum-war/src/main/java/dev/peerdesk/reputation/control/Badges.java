package dev.peerdesk.reputation.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.reputation.Badge;
import dev.peerdesk.reputation.BadgeFacts;
import dev.peerdesk.reputation.BadgeRules;
import dev.peerdesk.reputation.entity.BadgeAward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Awards badges at the moment they are earned, each at most once (primary key user + badge). */
@ApplicationScoped
public class Badges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void consider(long userId, BadgeFacts facts, Long postId) {
        Set<Badge> held = held(userId);
        for (Badge badge : BadgeRules.defaults().newlyEarned(facts, held)) {
            em.createNamedQuery(BadgeAward.AWARD)
                    .setParameter(1, userId).setParameter(2, badge.name()).setParameter(3, postId)
                    .setParameter(4, InstantConverter.toDatabase(clock.instant())).executeUpdate();
        }
    }

    private Set<Badge> held(long userId) {
        List<?> names = em.createNamedQuery(BadgeAward.HELD)
                .setParameter(1, userId).getResultList();
        Set<Badge> held = EnumSet.noneOf(Badge.class);
        names.forEach(name -> held.add(Badge.valueOf((String) name)));
        return held;
    }
}
