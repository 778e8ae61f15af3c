package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.NotificationDto;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** {@code /notifications}: the signed-in user's in-app notifications (API.md). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    @GET
    public Cursor.Page<NotificationDto> list(@QueryParam("unread") boolean unread, @QueryParam("limit") Integer limit,
                                             @QueryParam("cursor") String cursor) {
        return service.page(caller.require(), unread, limit, cursor);
    }

    @GET
    @Path("unread-count")
    public Map<String, Long> unreadCount() {
        return Map.of("count", service.unreadCount(caller.require()));
    }

    @POST
    @Path("read")
    public void read(NotificationService.ReadRequest request) {
        service.markRead(caller.require(), request);
    }
}
