package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** {@code GET|PUT /users/me/notification-settings}: e-mail delivery per type (in-app is always on). */
@Path("users/me/notification-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    @GET
    public Map<String, String> get() {
        return service.settings(caller.require());
    }

    @PUT
    public Map<String, String> put(Map<String, String> request) {
        return service.changeSettings(caller.require(), request);
    }
}
