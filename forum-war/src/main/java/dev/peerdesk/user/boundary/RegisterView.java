package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.http.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Map;

/** {@code register.xhtml}: creates the account, signs the new member in and goes back ({@code ?return=}). */
@Named
@RequestScoped
public class RegisterView {

    private static final Map<String, String> FIELDS = Map.of(
            "email", "email", "displayName", "displayName", "password", "password");

    @Inject
    UserService users;

    @Inject
    SecurityContext security;

    @Inject
    ClientAddress clients;

    private String email;
    private String displayName;
    private String password;
    private String returnUrl;

    public void register() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            users.register(new UserService.Registration(email, displayName, password), clients.of(request));
        } catch (RuntimeException e) {
            password = null;
            Pages.show(e, FIELDS);
            return;
        }
        if (LoginView.signIn(security, email, password)) {
            Pages.redirect(Pages.safeReturn(returnUrl));
        } else {
            Pages.redirect(Pages.loginFor(Pages.safeReturn(returnUrl)));
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnUrl() {
        return returnUrl;
    }

    public void setReturnUrl(String returnUrl) {
        this.returnUrl = returnUrl;
    }

    public String getLoginUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + Pages.loginFor(Pages.safeReturn(returnUrl));
    }
}
