package dev.peerdesk.mailin.boundary;

import dev.peerdesk.mailin.control.Inbox;
import dev.peerdesk.mailin.control.InboundSettings;
import dev.peerdesk.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /inbound-mail} for mail servers and relays: the raw RFC 5322 message as
 * {@code message/rfc822} with {@code Authorization: Bearer <FORUM_INBOUND_MAIL_SECRET>} → 202
 * {@code {status, outcome}} (POSTED, REFUSED, IGNORED, or DUPLICATE for a message received before);
 * 401 without the secret, 413 over 10 MiB, 422 for something that is not a mail.
 */
@Path("inbound-mail")
@RequestScoped
public class InboundMailResource {

    @Inject
    InboundSettings settings;

    @Inject
    InboundMailService service;

    @POST
    @Consumes({"message/rfc822", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Authorization") String authorization, byte[] raw) {
        String secret = settings.secret().orElseThrow(() -> ProblemException.unauthorized(
                "Receiving mail over HTTP is off: set FORUM_INBOUND_MAIL_SECRET on the server to turn it on"));
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            throw ProblemException.unauthorized(
                    "Send the inbound mail secret as Authorization: Bearer <FORUM_INBOUND_MAIL_SECRET>");
        }
        return Response.accepted(service.receive(raw == null ? new byte[0] : raw, Inbox.Via.HTTP)).build();
    }
}
