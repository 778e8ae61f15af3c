package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * {@code reset-password.xhtml?token=}: the page a reset mail links to. Opening it uses nothing up (mail
 * scanners open links too); the new password is set with the button, then the person signs in.
 */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    AccountEmailService accounts;

    private String token;
    private String password;
    private AccountEmailService.Outcome state;

    public void load() {
        state = accounts.resetLink(token);
    }

    @AllowedWhileSuspended
    @AllowedWhileUnverified
    public void reset() {
        try {
            state = accounts.resetPassword(token, password);
        } catch (RuntimeException e) {
            password = null;
            state = AccountEmailService.Outcome.DONE;
            Pages.show(e, Map.of("password", "password"));
            return;
        }
        password = null;
        if (state == AccountEmailService.Outcome.DONE) {
            Pages.redirect("/login.xhtml?reset=done");
        }
    }

    /**
     * The link can be used: the form shows. On a postback nothing is loaded before the form's button is
     * looked for ({@code state} is null), so it counts as shown and the action decides.
     */
    public boolean isUsable() {
        return state == null || state == AccountEmailService.Outcome.DONE;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
