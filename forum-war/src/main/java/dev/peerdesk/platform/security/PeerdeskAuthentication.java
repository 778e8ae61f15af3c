package dev.peerdesk.platform.security;

import dev.peerdesk.platform.rest.Problem;
import dev.peerdesk.user.boundary.SessionService;
import dev.peerdesk.user.boundary.SessionService.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The one authentication mechanism (Jakarta Security allows one per application) for both worlds:
 * API clients send {@code Authorization: Bearer <token>}; pages keep the same kind of token in the
 * HTTP session after signing in through the login page. Either way the caller principal's name is
 * the user id. Without credentials the request goes on as a visitor.
 */
@ApplicationScoped
public class PeerdeskAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_TOKEN = "peerdesk.token";

    @Inject
    SessionService sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignedIn> caller = sessions.authenticate(header.substring(7).trim());
            if (caller.isEmpty()) {
                return refuse(response, context);
            }
            return login(context, caller.get());
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            Optional<SessionService.NewSession> session =
                    sessions.signIn(credential.getCaller(), credential.getPasswordAsString());
            if (session.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession httpSession = request.getSession(true);
            request.changeSessionId(); // no session fixation
            httpSession.setAttribute(SESSION_TOKEN, session.get().token());
            return login(context, session.get().signedIn());
        }
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null && httpSession.getAttribute(SESSION_TOKEN) instanceof String token) {
            Optional<SignedIn> caller = sessions.authenticate(token);
            if (caller.isPresent()) {
                return login(context, caller.get());
            }
            httpSession.removeAttribute(SESSION_TOKEN);
        }
        return context.doNothing();
    }

    private static AuthenticationStatus login(HttpMessageContext context, SignedIn caller) {
        return context.notifyContainerAboutLogin(String.valueOf(caller.userId()), caller.roleNames());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpMessageContext context) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(jsonb.toJson(new Problem("about:blank", "Sign-in required", 401,
                    "The bearer token is invalid or expired; sign in again with POST /api/v1/sessions", List.of())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
