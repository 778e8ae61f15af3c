package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.UnsubscribeTokens;
import dev.peerdesk.platform.faces.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;


/**
 * {@code unsubscribe.xhtml?token=}: the "Stop these e-mails" link of every notification mail. It works
 * without signing in (the signed token names the person and the type) and asks before it acts: a
 * GET only shows what would stop, because mail scanners open links; the button's POST stops it, as
 * the one-click {@code POST /unsubscribe/{token}} of the {@code List-Unsubscribe} header does.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    MailService service;

    private String token;
    private UnsubscribeTokens.Subject subject;
    private boolean done;

    /**
     * The token is the link's query parameter, and on the button's POST a plain hidden field (a
     * visitor's view keeps no state between requests); read before the form is decoded, because
     * whether the form is there at all depends on it.
     */
    @PostConstruct
    void read() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        subject = token == null ? null : service.unsubscribeSubject(token).orElse(null);
    }

    public void stop() {
        if (subject == null) {
            return;
        }
        try {
            service.unsubscribe(token);
            done = true;
        } catch (RuntimeException e) {
            Pages.show(e, java.util.Map.of());
        }
    }

    public boolean isValid() {
        return subject != null;
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    /**
     * "answers", "comments"…: what the e-mails are about, in the words of the settings page; the
     * digest's link (no type) stops the daily digest.
     */
    public String getWhat() {
        if (subject == null) {
            return "";
        }
        return subject.type() == null ? "the daily digest" : NotificationSettingsView.title(subject.type()).toLowerCase();
    }
}
