package dev.peerdesk.mailin.boundary;

import dev.peerdesk.mailin.control.Inbox;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** {@code admin/inbox.xhtml}: how e-mail comes in, what arrived, what each message became or why not. */
@Named
@RequestScoped
public class InboxView {

    @Inject
    InboundMailService service;

    @Inject
    ImapPoller poller;

    @Inject
    Caller caller;

    private Long before;
    private InboundMailService.InboxPage page;
    private ImapPoller.Poll polled;

    public void load() {
        User viewer = caller.optional().orElse(null);
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/admin/inbox.xhtml"));
            return;
        }
    }

    /** "Check the mailbox now": one poll, then the list again. */
    public void poll() {
        User viewer = caller.optional().orElse(null);
        if (viewer == null || !isAllowed()) {
            return;
        }
        try {
            InboundMailService.requireAdmin(viewer);
            polled = poller.poll();
            page = service.inbox(viewer, null);
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    public boolean isAllowed() {
        return caller.optional().map(u -> u.has(Role.ADMIN)).orElse(false);
    }

    /** Words before the outcome: refused and ignored outcomes say so themselves ("Refused: …"). */
    public String status(Inbox.Status status) {
        return status == Inbox.Status.POSTED ? "Posted: " : "";
    }

    public String via(Inbox.Via via) {
        return via == Inbox.Via.IMAP ? "from the mailbox" : "from the mail relay";
    }

    /**
     * Read when first asked for, on a postback too: the form sits inside a fragment rendered only with
     * a page, and a form that is not rendered while the request is decoded never runs its action.
     */
    public InboundMailService.InboxPage getPage() {
        if (page == null && isAllowed()) {
            page = service.inbox(caller.require(), before);
        }
        return page;
    }

    public ImapPoller.Poll getPolled() {
        return polled;
    }

    public Long getBefore() {
        return before;
    }

    public void setBefore(Long before) {
        this.before = before;
    }
}
