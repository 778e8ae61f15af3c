package dev.peerdesk.reputation.boundary;

import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.reputation.Privileges;
import dev.peerdesk.reputation.ReputationRules;
import dev.peerdesk.reputation.control.ReputationLedger;
import dev.peerdesk.reputation.control.ReputationRulesStore;
import dev.peerdesk.reputation.entity.BadgeAward;
import dev.peerdesk.reputation.entity.ReputationEntry;
import dev.peerdesk.user.boundary.UserBadges;
import dev.peerdesk.user.boundary.UserDto;
import dev.peerdesk.user.control.UserRef;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading reputation (history, privileges, badges, leaderboard) and administering its rules. */
@ApplicationScoped
public class ReputationService implements UserBadges {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReputationLedger ledger;

    @Inject
    Clock clock;

    @Inject
    ReputationRulesStore rules;

    @Inject
    AuditLog audit;


    public record HistoryItem(int delta, String reason, Long postId, Instant createdAt) {
    }

    public record History(int reputation, List<HistoryItem> items, @JsonbNillable String nextCursor) {
    }

    public record Standing(UserRef user, int gained) {
    }

    public record RecomputeReport(long usersChecked, int drifted, List<ReputationLedger.Drift> drift, boolean fixed) {
    }

    /** The user's ledger, newest first, keyset-paged on the entry id. */
    public History history(long userId, Integer limit, String cursor) {
        User user = user(userId);
        int max = Cursor.limit(limit);
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        var query = em.createQuery("SELECT e FROM ReputationEntry e WHERE e.userId = :user AND e.delta <> 0"
                        + (after == null ? "" : " AND e.id < :after") + " ORDER BY e.id DESC", ReputationEntry.class)
                .setParameter("user", userId).setMaxResults(max + 1);
        if (after != null) {
            query.setParameter("after", after.id());
        }
        Cursor.Page<ReputationEntry> page = Cursor.page(
                query.getResultList(), max, e -> new Cursor("", e.id()));
        return new History(user.reputation(), page.items().stream()
                .map(e -> new HistoryItem(e.delta(), e.reason().name(), e.postId(), e.createdAt())).toList(),
                page.nextCursor());
    }

    public List<Privileges.Status> privileges(long userId) {
        User user = user(userId);
        return Privileges.all(user.reputation(), user.staff(), rules.current());
    }

    @Override
    public List<UserDto.BadgeDto> badgesOf(long userId) {
        return em.createQuery("SELECT b FROM BadgeAward b WHERE b.userId = :user ORDER BY b.awardedAt", BadgeAward.class)
                .setParameter("user", userId).getResultStream()
                .map(b -> new UserDto.BadgeDto(b.badge().displayName(), b.awardedAt())).toList();
    }

    /** {@code ?period=week|month|all}: the leaderboard's span. */
    @EnumNames.LowerCase
    public enum Period { WEEK, MONTH, ALL }

    /**
     * Reputation gained in the period. "all" is the stored total (index on reputation); a week or
     * a month sums that period's ledger entries, so its cost grows with the period's activity.
     */
    public List<Standing> leaderboard(Period period, Integer limit) {
        int max = Cursor.limit(limit);
        if (period == null || period == Period.ALL) {
            return em.createQuery("SELECT u FROM User u WHERE u.reputation > 1 ORDER BY u.reputation DESC, u.id",
                            User.class).setMaxResults(max).getResultStream()
                    .map(u -> new Standing(UserRef.of(u), u.reputation() - 1)).toList();
        }
        Duration span = period == Period.WEEK ? Duration.ofDays(7) : Duration.ofDays(30);
        List<ReputationLedger.Gain> gains = ledger.topGainsSince(clock.instant().minus(span), max);
        if (gains.isEmpty()) {
            return List.of();
        }
        List<Long> ids = gains.stream().map(ReputationLedger.Gain::userId).toList();
        Map<Long, User> users = em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(User::id, Function.identity()));
        List<Standing> board = new ArrayList<>();
        for (ReputationLedger.Gain gain : gains) {
            board.add(new Standing(UserRef.of(users.get(gain.userId())), gain.gained()));
        }
        return board;
    }

    public ReputationRulesStore.RulesDto currentRules(User actor) {
        Roles.require(actor, Role.ADMIN);
        return ReputationRulesStore.RulesDto.of(rules.current());
    }

    @Transactional
    public ReputationRulesStore.RulesDto changeRules(User actor, ReputationRulesStore.RulesDto change) {
        Roles.require(actor, Role.ADMIN);
        ReputationRulesStore.RulesDto before = ReputationRulesStore.RulesDto.of(rules.current());
        ReputationRules changed = rules.change(change);
        audit.record(actor.id(), "REPUTATION_RULES_CHANGED", "SETTING", 0,
                dev.peerdesk.platform.audit.Changes.between(before, ReputationRulesStore.RulesDto.of(changed)));
        return ReputationRulesStore.RulesDto.of(changed);
    }

    /**
     * Compares every stored total with 1 + the sum of the user's ledger entries; with
     * {@code fix}, sets drifted totals to the ledger's value. There should never be drift.
     */
    @Transactional
    public RecomputeReport recompute(User actor, boolean fix) {
        Roles.require(actor, Role.ADMIN);
        List<ReputationLedger.Drift> drift = ledger.drift();
        long users = ledger.users();
        if (fix) {
            for (ReputationLedger.Drift d : drift) {
                ledger.repair(d);
                audit.record(actor.id(), "REPUTATION_RECOMPUTED", "USER", d.userId(),
                        "stored " + d.stored() + ", ledger " + d.ledger());
            }
        }
        return new RecomputeReport(users, drift.size(), drift, fix && !drift.isEmpty());
    }

    private User user(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw Refusal.notFound("User " + id);
        }
        return user;
    }
}
