package dev.peerdesk.support.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationPolicyTest {

    private static final Instant ASKED = Instant.parse("2026-03-03T10:00:00Z");
    private static final EscalationPolicy DEFAULTS = EscalationPolicy.defaults(Duration.ofHours(24), Duration.ofHours(72));

    private static List<String> tags(String semicolonSeparated) {
        return semicolonSeparated == null ? List.of() : Arrays.asList(semicolonSeparated.split(";"));
    }

    /** Facts for a question with exactly one of the boolean flags set. */
    private static QuestionFacts withFlag(String flag) {
        return new QuestionFacts(ASKED, "FREE", List.of(),
                flag.equals("askedByStaff"), flag.equals("closed"), flag.equals("locked"), flag.equals("deleted"),
                flag.equals("hidden"), flag.equals("answeredByOthers"), flag.equals("accepted"));
    }

    @Test
    void defaultsGiveFreeAskersTheBaseTimersAtNormalPriority() {
        EscalationRule expected = new EscalationRule(Duration.ofHours(24), Duration.ofHours(72), Priority.NORMAL);

        assertThat(DEFAULTS.effectiveRule("FREE", List.of())).isEqualTo(expected);
        assertThat(EscalationPolicy.defaults().effectiveRule("FREE", List.of())).isEqualTo(expected);
        assertThat(DEFAULTS.effectiveRule(null, null)).isEqualTo(expected);
        assertThat(DEFAULTS.effectiveRule("ENTERPRISE", List.of("java"))).isEqualTo(expected);
        assertThat(DEFAULTS.calendar()).isSameAs(BusinessCalendar.ALWAYS);
    }

    @ParameterizedTest(name = "plan {0}, tags {1}: {2} / {3} / {4}")
    @CsvSource({
            "FREE,     ,                 PT24H, PT72H, NORMAL",
            "STANDARD, ,                 PT12H, PT48H, NORMAL",
            "PREMIUM,  ,                 PT4H,  PT24H, HIGH",
            "FREE,     billing,          PT2H,  PT72H, HIGH",
            ",         java;billing,     PT2H,  PT72H, HIGH",
            "STANDARD, billing,          PT2H,  PT48H, HIGH",
            "PREMIUM,  billing,          PT2H,  PT24H, HIGH",
            "premium,  Billing,          PT2H,  PT24H, HIGH",
    })
    void theMostUrgentOfBasePlanAndTagsWinsFieldByField(String plan, String tagList, Duration unanswered,
                                                        Duration unresolved, Priority priority) {
        EscalationRule rule = DEFAULTS.effectiveRule(plan, tags(tagList));

        assertThat(rule).isEqualTo(new EscalationRule(unanswered, unresolved, priority));
        assertThat(DEFAULTS.priorityFor(plan, tags(tagList))).isEqualTo(priority);
    }

    @Test
    void anUrgentTagRuleOutranksThePlan() {
        EscalationPolicy policy = new EscalationPolicy(Duration.ofHours(24), Duration.ofHours(72),
                DEFAULTS.plans(), Map.of("outage", new EscalationRule(null, null, Priority.URGENT)), null);

        assertThat(policy.effectiveRule("PREMIUM", List.of("outage")))
                .isEqualTo(new EscalationRule(Duration.ofHours(4), Duration.ofHours(24), Priority.URGENT));
    }

    @Test
    void rulesCanOnlyShortenTimersAndRaisePriority() {
        EscalationPolicy policy = new EscalationPolicy(Duration.ofHours(1), Duration.ofHours(2),
                Map.of("SLOW", new EscalationRule(Duration.ofHours(48), Duration.ofHours(96), Priority.LOW)), Map.of(), null);

        assertThat(policy.effectiveRule("SLOW", List.of()))
                .isEqualTo(new EscalationRule(Duration.ofHours(1), Duration.ofHours(2), Priority.NORMAL));
    }

    @Test
    void anUnansweredQuestionIsDueTheUnansweredTimerAfterItWasAsked() {
        QuestionFacts facts = QuestionFacts.open(ASKED, "PREMIUM", List.of("java"));

        assertThat(DEFAULTS.decide(facts)).isEqualTo(new EscalationDecision.DueAt(
                ASKED.plus(Duration.ofHours(4)), EscalationReason.UNANSWERED, Priority.HIGH));
    }

    @Test
    void answersFromOthersSwitchToTheUnresolvedTimer() {
        QuestionFacts facts = withFlag("answeredByOthers");

        assertThat(DEFAULTS.decide(facts)).isEqualTo(new EscalationDecision.DueAt(
                ASKED.plus(Duration.ofHours(72)), EscalationReason.UNRESOLVED, Priority.NORMAL));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "closed,       the question is closed",
            "locked,       the question is locked",
            "deleted,      the question is deleted",
            "hidden,       the question is hidden",
            "askedByStaff, the question was asked by staff",
    })
    void excludedQuestionsAreNeverEscalatedAndSayWhy(String flag, String why) {
        QuestionFacts facts = withFlag(flag);

        assertThat(DEFAULTS.exclusion(facts)).contains(why);
        assertThat(DEFAULTS.decide(facts)).isEqualTo(new EscalationDecision.Never(why));
    }

    @Test
    void anAcceptedAnswerStopsTheTimersButIsNoExclusion() {
        QuestionFacts facts = withFlag("accepted");

        assertThat(DEFAULTS.decide(facts)).isEqualTo(new EscalationDecision.Never("an answer is accepted"));
        assertThat(DEFAULTS.exclusion(facts)).isEmpty();
    }

    @Test
    void anOrdinaryOpenQuestionHasNoExclusion() {
        assertThat(DEFAULTS.exclusion(QuestionFacts.open(ASKED, "FREE", List.of()))).isEmpty();
    }

    @ParameterizedTest(name = "answeredByOthers={0}: due {1}")
    @CsvSource({
            "false, 2026-03-09T11:00, UNANSWERED",
            "true,  2026-03-19T15:00, UNRESOLVED",
    })
    void timersCountBusinessTimeWhenBusinessHoursAreSet(boolean answeredByOthers, LocalDateTime due,
                                                        EscalationReason reason) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        EscalationPolicy policy = EscalationPolicy.defaults(Duration.ofHours(4), Duration.ofHours(72))
                .withBusinessHours(BusinessHours.weekdays(berlin, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Instant fridayAfternoon = LocalDateTime.parse("2026-03-06T15:00").atZone(berlin).toInstant();
        QuestionFacts facts = new QuestionFacts(fridayAfternoon, "FREE", List.of(),
                false, false, false, false, false, answeredByOthers, false);

        EscalationDecision decision = policy.decide(facts);

        assertThat(decision).isEqualTo(new EscalationDecision.DueAt(
                due.atZone(berlin).toInstant(), reason, Priority.NORMAL));
        assertThat(policy.calendar()).isSameAs(policy.businessHours());
    }

    @Test
    void keysAreMatchedRegardlessOfCaseAndTheMapsAreImmutable() {
        EscalationRule rule = new EscalationRule(Duration.ofHours(1), null, Priority.URGENT);
        EscalationPolicy policy = new EscalationPolicy(Duration.ofHours(24), Duration.ofHours(72),
                Map.of("Gold", rule), Map.of("Security", rule), null);

        assertThat(policy.plans()).containsOnlyKeys("GOLD");
        assertThat(policy.tags()).containsOnlyKeys("security");
        assertThat(policy.priorityFor("gold", List.of())).isEqualTo(Priority.URGENT);
        assertThat(policy.priorityFor(null, List.of("SECURITY"))).isEqualTo(Priority.URGENT);
        assertThatThrownBy(() -> policy.tags().put("x", rule)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullMapsMeanNoOverrides() {
        EscalationPolicy policy = new EscalationPolicy(Duration.ofHours(24), Duration.ofHours(72), null, null, null);

        assertThat(policy.plans()).isEmpty();
        assertThat(policy.tags()).isEmpty();
        assertThat(policy.priorityFor("PREMIUM", List.of("billing"))).isEqualTo(Priority.NORMAL);
    }

    @Test
    void invalidPoliciesAreRejected() {
        Duration day = Duration.ofHours(24);
        EscalationRule rule = new EscalationRule(null, null, Priority.HIGH);

        assertThatThrownBy(() -> EscalationPolicy.defaults(Duration.ZERO, day))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unansweredAfter");
        assertThatThrownBy(() -> EscalationPolicy.defaults(day, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unresolvedAfter");
        assertThatThrownBy(() -> EscalationPolicy.defaults(null, day))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unansweredAfter");
        assertThatThrownBy(() -> new EscalationPolicy(day, day, Map.of(), Map.of("billing", rule, "BILLING", rule), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("billing");
        assertThatThrownBy(() -> new EscalationPolicy(day, day, Map.of(" ", rule), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plans");
    }

    @Test
    void ruleTimersMustBePositiveWhenGiven() {
        assertThatThrownBy(() -> new EscalationRule(Duration.ZERO, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unansweredAfter");
        assertThatThrownBy(() -> new EscalationRule(null, Duration.ofMinutes(-5), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unresolvedAfter");
        assertThat(new EscalationRule(null, null, null).mostUrgent(null)).isEqualTo(new EscalationRule(null, null, null));
    }

    @Test
    void factsNeedAnAskedAtAndTreatMissingTagsAsNone() {
        assertThatThrownBy(() -> QuestionFacts.open(null, "FREE", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("askedAt");
        assertThat(QuestionFacts.open(ASKED, "FREE", null).tags()).isEmpty();
    }

    @Test
    void theDefaultPolicyCarriesSpecsSlaTableAndATwelveHourNudge() {
        assertThat(DEFAULTS.sla()).isEqualTo(SlaTargets.defaults());
        assertThat(DEFAULTS.nudgeBefore()).isEqualTo(Duration.ofHours(12));
        assertThat(DEFAULTS.withBusinessHours(null).sla()).isEqualTo(SlaTargets.defaults());
    }

    @Test
    void thePolicyNeedsAnSlaTableAndAPositiveNudge() {
        Duration day = Duration.ofHours(24);

        assertThatThrownBy(() -> new EscalationPolicy(day, day, null, null, null, null, day))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sla");
        assertThatThrownBy(() -> new EscalationPolicy(day, day, null, null, null, SlaTargets.defaults(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nudgeBefore");
    }
}
