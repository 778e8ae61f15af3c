package dev.peerdesk.support.webhook;

import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** {@code /admin/webhooks}: where ticket events are sent, signed (API.md, Support). ADMIN only. */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhooksResource {

    @Inject
    WebhookService webhooks;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    public Response register(WebhookRegistration request) {
        User admin = admin(); // 401/403 before saying anything about the body
        Webhook webhook = webhooks.register(admin, WebhookRegistration.validated(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(webhook.id())).build())
                .entity(WebhookDto.of(webhook)).build();
    }

    @GET
    public List<WebhookDto> list() {
        return webhooks.list(admin()).stream().map(WebhookDto::of).toList();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(admin(), id);
        return Response.noContent().build();
    }

    /** The latest deliveries, newest first, so an operator can see what fails and why. */
    @GET
    @Path("{id}/deliveries")
    public List<WebhookService.DeliveryDto> deliveries(@PathParam("id") long id, @QueryParam("limit") Integer limit) {
        User admin = admin();
        return webhooks.deliveries(admin, id, Cursor.limit(limit));
    }

    private User admin() {
        User user = caller.require();
        Roles.require(user, Role.ADMIN);
        return user;
    }
}
