package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import dev.peerdesk.platform.ClockProducer;

/**
 * Test support, off unless {@code FORUM_CLOCK_CONTROL=true}: lets integration tests move this
 * node's clock forward instead of sleeping through timers. Production answers 404.
 */
@Path("admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockResource {

    public record Advance(String advanceBy) {
    }

    public record Now(Instant now) {
    }

    @Inject
    @ConfigProperty(name = "FORUM_CLOCK_CONTROL", defaultValue = "false")
    boolean enabled;

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @GET
    public Now now() {
        requireEnabled();
        return new Now(clock.instant());
    }

    @POST
    public Now advance(Advance request) {
        requireEnabled();
        Roles.require(caller.require(), Role.ADMIN);
        if (request == null || request.advanceBy() == null) {
            throw Refusal.invalid("advanceBy", "is required, e.g. \"PT2H\"");
        }
        try {
            Duration by = Duration.parse(request.advanceBy());
            if (by.isNegative()) {
                throw Refusal.invalid("advanceBy", "must not be negative: time only moves forward");
            }
            return new Now(clocks.advance(by));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("advanceBy", "must be an ISO-8601 duration such as \"PT2H\"");
        }
    }

    private void requireEnabled() {
        if (!enabled) {
            throw Refusal.notFound("admin/clock");
        }
    }
}
