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
 * is and whoever the caller is; signing in and signing out stay possible.
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
        if (SAFE.contains(request.getMethod()) || signingInOrOut(request)) {
            return;
        }
        caller.optional().ifPresent(user -> {
            try {
                guard.requireActive(user, request.getMethod() + " /api/v1/" + request.getUriInfo().getPath(false)
                        .replaceFirst("^/", ""));
            } catch (Refusal refused) {
                request.abortWith(new ProblemMappers().toResponse(refused));
            }
        });
    }

    private static boolean signingInOrOut(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
        return path.equals("sessions") || (path.equals("sessions/current") && request.getMethod().equals("DELETE"));
    }
}
