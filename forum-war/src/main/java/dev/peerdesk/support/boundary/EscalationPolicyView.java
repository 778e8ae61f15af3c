package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.support.control.EscalationPolicyStore;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.user.entity.Plan;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code admin/escalation.xhtml}: the escalation policy as a form — base timers, rules per support
 * plan and per tag, business hours — saved as one {@code PUT}-style change through
 * {@link EscalationService#changePolicy}, and the sweep on demand. Admins only.
 */
@Named
@ViewScoped
public class EscalationPolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final Pattern RULE_FIELD = Pattern.compile("(plans|tags)\\.(.*)\\.(unansweredAfter|unresolvedAfter|priority)");

    @Inject
    EscalationService escalation;

    @Inject
    Caller caller;

    /** One row of the plan or tag rules; blank fields mean "no opinion" (the base timers apply). */
    public static class RuleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String unansweredAfter;
        private String unresolvedAfter;
        private String priority;

        public RuleRow() {
        }

        RuleRow(String key, EscalationPolicyStore.RuleDto rule) {
            this.key = key;
            if (rule != null) {
                this.unansweredAfter = rule.unansweredAfter();
                this.unresolvedAfter = rule.unresolvedAfter();
                this.priority = rule.priority();
            }
        }

        boolean blank() {
            return isBlank(unansweredAfter) && isBlank(unresolvedAfter) && isBlank(priority);
        }

        JsonObject toJson() {
            JsonObjectBuilder rule = Json.createObjectBuilder();
            if (!isBlank(unansweredAfter)) {
                rule.add("unansweredAfter", unansweredAfter.strip());
            }
            if (!isBlank(unresolvedAfter)) {
                rule.add("unresolvedAfter", unresolvedAfter.strip());
            }
            if (!isBlank(priority)) {
                rule.add("priority", priority.strip());
            }
            return rule.build();
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getUnansweredAfter() {
            return unansweredAfter;
        }

        public void setUnansweredAfter(String unansweredAfter) {
            this.unansweredAfter = unansweredAfter;
        }

        public String getUnresolvedAfter() {
            return unresolvedAfter;
        }

        public void setUnresolvedAfter(String unresolvedAfter) {
            this.unresolvedAfter = unresolvedAfter;
        }

        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }
    }

    private boolean allowed;
    private String unansweredAfter;
    private String unresolvedAfter;
    private final ArrayList<RuleRow> plans = new ArrayList<>();
    private final ArrayList<RuleRow> tags = new ArrayList<>();
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

    private void show(EscalationPolicyStore.PolicyDto policy) {
        unansweredAfter = policy.unansweredAfter();
        unresolvedAfter = policy.unresolvedAfter();
        plans.clear();
        for (Plan plan : Plan.values()) {
            plans.add(new RuleRow(plan.name(), policy.plans() == null ? null : policy.plans().get(plan.name())));
        }
        tags.clear();
        if (policy.tags() != null) {
            policy.tags().forEach((tag, rule) -> tags.add(new RuleRow(tag, rule)));
        }
        EscalationPolicyStore.BusinessHoursDto hours = policy.businessHours();
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

    @dev.peerdesk.user.boundary.AllowedWhileSuspended
    public void addTag() {
        tags.add(new RuleRow());
    }

    @dev.peerdesk.user.boundary.AllowedWhileSuspended
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
        try {
            show(escalation.changePolicy(admin, change()));
            Pages.info("Escalation policy saved. Questions waiting for support are looked at again by the next sweep.");
        } catch (RuntimeException e) {
            showProblem(e);
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

    /** The whole policy as the change to store (every field sent, so the form is the policy). */
    JsonObject change() {
        JsonObjectBuilder change = Json.createObjectBuilder();
        addText(change, "unansweredAfter", unansweredAfter);
        addText(change, "unresolvedAfter", unresolvedAfter);
        JsonObjectBuilder planRules = Json.createObjectBuilder();
        plans.stream().filter(r -> !r.blank()).forEach(r -> planRules.add(r.getKey(), r.toJson()));
        change.add("plans", planRules);
        JsonObjectBuilder tagRules = Json.createObjectBuilder();
        tags.stream().filter(r -> !isBlank(r.getKey())).forEach(r -> tagRules.add(tagKey(r), r.toJson()));
        change.add("tags", tagRules);
        if (businessHoursEnabled) {
            JsonObjectBuilder hours = Json.createObjectBuilder();
            addText(hours, "zone", zone);
            JsonArrayBuilder dayList = Json.createArrayBuilder();
            (days == null ? List.<String>of() : days).forEach(dayList::add);
            hours.add("days", dayList);
            addText(hours, "start", start);
            addText(hours, "end", end);
            JsonArrayBuilder dates = Json.createArrayBuilder();
            splitDates(holidays).forEach(dates::add);
            hours.add("holidays", dates);
            change.add("businessHours", hours);
        } else {
            change.add("businessHours", JsonValue.NULL);
        }
        return change.build();
    }

    /** A tag rule needs its tag, once; a row left entirely empty is ignored. */
    private boolean validTagRows() {
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            RuleRow row = tags.get(i);
            if (isBlank(row.getKey())) {
                if (!row.blank()) {
                    fieldError("tags:" + i + ":tagName", "tags[" + (i + 1) + "]", "needs a tag name, e.g. billing");
                    valid = false;
                }
            } else if (!seen.add(tagKey(row))) {
                fieldError("tags:" + i + ":tagName", "tags." + tagKey(row), "has a second rule; keep one row per tag");
                valid = false;
            }
        }
        return valid;
    }

    /**
     * Every field error under its input (marked invalid) and, with its API field name, above the
     * form; a refusal without field errors as a page message.
     */
    private void showProblem(RuntimeException failure) {
        List<Refusal.FieldError> errors = Refusal.behind(failure).map(Refusal::errors).orElse(List.of());
        if (errors.isEmpty()) {
            Pages.show(failure, Map.of());
            return;
        }
        for (Refusal.FieldError error : errors) {
            fieldError(clientIdOf(error.field()), error.field(), error.message());
        }
    }

    private void fieldError(String clientId, String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (clientId != null) {
            boolean[] found = {false};
            faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                if (component instanceof UIInput input) {
                    input.setValid(false);
                }
                found[0] = true;
            });
            if (found[0]) {
                Pages.error(clientId, capitalized(message));
            }
        }
        Pages.error(null, field + ": " + message);
    }

    /** The input an API field name of the policy belongs to, or null. */
    String clientIdOf(String field) {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("unansweredAfter", "unansweredAfter");
        plain.put("unresolvedAfter", "unresolvedAfter");
        plain.put("businessHours.zone", "bhZone");
        plain.put("businessHours.days", "bhDays");
        plain.put("businessHours.start", "bhStart");
        plain.put("businessHours.end", "bhEnd");
        plain.put("businessHours.holidays", "bhHolidays");
        if (plain.containsKey(field)) {
            return plain.get(field);
        }
        Matcher rule = RULE_FIELD.matcher(field);
        String table;
        String key;
        String input;
        if (rule.matches()) {
            table = rule.group(1);
            key = rule.group(2);
            input = switch (rule.group(3)) {
                case "unansweredAfter" -> "Unanswered";
                case "unresolvedAfter" -> "Unresolved";
                default -> "Priority";
            };
        } else if (field.startsWith("tags.")) {
            table = "tags";
            key = field.substring("tags.".length());
            input = "Name";
        } else {
            return null;
        }
        List<RuleRow> rows = table.equals("plans") ? plans : tags;
        for (int i = 0; i < rows.size(); i++) {
            String rowKey = table.equals("plans") ? rows.get(i).getKey() : tagKey(rows.get(i));
            if (key.equals(rowKey)) {
                String prefix = table.equals("plans") ? "plan" : "tag";
                return table + ":" + i + ":" + prefix + input;
            }
        }
        return null;
    }

    private static String tagKey(RuleRow row) {
        return row.getKey() == null ? "" : row.getKey().strip().toLowerCase(Locale.ROOT);
    }

    /** "2026-12-25, 2026-12-26" or one per line. */
    static List<String> splitDates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void addText(JsonObjectBuilder object, String name, String value) {
        if (isBlank(value)) {
            object.add(name, JsonValue.NULL);
        } else {
            object.add(name, value.strip());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    public String getUnansweredAfter() {
        return unansweredAfter;
    }

    public void setUnansweredAfter(String unansweredAfter) {
        this.unansweredAfter = unansweredAfter;
    }

    public String getUnresolvedAfter() {
        return unresolvedAfter;
    }

    public void setUnresolvedAfter(String unresolvedAfter) {
        this.unresolvedAfter = unresolvedAfter;
    }

    public List<RuleRow> getPlans() {
        return plans;
    }

    public List<RuleRow> getTags() {
        return tags;
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
