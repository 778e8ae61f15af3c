package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.support.control.EscalationPolicyStore.PolicyDto;
import dev.peerdesk.user.boundary.AllowedWhileSuspended;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code admin/escalation.xhtml}: the escalation policy as a {@link PolicyForm} — base timers, rules
 * per support plan and per tag, SLA targets per priority, business hours — saved as one whole
 * {@link PolicyDto} through {@link EscalationService#replacePolicy}; each field error the service
 * names is shown under the input it came from. Admins only.
 */
@Named
@ViewScoped
public class EscalationPolicyView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String NOT_SAVED = "The policy was not saved. Correct the fields marked below.";

    @Inject
    EscalationService escalation;

    @Inject
    Caller caller;

    private boolean allowed;
    private final PolicyForm form = new PolicyForm();
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
            form.show(escalation.policy(viewer));
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    @AllowedWhileSuspended
    public void addTag() {
        form.addTag();
    }

    @AllowedWhileSuspended
    public void removeTag(int index) {
        form.removeTag(index);
    }

    public void save() {
        User admin = viewer();
        if (!isAllowed()) {
            Pages.error(null, "Only an ADMIN can change the escalation policy.");
            return;
        }
        Map<String, String> rowErrors = form.tagRowErrors();
        if (!rowErrors.isEmpty()) {
            rowErrors.forEach(Pages::error);
            Pages.error(null, NOT_SAVED);
            return;
        }
        Map<String, String> inputs = new HashMap<>();
        PolicyDto policy = form.toDto(inputs);
        try {
            form.show(escalation.replacePolicy(admin, policy));
            Pages.info("Escalation policy saved. Questions waiting for support are looked at again by the next sweep;"
                    + " the SLA targets apply to tickets escalated from now on.");
        } catch (RuntimeException e) {
            Pages.show(e, inputs);
            if (Refusal.behind(e).map(r -> !r.errors().isEmpty()).orElse(false)) {
                Pages.error(null, NOT_SAVED);
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

    public boolean isAllowed() {
        User viewer = viewer();
        return allowed && viewer != null && viewer.has(Role.ADMIN);
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public PolicyForm getForm() {
        return form;
    }

    public Integer getLastSweep() {
        return lastSweep;
    }
}
