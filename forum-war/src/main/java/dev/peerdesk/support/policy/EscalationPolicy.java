package dev.peerdesk.support.policy;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * When a forum question is promoted to the support queue, and at which priority.
 *
 * <ul>
 *   <li><b>UNANSWERED</b>: nobody but the asker has answered {@code unansweredAfter} after the
 *       question was asked (default 24 h).</li>
 *   <li><b>UNRESOLVED</b>: others have answered but none is accepted {@code unresolvedAfter} after
 *       the question was asked (default 72 h).</li>
 * </ul>
 *
 * <p>Support plans and tags may override the timers and the priority. The most urgent opinion
 * wins, component by component: the base timers (with priority NORMAL), the asker's plan rule and
 * the rules of all the question's tags are combined into the shortest unanswered timer, the
 * shortest unresolved timer and the most urgent priority.
 *
 * <p>Closed, locked, deleted and hidden questions and questions asked by staff are never
 * escalated; neither is a question with an accepted answer. With {@code businessHours} set, the
 * timers count only business time; without, they run 24/7.
 *
 * <p>The policy also holds the SLA targets per priority that a ticket gets when it is escalated,
 * and how long before an UNRESOLVED escalation the asker is nudged (used by notifications).
 *
 * @param unansweredAfter base unanswered timer, positive
 * @param unresolvedAfter base unresolved timer, positive
 * @param plans           rule per support plan; keys are matched case-insensitively
 * @param tags            rule per tag; keys are matched case-insensitively
 * @param businessHours   opening hours the timers count, or null for 24/7
 * @param sla             SLA targets per priority for tickets escalated under this policy
 * @param nudgeBefore     lead time of the nudge before an UNRESOLVED escalation, positive
 */
public record EscalationPolicy(Duration unansweredAfter, Duration unresolvedAfter,
                               Map<String, EscalationRule> plans, Map<String, EscalationRule> tags,
                               BusinessHours businessHours, SlaTargets sla, Duration nudgeBefore) {

    public static final Duration DEFAULT_UNANSWERED_AFTER = Duration.ofHours(24);
    public static final Duration DEFAULT_UNRESOLVED_AFTER = Duration.ofHours(72);
    public static final Duration DEFAULT_NUDGE_BEFORE = Duration.ofHours(12);

    /** Every question starts from NORMAL; only plans and tags raise (or lower) it. */
    static final Priority BASE_PRIORITY = Priority.NORMAL;

    public EscalationPolicy {
        requirePositive(unansweredAfter, "unansweredAfter");
        requirePositive(unresolvedAfter, "unresolvedAfter");
        plans = normalizedKeys(plans, "plans", EscalationPolicy::planKey);
        tags = normalizedKeys(tags, "tags", EscalationPolicy::tagKey);
        Objects.requireNonNull(sla, "sla");
        requirePositive(nudgeBefore, "nudgeBefore");
    }

    /** A policy with the default SLA targets and nudge lead time. */
    public EscalationPolicy(Duration unansweredAfter, Duration unresolvedAfter, Map<String, EscalationRule> plans,
                            Map<String, EscalationRule> tags, BusinessHours businessHours) {
        this(unansweredAfter, unresolvedAfter, plans, tags, businessHours, SlaTargets.defaults(), DEFAULT_NUDGE_BEFORE);
    }

    /**
     * The product defaults on top of the given base timers: plans PREMIUM (4 h / 24 h, HIGH),
     * STANDARD (12 h / 48 h, NORMAL) and FREE (base timers, NORMAL); tag {@code billing} (2 h
     * unanswered, HIGH); no business hours; the SLA table of {@link SlaTargets#defaults()}; a nudge
     * 12 h before an UNRESOLVED escalation.
     */
    public static EscalationPolicy defaults(Duration unansweredAfter, Duration unresolvedAfter) {
        Map<String, EscalationRule> plans = Map.of(
                "PREMIUM", new EscalationRule(Duration.ofHours(4), Duration.ofHours(24), Priority.HIGH),
                "STANDARD", new EscalationRule(Duration.ofHours(12), Duration.ofHours(48), Priority.NORMAL),
                "FREE", new EscalationRule(null, null, Priority.NORMAL));
        Map<String, EscalationRule> tags = Map.of(
                "billing", new EscalationRule(Duration.ofHours(2), null, Priority.HIGH));
        return new EscalationPolicy(unansweredAfter, unresolvedAfter, plans, tags, null);
    }

    /** {@link #defaults(Duration, Duration)} with the default 24 h / 72 h base timers. */
    public static EscalationPolicy defaults() {
        return defaults(DEFAULT_UNANSWERED_AFTER, DEFAULT_UNRESOLVED_AFTER);
    }

    /** The same policy with its timers counting only {@code businessHours} (null: 24/7). */
    public EscalationPolicy withBusinessHours(BusinessHours businessHours) {
        return new EscalationPolicy(unansweredAfter, unresolvedAfter, plans, tags, businessHours, sla, nudgeBefore);
    }

    /** The calendar the timers count in: the business hours, or round the clock. */
    public BusinessCalendar calendar() {
        return businessHours == null ? BusinessCalendar.ALWAYS : businessHours;
    }

    /**
     * The rule that applies to a question from an asker on {@code plan} with {@code tags}, fully
     * resolved (no null field): the base timers and priority NORMAL, combined with the plan's rule
     * and every tag's rule so that the most urgent value of each field wins. Unknown plans and
     * tags, and a null plan, contribute nothing.
     */
    public EscalationRule effectiveRule(String plan, Collection<String> tags) {
        EscalationRule rule = new EscalationRule(unansweredAfter, unresolvedAfter, BASE_PRIORITY);
        if (plan != null) {
            rule = rule.mostUrgent(plans.get(planKey(plan)));
        }
        if (tags != null) {
            for (String tag : tags) {
                if (tag != null) {
                    rule = rule.mostUrgent(this.tags.get(tagKey(tag)));
                }
            }
        }
        return rule;
    }

    /** The priority a ticket for this plan and these tags gets: that of {@link #effectiveRule}. */
    public Priority priorityFor(String plan, Collection<String> tags) {
        return effectiveRule(plan, tags).priority();
    }

    /**
     * Why the question may never be escalated, not even by hand: it is closed, locked, deleted or
     * hidden, or it was asked by staff. Empty when it may be. An accepted answer is deliberately
     * not an exclusion: it stops the automatic timers, but staff may still escalate.
     */
    public Optional<String> exclusion(QuestionFacts facts) {
        Objects.requireNonNull(facts, "facts");
        if (facts.closed()) {
            return Optional.of("the question is closed");
        }
        if (facts.locked()) {
            return Optional.of("the question is locked");
        }
        if (facts.deleted()) {
            return Optional.of("the question is deleted");
        }
        if (facts.hidden()) {
            return Optional.of("the question is hidden");
        }
        if (facts.askedByStaff()) {
            return Optional.of("the question was asked by staff");
        }
        return Optional.empty();
    }

    /**
     * Whether and when the question is escalated automatically. Never for an excluded question or
     * one with an accepted answer. Otherwise UNANSWERED, due the effective unanswered timer after
     * it was asked, while nobody but the asker has answered; once others have answered,
     * UNRESOLVED, due the effective unresolved timer after it was asked. Both timers count in
     * {@link #calendar()} and the priority is the effective rule's.
     */
    public EscalationDecision decide(QuestionFacts facts) {
        Optional<String> excluded = exclusion(facts);
        if (excluded.isPresent()) {
            return new EscalationDecision.Never(excluded.get());
        }
        if (facts.accepted()) {
            return new EscalationDecision.Never("an answer is accepted");
        }
        EscalationRule rule = effectiveRule(facts.askerPlan(), facts.tags());
        if (!facts.answeredByOthers()) {
            return new EscalationDecision.DueAt(calendar().plus(facts.askedAt(), rule.unansweredAfter()),
                    EscalationReason.UNANSWERED, rule.priority());
        }
        return new EscalationDecision.DueAt(calendar().plus(facts.askedAt(), rule.unresolvedAfter()),
                EscalationReason.UNRESOLVED, rule.priority());
    }

    private static String planKey(String plan) {
        return plan.trim().toUpperCase(Locale.ROOT);
    }

    private static String tagKey(String tag) {
        return tag.trim().toLowerCase(Locale.ROOT);
    }

    // Keys are normalized once here so lookups do not depend on how a plan or tag was spelled.
    private static Map<String, EscalationRule> normalizedKeys(Map<String, EscalationRule> rules, String field,
                                                              Function<String, String> normalize) {
        if (rules == null) {
            return Map.of();
        }
        Map<String, EscalationRule> normalized = new HashMap<>();
        rules.forEach((key, rule) -> {
            if (key == null || key.isBlank() || rule == null) {
                throw new IllegalArgumentException(field + " must not contain blank keys or null rules");
            }
            if (normalized.put(normalize.apply(key), rule) != null) {
                throw new IllegalArgumentException(field + " names " + normalize.apply(key) + " twice");
            }
        });
        return Map.copyOf(normalized);
    }

    private static void requirePositive(Duration value, String field) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }
}
