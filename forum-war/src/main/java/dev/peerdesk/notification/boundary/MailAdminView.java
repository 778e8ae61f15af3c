package dev.peerdesk.notification.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.boundary.AccountRulesService;
import dev.peerdesk.user.control.AccountRulesStore;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * {@code admin/mail.xhtml}: whether e-mail is on, where it goes, how the outbox stands, and a button
 * that sends a test e-mail at once so an admin sees there and then whether the SMTP settings work.
 */
@Named
@RequestScoped
public class MailAdminView {

    @Inject
    MailService service;

    @Inject
    Caller caller;

    @Inject
    AccountRulesService accountRules;

    private MailService.MailStatus status;
    private String testTo;
    private MailService.TestResult result;
    private Boolean requireConfirmed;

    public void load() {
        User viewer = caller.optional().orElse(null);
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/admin/mail.xhtml"));
            return;
        }
        if (isAllowed() && testTo == null) {
            testTo = viewer.email();
        }
    }

    public void sendTest() {
        User viewer = caller.optional().orElse(null);
        if (viewer == null || !isAllowed()) {
            return;
        }
        try {
            result = service.sendTest(viewer, new MailService.TestMail(testTo));
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("to", "testTo"));
        }
        status = null; // read again: the outbox may have moved
    }

    /** Saves whether members must confirm their e-mail address before they may post (off by default). */
    public void saveRules() {
        User viewer = caller.optional().orElse(null);
        if (viewer == null || !isAllowed()) {
            return;
        }
        try {
            requireConfirmed = accountRules.change(viewer, new AccountRulesStore.AccountRulesDto(
                    Boolean.TRUE.equals(requireConfirmed))).requireVerifiedEmailToPost();
            Pages.info(requireConfirmed ? "Members must now confirm their e-mail address before they post."
                    : "Members may post before they confirm their e-mail address.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    public Boolean getRequireConfirmed() {
        if (requireConfirmed == null && isAllowed()) {
            requireConfirmed = accountRules.current(caller.require()).requireVerifiedEmailToPost();
        }
        return requireConfirmed;
    }

    public void setRequireConfirmed(Boolean requireConfirmed) {
        this.requireConfirmed = requireConfirmed;
    }

    public boolean isAllowed() {
        return caller.optional().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    /** Read when first shown, also on a postback (whether the test form is there depends on it). */
    public MailService.MailStatus getStatus() {
        if (status == null && isAllowed()) {
            status = service.status(caller.require());
        }
        return status;
    }

    public MailService.TestResult getResult() {
        return result;
    }

    public String getTestTo() {
        return testTo;
    }

    public void setTestTo(String testTo) {
        this.testTo = testTo;
    }
}
