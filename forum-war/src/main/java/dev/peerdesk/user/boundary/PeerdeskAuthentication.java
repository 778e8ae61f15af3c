package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.http.ClientAddress;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.peerdesk.platform.security.SessionCookie;

/**
 * The one authentication mechanism (Jakarta Security allows one per application) for both worlds:
 * API clients send {@code Authorization: Bearer <token>}; pages carry the same kind of token in the
 * {@link SessionCookie} after signing in through the login page. Either way the caller principal's
 * name is the user id. Without credentials the request goes on as a visitor.
 *
 * <p>The cookie never authorizes an API write (API.md): a browser attaches cookies to requests
 * other sites make it send, a bearer token it never attaches by itself. A cookie-only write to
 * {@code /api/} is therefore a visitor's, and gets the API's 401.
 */
@ApplicationScoped
public class PeerdeskAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute: why the login page's sign-in was refused before the password was checked (a 429). */
    public static final String SIGN_IN_REFUSAL = "peerdesk.signInRefusal";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The endpoint mail relays POST raw messages to (issue 13). */
    private static final String INBOUND_MAIL = "/api/v1/inbound-mail";

    @Inject
    SessionService sessions;

    @Inject
    ClientAddress clients;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (INBOUND_MAIL.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            // mail relays authenticate with FORUM_INBOUND_MAIL_SECRET, not as a member: the resource checks it
            return context.doNothing();
        }
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignedIn> caller = sessions.authenticate(header.substring(7).trim());
            if (caller.isEmpty()) {
                return refuse(response);
            }
            return login(context, caller.get());
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signInThroughPage(request, response, context, credential);
        }
        Optional<String> cookie = SessionCookie.token(request);
        if (cookie.isPresent() && !(isApi(request) && !SAFE_METHODS.contains(request.getMethod()))) {
            Optional<SignedIn> caller = sessions.authenticate(cookie.get());
            if (caller.isPresent()) {
                return login(context, caller.get());
            }
            SessionCookie.clear(response, clients.secure(request)); // expired or signed out elsewhere
        }
        return context.doNothing();
    }

    private AuthenticationStatus signInThroughPage(HttpServletRequest request, HttpServletResponse response,
                                                   HttpMessageContext context, UsernamePasswordCredential credential) {
        Optional<SessionService.NewSession> session;
        try {
            session = sessions.signIn(credential.getCaller(), credential.getPasswordAsString(), clients.of(request));
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.behind(e).orElseThrow(() -> e);
            request.setAttribute(SIGN_IN_REFUSAL, refusal);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (session.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId(); // a view-state session from before sign-in is not carried over as is
        }
        Duration maxAge = Duration.between(Instant.now(), session.get().expiresAt());
        SessionCookie.set(response, session.get().token(), maxAge.isNegative() ? Duration.ZERO : maxAge,
                clients.secure(request));
        return login(context, session.get().signedIn());
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static AuthenticationStatus login(HttpMessageContext context, SignedIn caller) {
        return context.notifyContainerAboutLogin(String.valueOf(caller.userId()), caller.roleNames());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) {
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
