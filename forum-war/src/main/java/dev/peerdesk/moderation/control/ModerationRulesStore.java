package dev.peerdesk.moderation.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.moderation.ModerationRules;
import dev.peerdesk.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The moderation rules in force (SPEC §4 defaults plus an admin's changes), read on every use. */
@ApplicationScoped
public class ModerationRulesStore {

    static final String SETTING = "moderation-rules";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Settings settings;

    /** API shape of {@code GET|PUT /admin/moderation-rules}; a PUT may send a subset. */
    public record RulesDto(Integer hideAfterFlags, Integer deleteAfterFlags, Integer newUserReputation,
                           String newUserQuestionInterval, Integer maxLinksForNewUsers, Integer votesPerDay,
                           Integer flagsPerDay, Integer commentsPerHour, Integer signInFailuresPerAccount,
                           Integer signInFailuresPerAddress, Integer registrationsPerAddressPerHour) {

        public static RulesDto of(ModerationRules r) {
            return new RulesDto(r.hideAfterFlags(), r.deleteAfterFlags(), r.newUserReputation(),
                    r.newUserQuestionInterval().toString(), r.maxLinksForNewUsers(), r.votesPerDay(),
                    r.flagsPerDay(), r.commentsPerHour(), r.signInFailuresPerAccount(), r.signInFailuresPerAddress(),
                    r.registrationsPerAddressPerHour());
        }
    }

    public ModerationRules current() {
        return settings.read(SETTING).map(json -> apply(ModerationRules.defaults(), JSON.fromJson(json, RulesDto.class)))
                .orElseGet(() -> ModerationRules.defaults());
    }

    public ModerationRules change(RulesDto change) {
        if (change == null) {
            throw Refusal.malformed("Send the rules to change as JSON");
        }
        ModerationRules changed = apply(current(), change);
        settings.write(SETTING, JSON.toJson(RulesDto.of(changed)));
        return changed;
    }

    static ModerationRules apply(ModerationRules base, RulesDto change) {
        Duration interval = null;
        if (change.newUserQuestionInterval() != null) {
            try {
                interval = Duration.parse(change.newUserQuestionInterval());
            } catch (DateTimeParseException e) {
                throw Refusal.invalid("newUserQuestionInterval", "must be an ISO-8601 duration like PT10M");
            }
        }
        try {
            return base.with(new ModerationRules.Overrides(change.hideAfterFlags(), change.deleteAfterFlags(),
                    change.newUserReputation(), interval, change.maxLinksForNewUsers(), change.votesPerDay(),
                    change.flagsPerDay(), change.commentsPerHour(), change.signInFailuresPerAccount(),
                    change.signInFailuresPerAddress(), change.registrationsPerAddressPerHour()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "rules is invalid" : e.getMessage();
            int space = message.indexOf(' ');
            throw Refusal.invalid(space > 0 ? message.substring(0, space) : "rules",
                    space > 0 ? message.substring(space + 1) : message);
        }
    }
}
