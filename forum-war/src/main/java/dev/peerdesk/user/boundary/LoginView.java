package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code login.xhtml}: e-mail and password, then back to where the visitor came from ({@code ?return=}).
 * The form is shown to signed-in people too: signing in again switches the account.
 */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private String returnUrl;
    private String reset;

    @AllowedWhileSuspended
    public void signIn() {
        if (signIn(security, email, password)) {
            Pages.redirect(Pages.safeReturn(returnUrl));
        } else {
            password = null;
            Object refusal = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get(PeerdeskAuthentication.SIGN_IN_REFUSAL);
            if (refusal instanceof Refusal problem) {
                if (problem instanceof Refusal.TooMany tooMany) {
                    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(429);
                    ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse())
                            .setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
                }
                Pages.error(null, problem.getMessage());
            } else {
                Pages.error(null, "Wrong e-mail or password.");
            }
        }
    }

    /** Signs in through the application's one authentication mechanism, which keeps the session token. */
    static boolean signIn(SecurityContext security, String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return false;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.strip(), new Password(password)))
                        .newAuthentication(true));
        return status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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

    public String getReset() {
        return reset;
    }

    public void setReset(String reset) {
        this.reset = reset;
    }

    /** Back from setting a new password through a reset link. */
    public boolean isAfterReset() {
        return "done".equals(reset);
    }

    /** The register page, keeping the way back. */
    public String getRegisterUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/register.xhtml?return=" + Pages.encode(Pages.safeReturn(returnUrl));
    }
}
