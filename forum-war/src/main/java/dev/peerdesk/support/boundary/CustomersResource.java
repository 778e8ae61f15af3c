package dev.peerdesk.support.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The customer view for agents: plan, earlier questions, tickets and CSAT history. */
@Path("support/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    TicketService tickets;

    @Inject
    Caller caller;

    @GET
    @Path("{userId}")
    public TicketService.CustomerView customer(@PathParam("userId") long userId) {
        return tickets.customer(caller.require(), userId);
    }
}
