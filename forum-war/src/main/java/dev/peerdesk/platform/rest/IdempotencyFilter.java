package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.security.Tokens;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Idempotency-Key} on writes (API.md): a retry with the same key and the same request gets
 * the first response again and changes nothing more; the same key with a different request is a
 * 422; a retry while the first is still running is a 409.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityContext security;

    @Inject
    Clock clock;

    private record Claim(String caller, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !WRITES.contains(request.getMethod())) {
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be 1–200 characters, e.g. a UUID");
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = Tokens.digest(request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath()
                + "\n" + new String(body, StandardCharsets.UTF_8));
        // The caller principal's name is the user id (see PeerdeskAuthentication); keys are per caller.
        String callerKey = Optional.ofNullable(security.getCallerPrincipal()).map(p -> p.getName()).orElse("anonymous");
        Optional<IdempotencyStore.Stored> earlier = store.claim(callerKey, key, hash, clock.instant());
        if (earlier.isEmpty()) {
            request.setProperty(CLAIM, new Claim(callerKey, key));
            return;
        }
        IdempotencyStore.Stored stored = earlier.get();
        if (!stored.requestHash().equals(hash)) {
            throw ProblemException.invalid(HEADER, "was already used for a different request; use a new key");
        }
        if (stored.inProgress()) {
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed; retry shortly");
        }
        Response.ResponseBuilder replay = Response.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.body() != null) {
            replay.entity(stored.body()).type(stored.contentType());
        }
        if (stored.location() != null) {
            replay.header(HttpHeaders.LOCATION, stored.location());
        }
        request.abortWith(replay.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            store.release(claim.caller(), claim.key());
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity);
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        store.complete(claim.caller(), claim.key(), response.getStatus(), location, type, body);
    }
}
