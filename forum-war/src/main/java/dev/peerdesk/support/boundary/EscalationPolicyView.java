package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.faces.DurationInput;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.platform.text.TagName;
import dev.peerdesk.support.control.EscalationPolicyStore.BusinessHoursDto;
import dev.peerdesk.support.control.EscalationPolicyStore.PolicyDto;
import dev.peerdesk.support.control.EscalationPolicyStore.RuleDto;
import dev.peerdesk.support.control.EscalationPolicyStore.SlaDto;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.user.boundary.AllowedWhileSuspended;
import dev.peerdesk.user.entity.Plan;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code admin/escalation.xhtml}: the escalation policy as a form — base timers, rules per support
 * plan and per tag, SLA targets per priority, business hours — with every duration typed as a number
 * and a unit. Saved as one whole {@link PolicyDto} through {@link EscalationService#replacePolicy};
 * each field error the service names is shown under the input it came from. Admins only.
 */
@Named
@ViewScoped
public class EscalationPolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    @Inject
    EscalationService escalation;

    @Inject
    Caller caller;

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
    public static class SlaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String priority;
        private final DurationInput firstResponse;
        private final DurationInput resolution;

        SlaRow(String priority, SlaDto targets) {
            this.priority = priority;
            this.firstResponse = DurationInput.of(targets == null ? null : targets.firstResponse());
            this.resolution = DurationInput.of(targets == null ? null : targets.resolution());
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

    private boolean allowed;
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
    private Integer lastSweep;

    public void load() {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/admin/escalation.xhtml"));
            return;
        }
        if (!viewer.has(Role.ADMIN)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            allowed = false;
            return;
        }
        allowed = true;
        try {
            show(escalation.policy(viewer));
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    private void show(PolicyDto policy) {
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
        for (String priority : List.of("URGENT", "HIGH", "NORMAL", "LOW")) {
            sla.add(new SlaRow(priority, policy.sla() == null ? null : policy.sla().get(priority)));
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

    // --- actions ---------------------------------------------------------------------------------

    @AllowedWhileSuspended
    public void addTag() {
        tags.add(new RuleRow());
    }

    @AllowedWhileSuspended
    public void removeTag(int index) {
        if (index >= 0 && index < tags.size()) {
            tags.remove(index);
        }
    }

    public void save() {
        User admin = viewer();
        if (!isAllowed()) {
            Pages.error(null, "Only an ADMIN can change the escalation policy.");
            return;
        }
        if (!validTagRows()) {
            return;
        }
        Map<String, String> inputs = new HashMap<>();
        PolicyDto policy = policy(inputs);
        try {
            show(escalation.replacePolicy(admin, policy));
            Pages.info("Escalation policy saved. Questions waiting for support are looked at again by the next sweep;"
                    + " the SLA targets apply to tickets escalated from now on.");
        } catch (RuntimeException e) {
            Pages.show(e, inputs);
            if (Refusal.behind(e).map(r -> !r.errors().isEmpty()).orElse(false)) {
                Pages.error(null, "The policy was not saved. Correct the fields marked below.");
            }
        }
    }

    public void runSweep() {
        User admin = viewer();
        if (!isAllowed()) {
            Pages.error(null, "Only an ADMIN can run the sweep.");
            return;
        }
        try {
            int escalated = escalation.sweep(admin).escalated();
            lastSweep = escalated;
            Pages.info("Sweep done: " + escalated + (escalated == 1 ? " question" : " questions") + " escalated.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    /**
     * The whole policy the form shows, and in {@code inputs} the input each of its field names
     * belongs to (so an error the service names lands under that input).
     */
    PolicyDto policy(Map<String, String> inputs) {
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
            targets.put(row.getPriority(), new SlaDto(row.getFirstResponse().iso(), row.getResolution().iso()));
            inputs.put("sla." + row.getPriority() + ".firstResponse", "sla:" + i + ":slaFirstResponseAmount");
            inputs.put("sla." + row.getPriority() + ".resolution", "sla:" + i + ":slaResolutionAmount");
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

    /** A tag rule needs its tag, once; a row left entirely empty is ignored. */
    private boolean validTagRows() {
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            RuleRow row = tags.get(i);
            String clientId = "tags:" + i + ":tagName";
            if (isBlank(row.getKey())) {
                if (!row.blank()) {
                    Pages.error(clientId, "Needs a tag name, e.g. billing");
                    valid = false;
                }
            } else if (!seen.add(TagName.normalise(row.getKey()))) {
                Pages.error(clientId, "This tag has a rule above already; keep one row per tag");
                valid = false;
            }
        }
        if (!valid) {
            Pages.error(null, "The policy was not saved. Correct the fields marked below.");
        }
        return valid;
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

    // --- page state ------------------------------------------------------------------------------

    public boolean isAllowed() {
        User viewer = viewer();
        return allowed && viewer != null && viewer.has(Role.ADMIN);
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

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

    public Integer getLastSweep() {
        return lastSweep;
    }
}
