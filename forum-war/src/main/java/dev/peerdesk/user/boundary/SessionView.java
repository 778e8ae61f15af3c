package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.platform.http.ClientAddress;
import dev.peerdesk.platform.security.SessionCookie;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** Who is signed in, for the page header, and signing out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    Caller caller;

    @Inject
    SessionService sessions;

    @Inject
    ClientAddress clients;

    /** The signed-in user, or null for a visitor. */
    public User getUser() {
        return caller.optional().orElse(null);
    }

    public boolean isSignedIn() {
        return caller.optional().isPresent();
    }

    @AllowedWhileSuspended
    public void signOut() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SessionCookie.token(request).ifPresent(sessions::signOut);
        SessionCookie.clear((HttpServletResponse) external.getResponse(), clients.secure(request));
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate(); // view state of the signed-in pages
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is gone and the token deleted: the next request is a visitor's either way
        }
        Pages.redirect("/");
    }
}
