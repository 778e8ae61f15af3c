package dev.peerdesk.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /unsubscribe/{token}}: RFC 8058 one-click, sent by mail clients without any session
 * (the body {@code List-Unsubscribe=One-Click} is accepted and not needed).
 */
@Path("unsubscribe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnsubscribeResource {

    @Inject
    MailService service;

    @POST
    @Path("{token}")
    @Consumes(MediaType.WILDCARD)
    public void unsubscribe(@PathParam("token") String token) {
        service.unsubscribe(token);
    }
}
