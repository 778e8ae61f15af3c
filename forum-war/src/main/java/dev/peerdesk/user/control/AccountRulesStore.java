package dev.peerdesk.user.control;

import dev.peerdesk.platform.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The admin's account settings, kept in the database (read on every use, so a change applies at
 * once on every node). Today one: whether members must confirm their e-mail address before they
 * may post, vote, flag or comment (default off).
 */
@ApplicationScoped
public class AccountRulesStore {

    static final String SETTING = "account-rules";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Settings settings;

    /** API shape of {@code GET|PUT /admin/account-rules}; a PUT may leave the field out (no change). */
    public record AccountRulesDto(Boolean requireVerifiedEmailToPost) {
    }

    public AccountRulesDto current() {
        AccountRulesDto stored = settings.read(SETTING).map(json -> JSON.fromJson(json, AccountRulesDto.class))
                .orElse(null);
        return new AccountRulesDto(stored != null && Boolean.TRUE.equals(stored.requireVerifiedEmailToPost()));
    }

    public boolean requireVerifiedEmailToPost() {
        return current().requireVerifiedEmailToPost();
    }

    public AccountRulesDto change(AccountRulesDto change) {
        AccountRulesDto changed = new AccountRulesDto(change.requireVerifiedEmailToPost() == null
                ? requireVerifiedEmailToPost() : change.requireVerifiedEmailToPost());
        settings.write(SETTING, JSON.toJson(changed));
        return changed;
    }
}
