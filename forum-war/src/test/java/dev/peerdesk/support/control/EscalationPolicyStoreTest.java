package dev.peerdesk.support.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.support.control.EscalationPolicyStore.BusinessHoursDto;
import dev.peerdesk.support.control.EscalationPolicyStore.PolicyDto;
import dev.peerdesk.support.control.EscalationPolicyStore.RuleDto;
import dev.peerdesk.support.control.EscalationPolicyStore.SlaDto;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.Priority;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EscalationPolicyStoreTest {

    private static final PolicyDto DEFAULTS = EscalationPolicyStore.toDto(
            EscalationPolicy.defaults(Duration.ofHours(24), Duration.ofHours(72)));

    private static PolicyDto with(Map<String, RuleDto> plans, Map<String, RuleDto> tags, BusinessHoursDto hours,
                                  Map<String, SlaDto> sla) {
        return new PolicyDto(DEFAULTS.unansweredAfter(), DEFAULTS.unresolvedAfter(), plans, tags, hours, sla,
                DEFAULTS.nudgeBefore());
    }

    @Test
    void unknownPlansPrioritiesAndWeekdaysAreRefusedTogetherNamingTheAllowedValues() {
        Map<String, SlaDto> sla = new LinkedHashMap<>(DEFAULTS.sla());
        sla.put("SOON", new SlaDto("PT1H", "PT2H"));
        PolicyDto policy = with(Map.of("GOLD", new RuleDto(null, null, null)),
                Map.of("billing", new RuleDto(null, null, "ASAP")),
                new BusinessHoursDto("UTC", List.of("MON", "FUNDAY"), "09:00", "17:00", List.of()), sla);

        Refusal.Invalid invalid = catchThrowableOfType(() -> EscalationPolicyStore.toPolicy(policy, null),
                Refusal.Invalid.class);

        assertThat(invalid.errors()).containsExactlyInAnyOrder(
                new Refusal.FieldError("plans.GOLD", "must be FREE, STANDARD or PREMIUM"),
                new Refusal.FieldError("tags.billing.priority", "must be LOW, NORMAL, HIGH or URGENT"),
                new Refusal.FieldError("sla.SOON", "must be LOW, NORMAL, HIGH or URGENT"),
                new Refusal.FieldError("businessHours.days", "\"FUNDAY\" must be MON, TUE, WED, THU, FRI, SAT or SUN"));
    }

    @Test
    void plansPrioritiesAndWeekdaysAreReadByTheOneCaseRule() {
        PolicyDto policy = with(Map.of("premium", new RuleDto(null, null, "urgent")), Map.of(),
                new BusinessHoursDto("UTC", List.of("mon", "FRI"), "09:00", "17:00", List.of()), DEFAULTS.sla());

        EscalationPolicy read = EscalationPolicyStore.toPolicy(policy, null);

        assertThat(read.plans()).containsOnlyKeys("PREMIUM");
        assertThat(read.plans().get("PREMIUM").priority()).isEqualTo(Priority.URGENT);
        assertThat(read.businessHours().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(EscalationPolicyStore.toDto(read).businessHours().days()).containsExactly("MON", "FRI");
    }

    @Test
    void aPlanNamedTwiceIsRefused() {
        Map<String, RuleDto> plans = new LinkedHashMap<>();
        plans.put("PREMIUM", new RuleDto(null, null, "HIGH"));
        plans.put("premium", new RuleDto(null, null, "LOW"));

        Refusal.Invalid invalid = catchThrowableOfType(
                () -> EscalationPolicyStore.toPolicy(with(plans, Map.of(), null, DEFAULTS.sla()), null),
                Refusal.Invalid.class);

        assertThat(invalid.errors()).extracting(Refusal.FieldError::field).containsExactly("plans.premium");
    }
}
