package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * {@code account.xhtml} and the header's reminder: the signed-in person's e-mail address, whether it is
 * confirmed, sending the link again, and changing the address (confirmed through the new address).
 */
@Named
@RequestScoped
public class AccountView {

    @Inject
    AccountEmailService accounts;

    @Inject
    Caller caller;

    private String newEmail;
    private String password;
    private String pendingEmail;
    private String reminderNote;

    /** What "send it again" did, shown in the reminder. */
    public String getReminderNote() {
        return reminderNote;
    }

    public void load() {
        if (caller.optional().isEmpty()) {
            Pages.redirect(Pages.loginFor("/account.xhtml"));
        }
    }

    public User getUser() {
        return caller.optional().orElse(null);
    }

    @Inject
    VerifyEmailView verification;

    /** The reminder shows for a signed-in member whose address is not confirmed yet (nor just now). */
    public boolean isReminderShown() {
        return caller.optional().map(u -> !u.emailVerified()).orElse(false) && !verification.isConfirmed();
    }

    @AllowedWhileUnverified
    public void sendAgain() {
        User me = caller.require();
        try {
            if (accounts.sendVerification(me.id())) {
                reminderNote = "We sent the link again. It can take a minute to arrive; check your spam folder too.";
            } else {
                reminderNote = "We sent a link less than a minute ago. Check your inbox and spam folder, or try"
                        + " again in a minute.";
            }
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    @AllowedWhileUnverified
    public void changeEmail() {
        User me = caller.require();
        try {
            accounts.requestEmailChange(me.id(), newEmail, password);
            pendingEmail = newEmail.strip().toLowerCase();
            newEmail = null;
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("email", "newEmail", "password", "currentPassword"));
        }
        password = null;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
