package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.support.control.EscalationCandidates;
import dev.peerdesk.support.control.EscalationPolicyStore;
import dev.peerdesk.support.control.SweepBatch;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * The sweep: escalates every due question, batch by batch, then closes tickets solved long
 * enough ago. Any node may run it at any time; the database keeps it exactly-once (see
 * {@link dev.peerdesk.support.control.EscalationCandidates#markEscalated}).
 */
@ApplicationScoped
public class EscalationService {

    private static final Logger LOG = Logger.getLogger(EscalationService.class.getName());

    /** Bounded work per run: what is left is due again on the next run. */
    static final int BATCH_SIZE = 200;
    static final int MAX_BATCHES = 50;

    @Inject
    SweepBatch batches;

    public record SweepResult(int escalated) {
    }

    @Inject
    EscalationPolicyStore policies;

    @Inject
    EscalationCandidates candidates;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public EscalationPolicyStore.PolicyDto policy(User admin) {
        Roles.require(admin, Role.ADMIN);
        return policies.currentDto();
    }

    /**
     * {@code PUT}: stores the change (fields not sent stay) and has every waiting question looked at
     * again by the next sweeps. A changed SLA table applies to tickets escalated from now on.
     */
    @Transactional
    public EscalationPolicyStore.PolicyDto changePolicy(User admin, JsonObject change) {
        Roles.require(admin, Role.ADMIN);
        return changed(admin, policies.change(change));
    }

    /** The policy page: {@code policy} replaces the whole policy; otherwise as {@link #changePolicy(User, JsonObject)}. */
    @Transactional
    public EscalationPolicyStore.PolicyDto replacePolicy(User admin, EscalationPolicyStore.PolicyDto policy) {
        Roles.require(admin, Role.ADMIN);
        return changed(admin, policies.replace(policy));
    }

    private EscalationPolicyStore.PolicyDto changed(User admin, EscalationPolicy policy) {
        EscalationPolicyStore.PolicyDto stored = EscalationPolicyStore.toDto(policy);
        candidates.rescheduleAll(clock.instant());
        // the audit log is read by people: durations and priorities in words, not ISO-8601 and constants
        StringBuilder sla = new StringBuilder();
        stored.sla().forEach((priority, target) -> sla.append(sla.isEmpty() ? "" : ", ")
                .append(priority.toLowerCase()).append(' ').append(words(target.firstResponse())).append(" / ")
                .append(words(target.resolution())));
        audit.record(admin.id(), "ESCALATION_POLICY_CHANGED", "SETTING", 0, "Unanswered after "
                + words(stored.unansweredAfter()) + ", unresolved after " + words(stored.unresolvedAfter())
                + "; first response / solved within: " + sla + "; reminder " + words(stored.nudgeBefore())
                + " before; business hours " + (stored.businessHours() == null ? "off" : "on")
                + (stored.plans().isEmpty() ? "" : "; own rules for plans " + String.join(", ",
                        stored.plans().keySet().stream().map(String::toLowerCase).toList()))
                + (stored.tags().isEmpty() ? "" : "; for tags " + String.join(", ", stored.tags().keySet())));
        return stored;
    }

    /** {@code POST /admin/escalation/sweep}: the same sweep the timer runs, now. */
    public SweepResult sweep(User admin) {
        Roles.require(admin, Role.ADMIN);
        return sweep();
    }

    public SweepResult sweep() {
        long started = System.nanoTime();
        int escalated = 0;
        int visited = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            SweepBatch.Result batch = batches.escalateDue(BATCH_SIZE);
            escalated += batch.escalated();
            visited += batch.visited();
            if (batch.visited() < BATCH_SIZE) {
                break;
            }
        }
        for (int i = 0; i < MAX_BATCHES; i++) {
            if (batches.closeSolved(BATCH_SIZE) < BATCH_SIZE) {
                break;
            }
        }
        if (visited > 0) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            int total = escalated;
            int seen = visited;
            LOG.info(() -> "Escalation sweep: " + total + " escalated of " + seen + " due, in " + ms + " ms");
        }
        return new SweepResult(escalated);
    }

    /** "PT24H" → "24 h"; absent: "none". */
    private static String words(String duration) {
        if (duration == null || duration.isBlank()) {
            return "none";
        }
        try {
            return dev.peerdesk.support.control.SlaCountdown.format(java.time.Duration.parse(duration));
        } catch (java.time.format.DateTimeParseException e) {
            return duration;
        }
    }
}
