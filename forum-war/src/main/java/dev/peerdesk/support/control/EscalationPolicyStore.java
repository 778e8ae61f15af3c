package dev.peerdesk.support.control;

import dev.peerdesk.platform.Settings;
import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.platform.text.TagName;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.support.policy.BusinessHours;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.EscalationRule;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.SlaTarget;
import dev.peerdesk.support.policy.SlaTargets;
import dev.peerdesk.support.policy.Weekday;
import dev.peerdesk.user.entity.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The escalation policy in force: the defaults (SPEC §5, base timers from
 * {@code FORUM_ESCALATION_*}) until an admin stores a change, then the stored one. Read from the
 * database on every use, so a change applies at once on every node.
 */
@ApplicationScoped
public class EscalationPolicyStore {

    static final String SETTING = "escalation-policy";
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Duration LONGEST_TIMER = Duration.ofDays(365);

    @Inject
    Settings settings;

    @Inject
    @ConfigProperty(name = "FORUM_ESCALATION_UNANSWERED_AFTER", defaultValue = "PT24H")
    String unansweredAfter;

    @Inject
    @ConfigProperty(name = "FORUM_ESCALATION_UNRESOLVED_AFTER", defaultValue = "PT72H")
    String unresolvedAfter;

    /**
     * API shape of {@code EscalationPolicy} (API.md), also what the policy page saves. Durations are
     * ISO-8601 texts; {@code sla} is keyed by priority name.
     */
    public record PolicyDto(String unansweredAfter, String unresolvedAfter, Map<String, RuleDto> plans,
                            Map<String, RuleDto> tags, @JsonbNillable BusinessHoursDto businessHours,
                            Map<String, SlaDto> sla, String nudgeBefore) {
    }

    /** The SLA targets of one priority. */
    public record SlaDto(String firstResponse, String resolution) {
    }

    public record RuleDto(String unansweredAfter, String unresolvedAfter, String priority) {
    }

    /** Nillable on the type: Yasson writes {@code "businessHours": null} only then (see QuestionDto.TicketRef). */
    @JsonbNillable
    public record BusinessHoursDto(String zone, List<String> days, String start, String end, List<String> holidays) {
    }

    public EscalationPolicy current() {
        return settings.read(SETTING).map(json -> toPolicy(JSON.fromJson(json, PolicyDto.class), "stored policy"))
                .orElseGet(this::defaults);
    }

    public PolicyDto currentDto() {
        return toDto(current());
    }

    /**
     * Applies a {@code PUT}: the fields sent replace the stored ones (a map of plan or tag rules
     * replaces the whole map; {@code "businessHours": null} removes business hours); fields not sent
     * stay. {@code sla} always has every priority, so it is merged instead: each target sent replaces
     * that one, the targets not sent stay.
     */
    public EscalationPolicy change(JsonObject change) {
        if (change == null) {
            throw Refusal.malformed("Send the escalation policy as a JSON object");
        }
        PolicyDto now = currentDto();
        PolicyDto merged;
        try {
            merged = new PolicyDto(
                    change.containsKey("unansweredAfter") ? text(change, "unansweredAfter") : now.unansweredAfter(),
                    change.containsKey("unresolvedAfter") ? text(change, "unresolvedAfter") : now.unresolvedAfter(),
                    change.containsKey("plans") ? rules(change, "plans") : now.plans(),
                    change.containsKey("tags") ? rules(change, "tags") : now.tags(),
                    change.containsKey("businessHours") ? businessHours(change) : now.businessHours(),
                    change.containsKey("sla") ? sla(change, now.sla()) : now.sla(),
                    change.containsKey("nudgeBefore") ? text(change, "nudgeBefore") : now.nudgeBefore());
        } catch (ClassCastException e) {
            throw Refusal.malformed("The escalation policy has a field of the wrong type: " + e.getMessage());
        }
        return replace(merged);
    }

    /**
     * Stores {@code policy} as the whole policy, every field as given.
     *
     * @throws Refusal.Invalid naming every invalid field, e.g. {@code sla.HIGH.resolution}
     */
    public EscalationPolicy replace(PolicyDto policy) {
        if (policy == null) {
            throw Refusal.malformed("Send the escalation policy");
        }
        EscalationPolicy valid = toPolicy(policy, null);
        settings.write(SETTING, JSON.toJson(toDto(valid)));
        return valid;
    }

    EscalationPolicy defaults() {
        return EscalationPolicy.defaults(Duration.parse(unansweredAfter), Duration.parse(unresolvedAfter));
    }

    // --- JSON → policy, with every error named by its field -------------------------------------

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) v).getString();
    }

    private static Map<String, RuleDto> rules(JsonObject o, String key) {
        Map<String, RuleDto> rules = new LinkedHashMap<>();
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return rules;
        }
        value.asJsonObject().forEach((name, rule) -> {
            JsonObject r = rule.asJsonObject();
            rules.put(name, new RuleDto(text(r, "unansweredAfter"), text(r, "unresolvedAfter"), text(r, "priority")));
        });
        return rules;
    }

    /** The current table with the targets sent put in; null when {@code "sla": null} was sent. */
    private static Map<String, SlaDto> sla(JsonObject o, Map<String, SlaDto> current) {
        JsonValue value = o.get("sla");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        Map<String, SlaDto> merged = new LinkedHashMap<>(current == null ? Map.of() : current);
        value.asJsonObject().forEach((name, targets) -> {
            // a priority named in lower case merges into the same entry (an unknown one is refused later)
            String priority = EnumNames.find(Priority.class, name).map(Enum::name).orElse(name);
            JsonObject t = targets.asJsonObject();
            SlaDto before = merged.getOrDefault(priority, new SlaDto(null, null));
            merged.put(priority, new SlaDto(
                    t.containsKey("firstResponse") ? text(t, "firstResponse") : before.firstResponse(),
                    t.containsKey("resolution") ? text(t, "resolution") : before.resolution()));
        });
        return merged;
    }

    private static BusinessHoursDto businessHours(JsonObject o) {
        JsonValue value = o.get("businessHours");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonObject b = value.asJsonObject();
        return new BusinessHoursDto(text(b, "zone"), strings(b, "days"), text(b, "start"), text(b, "end"),
                strings(b, "holidays"));
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        List<String> list = new ArrayList<>();
        for (JsonValue item : (JsonArray) value) {
            list.add(((JsonString) item).getString());
        }
        return list;
    }

    /**
     * {@code source} non-null: the JSON was stored earlier, so an error there is ours, not the
     * caller's; a policy stored before the SLA table and the nudge were part of it gets their defaults.
     */
    static EscalationPolicy toPolicy(PolicyDto dto, String source) {
        Checks checks = new Checks();
        Duration unanswered = duration(checks, "unansweredAfter", dto.unansweredAfter(), true);
        Duration unresolved = duration(checks, "unresolvedAfter", dto.unresolvedAfter(), true);
        Map<String, EscalationRule> plans = new LinkedHashMap<>();
        if (dto.plans() != null) {
            dto.plans().forEach((plan, rule) -> {
                Optional<Plan> known = EnumNames.find(Plan.class, plan);
                if (known.isEmpty()) {
                    checks.fail("plans." + plan, EnumNames.mustBe(Plan.class));
                } else if (plans.containsKey(known.get().name())) {
                    checks.fail("plans." + plan, "is the plan " + known.get() + " again; keep one rule per plan");
                } else {
                    plans.put(known.get().name(), rule(checks, "plans." + plan, rule));
                }
            });
        }
        Map<String, EscalationRule> tags = new LinkedHashMap<>();
        if (dto.tags() != null) {
            dto.tags().forEach((tag, rule) -> {
                Optional<TagName> name = TagName.parse(tag);
                if (name.isEmpty()) {
                    checks.fail("tags." + tag, "is not a tag name: " + TagName.RULE);
                } else if (tags.containsKey(name.get().value())) {
                    checks.fail("tags." + tag, "is the tag " + name.get() + " again; keep one rule per tag");
                } else {
                    tags.put(name.get().value(), rule(checks, "tags." + tag, rule));
                }
            });
        }
        BusinessHours hours = dto.businessHours() == null ? null : hours(checks, dto.businessHours());
        SlaTargets sla = dto.sla() == null && source != null ? SlaTargets.defaults() : sla(checks, dto.sla());
        Duration nudgeBefore = dto.nudgeBefore() == null && source != null ? EscalationPolicy.DEFAULT_NUDGE_BEFORE
                : duration(checks, "nudgeBefore", dto.nudgeBefore(), true);
        if (!checks.valid() && source != null) {
            throw new IllegalStateException("The " + source + " is invalid; fix it with PUT /admin/escalation-policy");
        }
        checks.orThrow();
        try {
            return new EscalationPolicy(unanswered, unresolved, plans, tags, hours, sla, nudgeBefore);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("policy", e.getMessage());
        }
    }

    /** Every priority needs both targets, the resolution no shorter than the first response. */
    private static SlaTargets sla(Checks checks, Map<String, SlaDto> dto) {
        if (dto == null) {
            checks.fail("sla", "is required: {URGENT: {firstResponse, resolution}, HIGH: …, NORMAL: …, LOW: …}");
            return null;
        }
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        Set<Priority> given = EnumSet.noneOf(Priority.class);
        boolean complete = true;
        for (Map.Entry<String, SlaDto> entry : dto.entrySet()) {
            String field = "sla." + entry.getKey();
            Priority priority = EnumNames.find(Priority.class, entry.getKey()).orElse(null);
            if (priority == null) {
                checks.fail(field, EnumNames.mustBe(Priority.class));
                complete = false;
                continue;
            }
            given.add(priority);
            SlaDto target = entry.getValue();
            if (target == null) {
                checks.fail(field, "must be an object {firstResponse, resolution}");
                complete = false;
                continue;
            }
            Duration firstResponse = slaDuration(checks, field + ".firstResponse", target.firstResponse());
            Duration resolution = slaDuration(checks, field + ".resolution", target.resolution());
            if (firstResponse == null || resolution == null) {
                complete = false;
            } else if (resolution.compareTo(firstResponse) < 0) {
                checks.fail(field + ".resolution", "must not be shorter than the first response");
                complete = false;
            } else {
                targets.put(priority, new SlaTarget(firstResponse, resolution));
            }
        }
        for (Priority priority : Priority.values()) {
            if (!given.contains(priority)) {
                checks.fail("sla." + priority.name(), "is required: {firstResponse, resolution}");
                complete = false;
            }
        }
        return complete ? SlaTargets.of(targets) : null;
    }

    /** A ticket keeps its targets in whole seconds. */
    private static Duration slaDuration(Checks checks, String field, String value) {
        Duration d = duration(checks, field, value, true);
        if (d != null && d.getNano() != 0) {
            checks.fail(field, "must be a whole number of seconds");
            return null;
        }
        return d;
    }

    private static EscalationRule rule(Checks checks, String field, RuleDto rule) {
        if (rule == null) {
            checks.fail(field, "must be an object {unansweredAfter?, unresolvedAfter?, priority?}");
            return null;
        }
        Priority priority = EnumNames.find(Priority.class, rule.priority()).orElse(null);
        if (rule.priority() != null && priority == null) {
            checks.fail(field + ".priority", EnumNames.mustBe(Priority.class));
        }
        return new EscalationRule(duration(checks, field + ".unansweredAfter", rule.unansweredAfter(), false),
                duration(checks, field + ".unresolvedAfter", rule.unresolvedAfter(), false), priority);
    }

    private static Duration duration(Checks checks, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                checks.fail(field, "is required, e.g. \"PT24H\"");
            }
            return null;
        }
        try {
            Duration d = Duration.parse(value);
            if (d.isNegative() || d.isZero() || d.compareTo(LONGEST_TIMER) > 0) {
                checks.fail(field, "must be positive and at most 365 days");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            checks.fail(field, "must be an ISO-8601 duration such as \"PT24H\"");
            return null;
        }
    }

    private static BusinessHours hours(Checks checks, BusinessHoursDto dto) {
        ZoneId zone = null;
        try {
            zone = ZoneId.of(String.valueOf(dto.zone()));
        } catch (DateTimeException e) {
            checks.fail("businessHours.zone", "must be a time zone such as \"Europe/Berlin\"");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (dto.days() == null || dto.days().isEmpty()) {
            checks.fail("businessHours.days", "must list at least one weekday, e.g. [\"MON\",\"TUE\"]");
        } else {
            for (String day : dto.days()) {
                Optional<Weekday> parsed = EnumNames.find(Weekday.class, day);
                if (parsed.isEmpty()) {
                    checks.fail("businessHours.days", "\"" + day + "\" " + EnumNames.mustBe(Weekday.class));
                } else {
                    days.add(parsed.get().day());
                }
            }
        }
        LocalTime start = time(checks, "businessHours.start", dto.start());
        LocalTime end = time(checks, "businessHours.end", dto.end());
        if (start != null && end != null && !start.isBefore(end)) {
            checks.fail("businessHours.end", "must be after start");
        }
        Set<LocalDate> holidays = new LinkedHashSet<>();
        if (dto.holidays() != null) {
            for (String holiday : dto.holidays()) {
                try {
                    holidays.add(LocalDate.parse(holiday));
                } catch (DateTimeParseException e) {
                    checks.fail("businessHours.holidays", "\"" + holiday + "\" is not a date like 2026-12-25");
                }
            }
        }
        if (!checks.valid()) {
            return null;
        }
        return new BusinessHours(zone, days, start, end, holidays);
    }

    private static LocalTime time(Checks checks, String field, String value) {
        try {
            return LocalTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            checks.fail(field, "must be a time like \"09:00\"");
            return null;
        }
    }

    // --- policy → JSON ---------------------------------------------------------------------------

    public static PolicyDto toDto(EscalationPolicy p) {
        Map<String, RuleDto> plans = new LinkedHashMap<>();
        p.plans().forEach((k, v) -> plans.put(k, ruleDto(v)));
        Map<String, RuleDto> tags = new LinkedHashMap<>();
        p.tags().forEach((k, v) -> tags.put(k, ruleDto(v)));
        BusinessHoursDto hours = null;
        if (p.businessHours() != null) {
            BusinessHours b = p.businessHours();
            hours = new BusinessHoursDto(b.zone().getId(),
                    b.days().stream().sorted().map(d -> Weekday.of(d).name()).toList(),
                    b.start().toString(), b.end().toString(),
                    b.holidays().stream().sorted().map(LocalDate::toString).toList());
        }
        Map<String, SlaDto> sla = new LinkedHashMap<>();
        for (Priority priority : List.of(Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW)) {
            SlaTarget target = p.sla().of(priority);
            sla.put(priority.name(), new SlaDto(target.firstResponse().toString(), target.resolution().toString()));
        }
        return new PolicyDto(p.unansweredAfter().toString(), p.unresolvedAfter().toString(), plans, tags, hours,
                sla, p.nudgeBefore().toString());
    }

    private static RuleDto ruleDto(EscalationRule r) {
        return new RuleDto(r.unansweredAfter() == null ? null : r.unansweredAfter().toString(),
                r.unresolvedAfter() == null ? null : r.unresolvedAfter().toString(),
                r.priority() == null ? null : r.priority().name());
    }
}
