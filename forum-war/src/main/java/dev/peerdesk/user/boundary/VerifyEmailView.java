package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code verify-email.xhtml?token=}: the page a confirmation mail links to. Opening it confirms
 * nothing (mail scanners open links too): the person presses "Confirm".
 */
@Named
@RequestScoped
public class VerifyEmailView {

    @Inject
    AccountEmailService accounts;

    @Inject
    Caller caller;

    private String token;
    private AccountEmailService.LinkState link;
    private boolean confirmed;

    public void load() {
        link = accounts.verificationLink(token);
    }

    @AllowedWhileSuspended
    @AllowedWhileUnverified
    public void confirm() {
        link = accounts.verificationLink(token); // a postback runs no view action
        try {
            AccountEmailService.Outcome outcome = accounts.confirmEmail(token);
            link = new AccountEmailService.LinkState(outcome, link.email());
            confirmed = outcome == AccountEmailService.Outcome.DONE;
        } catch (RuntimeException e) {
            Pages.show(e, java.util.Map.of());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    /**
     * The link can still be used: the confirm button shows. On a postback nothing is loaded before the
     * button is looked for ({@code link} is null), so it counts as shown and its action decides.
     */
    public boolean isUsable() {
        return !confirmed && (link == null || link.state() == AccountEmailService.Outcome.DONE);
    }

    public boolean isExpired() {
        return !confirmed && link != null && link.state() == AccountEmailService.Outcome.EXPIRED;
    }

    public boolean isUnknown() {
        return !confirmed && link != null && link.state() == AccountEmailService.Outcome.UNKNOWN;
    }

    public String getEmail() {
        return link == null ? null : link.email();
    }

    public boolean isSignedIn() {
        return caller.optional().isPresent();
    }
}
