package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.rest.ProblemMappers;
import dev.peerdesk.user.control.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;
import dev.peerdesk.user.control.SuspensionGuard;

/**
 * Every API write by a suspended account is refused here, before any resource runs, whatever it
 * is and whoever the caller is; signing in and signing out stay possible. So is every write by a
 * member whose address is unconfirmed while the admin requires confirmed addresses, except what
 * such a member needs: the links mailed to them and their own account settings ({@code users/me/…}).
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class SuspendedWritesFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    Caller caller;

    @Inject
    SuspensionGuard guard;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || signingInOrOut(request) || withMailedToken(request)) {
            return;
        }
        caller.optional().ifPresent(user -> {
            try {
                guard.requireActive(user, request.getMethod() + " /api/v1/" + request.getUriInfo().getPath(false)
                        .replaceFirst("^/", ""), !accountOwnSettings(request));
            } catch (Refusal refused) {
                request.abortWith(new ProblemMappers().toResponse(refused));
            }
        });
    }

    /** Links mailed to someone work for whoever holds them (API.md: "anyone with the token"). */
    private static boolean withMailedToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        return path.startsWith("email-verifications/") || path.equals("password-resets")
                || path.startsWith("password-resets/") || path.startsWith("unsubscribe/");
    }

    /** What an unconfirmed member may change: their own account and settings, and reading their notifications. */
    private static boolean accountOwnSettings(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        return path.startsWith("users/me/") || path.equals("notifications/read");
    }

    private static boolean signingInOrOut(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        return path.equals("sessions") || (path.equals("sessions/current") && request.getMethod().equals("DELETE"));
    }
}
