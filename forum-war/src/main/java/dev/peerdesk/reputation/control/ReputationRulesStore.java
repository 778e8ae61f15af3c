package dev.peerdesk.reputation.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.Settings;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.ReputationReason;
import dev.peerdesk.reputation.ReputationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reputation rules in force: the defaults of SPEC §3 with whatever an admin changed, kept in
 * the database and read on every use, so a change applies at once on every node.
 */
@ApplicationScoped
public class ReputationRulesStore {

    static final String SETTING = "reputation-rules";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Settings settings;

    /** The API shape of the rules ({@code GET|PUT /admin/reputation-rules}); a PUT may send a subset. */
    public record RulesDto(Map<String, Integer> points, Integer dailyCap, Map<String, Integer> privileges,
                           Integer serialVoteThreshold) {

        public static RulesDto of(ReputationRules rules) {
            Map<String, Integer> points = new LinkedHashMap<>();
            rules.points().forEach((reason, value) -> {
                if (reason.hasPoints()) {
                    points.put(reason.name(), value);
                }
            });
            Map<String, Integer> privileges = new LinkedHashMap<>();
            rules.privileges().forEach((privilege, value) -> privileges.put(privilege.name(), value));
            return new RulesDto(points, rules.dailyCap(), privileges, rules.serialVoteThreshold());
        }
    }

    public ReputationRules current() {
        return settings.read(SETTING).map(json -> apply(ReputationRules.defaults(), JSON.fromJson(json, RulesDto.class)))
                .orElseGet(() -> ReputationRules.defaults());
    }

    /** Validates a (partial) change against the current rules and stores the result. */
    public ReputationRules change(RulesDto change) {
        if (change == null) {
            throw Refusal.malformed("Send the rules to change as JSON");
        }
        ReputationRules changed = apply(current(), change);
        settings.write(SETTING, JSON.toJson(RulesDto.of(changed)));
        return changed;
    }

    static ReputationRules apply(ReputationRules base, RulesDto change) {
        try {
            return base.with(new ReputationRules.Overrides(
                    keyed(change.points(), ReputationReason.class, "points"),
                    change.dailyCap(), null,
                    keyed(change.privileges(), Privilege.class, "privileges"),
                    change.serialVoteThreshold(), null));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "is invalid" : e.getMessage();
            int space = message.indexOf(' ');
            String field = space > 0 ? message.substring(0, space) : "rules";
            throw Refusal.invalid(field, space > 0 ? message.substring(space + 1) : message);
        }
    }

    private static <E extends Enum<E>> Map<E, Integer> keyed(Map<String, Integer> values, Class<E> type, String field) {
        if (values == null) {
            return null;
        }
        Map<E, Integer> keyed = new EnumMap<>(type);
        values.forEach((key, value) -> {
            try {
                if (value == null) {
                    throw Refusal.invalid(field + "." + key, "must be a number");
                }
                keyed.put(Enum.valueOf(type, key), value);
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid(field, "unknown key '" + key + "'");
            }
        });
        return keyed;
    }
}
