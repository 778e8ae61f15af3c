package dev.peerdesk.support.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: claims due deliveries (one short transaction), POSTs them with no
 * transaction open, and records each outcome (one short transaction each). Delivery is at least
 * once: a receiver may see an event twice (a lost answer, a node that died before recording) and
 * recognises it by the event id, the same on every retry.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    /** A hard stop per request (connect + answer + slack), so a batch always ends well within its lease. */
    static final Duration REQUEST_DEADLINE = CONNECT_TIMEOUT.plus(READ_TIMEOUT).plusSeconds(5);

    // HTTP/1.1: no h2c upgrade dance with plain-http receivers. Redirects are not followed (the
    // default): a signed event goes only to the URL an admin registered; a 3xx counts as a failure.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    @Inject
    WebhookDeliveries deliveries;

    /**
     * Sends the deliveries that are due and returns how many were attempted. {@code NOT_SUPPORTED}
     * suspends any caller's transaction: HTTP never runs inside one.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public int deliverDue() {
        List<WebhookDeliveries.Claim> claims = deliveries.claimDue();
        // all at once: the batch takes as long as its slowest receiver, not the sum of them
        List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
        for (WebhookDeliveries.Claim claim : claims) {
            sent.add(send(claim));
        }
        for (int i = 0; i < claims.size(); i++) {
            WebhookDeliveries.Claim claim = claims.get(i);
            try {
                record(claim, sent.get(i));
            } catch (RuntimeException e) {
                // not recorded: the lease runs out and the delivery is tried again (same event id)
                LOG.log(Level.WARNING, "Could not record the outcome of webhook delivery " + claim.id(), e);
            }
        }
        return claims.size();
    }

    private CompletableFuture<HttpResponse<Void>> send(WebhookDeliveries.Claim claim) {
        if (!claim.allowPrivateNetwork()) {
            java.util.Optional<String> refused = WebhookTargets.refusal(claim.url());
            if (refused.isPresent()) { // the name resolves to an internal address now
                return CompletableFuture.failedFuture(new java.net.ConnectException("not sent: the URL " + refused.get()));
            }
        }
        try {
            // signed over exactly the bytes that go on the wire
            byte[] body = claim.body().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url()))
                    .timeout(READ_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("X-Peerdesk-Event", claim.type())
                    .header("X-Peerdesk-Delivery", claim.eventId())
                    .header("X-Peerdesk-Signature", WebhookSignature.sign(claim.secret(), claim.body()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            // the answer's body is not needed, only its status
            return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(REQUEST_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            // e.g. a URL the HTTP client refuses: a failed attempt like any other, not a broken batch
            return CompletableFuture.failedFuture(e);
        }
    }

    private void record(WebhookDeliveries.Claim claim, CompletableFuture<HttpResponse<Void>> sending) {
        HttpResponse<Void> response;
        try {
            response = sending.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            deliveries.failed(claim, null, describe(cause));
            return;
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            deliveries.delivered(claim, status);
        } else {
            deliveries.failed(claim, status, "HTTP " + status);
        }
    }

    /** What an operator needs to see: the kind of failure and its message (often null for I/O). */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
