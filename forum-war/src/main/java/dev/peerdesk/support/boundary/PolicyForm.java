package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.faces.DurationInput;
import dev.peerdesk.platform.text.TagName;
import dev.peerdesk.support.control.EscalationPolicyStore.BusinessHoursDto;
import dev.peerdesk.support.control.EscalationPolicyStore.PolicyDto;
import dev.peerdesk.support.control.EscalationPolicyStore.RuleDto;
import dev.peerdesk.support.control.EscalationPolicyStore.SlaDto;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.Weekday;
import dev.peerdesk.user.entity.Plan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The escalation policy as {@code admin/escalation.xhtml} edits it: every duration a number and a
 * unit, one row per plan, per tag rule and per priority, business hours as texts. {@link #show}
 * fills it from a {@link PolicyDto}, {@link #toDto} turns it back into one and says which input
 * each field of the DTO came from, so an error the service names lands under that input.
 */
public class PolicyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> WEEKDAYS = Arrays.stream(Weekday.values()).map(Enum::name).toList();
    /** The SLA table's rows, most urgent first. */
    private static final List<Priority> SLA_ORDER = List.of(Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW);

    /** One row of the plan or tag rules; empty fields mean "no opinion" (the base timers apply). */
    public static class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private DurationInput unansweredAfter = new DurationInput();
        private DurationInput unresolvedAfter = new DurationInput();
        private String priority;

        public RuleRow() {
        }

        RuleRow(String key, RuleDto rule) {
            this.key = key;
            if (rule != null) {
                unansweredAfter = DurationInput.of(rule.unansweredAfter());
                unresolvedAfter = DurationInput.of(rule.unresolvedAfter());
                priority = rule.priority();
            }
        }

        boolean blank() {
            return unansweredAfter.isEmpty() && unresolvedAfter.isEmpty() && isBlank(priority);
        }

        RuleDto toDto() {
            return new RuleDto(unansweredAfter.iso(), unresolvedAfter.iso(), isBlank(priority) ? null : priority);
        }

        /** Where the errors of this row's fields go: {@code plans.PREMIUM.priority} → {@code plans:0:planPriority}. */
        void inputs(Map<String, String> inputs, String field, String rowId, String prefix) {
            inputs.put(field + ".unansweredAfter", rowId + prefix + "UnansweredAmount");
            inputs.put(field + ".unresolvedAfter", rowId + prefix + "UnresolvedAmount");
            inputs.put(field + ".priority", rowId + prefix + "Priority");
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public DurationInput getUnansweredAfter() {
            return unansweredAfter;
        }

        public DurationInput getUnresolvedAfter() {
            return unresolvedAfter;
        }

        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }
    }

    /** The SLA targets of one priority. */
    public record SlaRow(String priority, DurationInput firstResponse, DurationInput resolution) implements Serializable {

        static SlaRow of(Priority priority, SlaDto targets) {
            return new SlaRow(priority.name(), DurationInput.of(targets == null ? null : targets.firstResponse()),
                    DurationInput.of(targets == null ? null : targets.resolution()));
        }

        public String getPriority() {
            return priority;
        }

        public DurationInput getFirstResponse() {
            return firstResponse;
        }

        public DurationInput getResolution() {
            return resolution;
        }
    }

    private DurationInput unansweredAfter = new DurationInput();
    private DurationInput unresolvedAfter = new DurationInput();
    private final ArrayList<RuleRow> plans = new ArrayList<>();
    private final ArrayList<RuleRow> tags = new ArrayList<>();
    private final ArrayList<SlaRow> sla = new ArrayList<>();
    /** Not on the page yet (notifications will use it): saved as it was read. */
    private String nudgeBefore;
    private boolean businessHoursEnabled;
    private String zone;
    private List<String> days = new ArrayList<>();
    private String start;
    private String end;
    private String holidays;

    /**
     * Shows {@code policy}. Without business hours the inputs keep what was typed before, or offer
     * office hours (UTC, Monday to Friday, 09:00–17:00) to start from.
     */
    void show(PolicyDto policy) {
        unansweredAfter = DurationInput.of(policy.unansweredAfter());
        unresolvedAfter = DurationInput.of(policy.unresolvedAfter());
        plans.clear();
        for (Plan plan : Plan.values()) {
            plans.add(new RuleRow(plan.name(), policy.plans() == null ? null : policy.plans().get(plan.name())));
        }
        tags.clear();
        if (policy.tags() != null) {
            policy.tags().forEach((tag, rule) -> tags.add(new RuleRow(tag, rule)));
        }
        sla.clear();
        for (Priority priority : SLA_ORDER) {
            sla.add(SlaRow.of(priority, policy.sla() == null ? null : policy.sla().get(priority.name())));
        }
        nudgeBefore = policy.nudgeBefore();
        BusinessHoursDto hours = policy.businessHours();
        businessHoursEnabled = hours != null;
        if (hours != null) {
            zone = hours.zone();
            days = hours.days() == null ? new ArrayList<>() : new ArrayList<>(hours.days());
            start = hours.start();
            end = hours.end();
            holidays = hours.holidays() == null ? "" : String.join(", ", hours.holidays());
        } else {
            zone = zone == null ? "UTC" : zone;
            days = days == null || days.isEmpty() ? new ArrayList<>(WEEKDAYS.subList(0, 5)) : days;
            start = start == null ? "09:00" : start;
            end = end == null ? "17:00" : end;
        }
    }

    /**
     * The whole policy the form shows, and in {@code inputs} the input each of its field names
     * belongs to ({@code sla.HIGH.resolution} → {@code sla:1:slaResolutionAmount}).
     */
    PolicyDto toDto(Map<String, String> inputs) {
        inputs.put("unansweredAfter", "unansweredAfterAmount");
        inputs.put("unresolvedAfter", "unresolvedAfterAmount");
        Map<String, RuleDto> planRules = new LinkedHashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            RuleRow row = plans.get(i);
            if (!row.blank()) {
                planRules.put(row.getKey(), row.toDto());
                row.inputs(inputs, "plans." + row.getKey(), "plans:" + i + ":", "plan");
            }
        }
        Map<String, RuleDto> tagRules = new LinkedHashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            RuleRow row = tags.get(i);
            if (!isBlank(row.getKey())) {
                String tag = TagName.normalise(row.getKey());
                tagRules.put(tag, row.toDto());
                inputs.put("tags." + tag, "tags:" + i + ":tagName");
                row.inputs(inputs, "tags." + tag, "tags:" + i + ":", "tag");
            }
        }
        Map<String, SlaDto> targets = new LinkedHashMap<>();
        for (int i = 0; i < sla.size(); i++) {
            SlaRow row = sla.get(i);
            targets.put(row.priority(), new SlaDto(row.firstResponse().iso(), row.resolution().iso()));
            inputs.put("sla." + row.priority() + ".firstResponse", "sla:" + i + ":slaFirstResponseAmount");
            inputs.put("sla." + row.priority() + ".resolution", "sla:" + i + ":slaResolutionAmount");
        }
        BusinessHoursDto hours = null;
        if (businessHoursEnabled) {
            hours = new BusinessHoursDto(blankToNull(zone), days == null ? List.of() : List.copyOf(days),
                    blankToNull(start), blankToNull(end), splitDates(holidays));
            inputs.putAll(Map.of("businessHours.zone", "bhZone", "businessHours.days", "bhDays",
                    "businessHours.start", "bhStart", "businessHours.end", "bhEnd", "businessHours.holidays", "bhHolidays"));
        }
        return new PolicyDto(unansweredAfter.iso(), unresolvedAfter.iso(), planRules, tagRules, hours, targets,
                nudgeBefore);
    }

    /**
     * What is wrong with the tag rows before the policy can be sent, by client id: a tag rule needs
     * its tag, once; a row left entirely empty is ignored.
     */
    Map<String, String> tagRowErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            RuleRow row = tags.get(i);
            String clientId = "tags:" + i + ":tagName";
            if (isBlank(row.getKey())) {
                if (!row.blank()) {
                    errors.put(clientId, "Needs a tag name, e.g. billing");
                }
            } else if (!seen.add(TagName.normalise(row.getKey()))) {
                errors.put(clientId, "This tag has a rule above already; keep one row per tag");
            }
        }
        return errors;
    }

    void addTag() {
        tags.add(new RuleRow());
    }

    void removeTag(int index) {
        if (index >= 0 && index < tags.size()) {
            tags.remove(index);
        }
    }

    /** "2026-12-25, 2026-12-26" or one per line. */
    static List<String> splitDates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    // --- bound by the page -----------------------------------------------------------------------

    public List<String> getWeekdays() {
        return WEEKDAYS;
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public DurationInput getUnansweredAfter() {
        return unansweredAfter;
    }

    public DurationInput getUnresolvedAfter() {
        return unresolvedAfter;
    }

    public List<RuleRow> getPlans() {
        return plans;
    }

    public List<RuleRow> getTags() {
        return tags;
    }

    public List<SlaRow> getSla() {
        return sla;
    }

    public boolean isBusinessHoursEnabled() {
        return businessHoursEnabled;
    }

    public void setBusinessHoursEnabled(boolean businessHoursEnabled) {
        this.businessHoursEnabled = businessHoursEnabled;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }
}
