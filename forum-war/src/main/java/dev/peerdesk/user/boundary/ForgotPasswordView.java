package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** {@code forgot-password.xhtml}: asks for a reset link; says the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    AccountEmailService accounts;

    private String email;
    private boolean sent;

    @AllowedWhileSuspended
    @AllowedWhileUnverified
    public void request() {
        try {
            accounts.requestPasswordReset(email);
            sent = true;
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("email", "email"));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
