package dev.peerdesk.support.webhook;

import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Administering webhooks (ADMIN only): register, list, delete, and look at recent deliveries. */
@ApplicationScoped
public class WebhookService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** One delivery as an operator sees it: retrying ({@code nextAttemptAt}), delivered, or given up (neither). */
    public record DeliveryDto(String eventId, String type, int attempts, @JsonbNillable Integer lastStatus,
                              @JsonbNillable String lastError, @JsonbNillable Instant deliveredAt,
                              @JsonbNillable Instant nextAttemptAt, Instant createdAt) {

        static DeliveryDto of(Row r) {
            return new DeliveryDto(r.string(0), r.string(1), r.intAt(2), r.intOrNull(3), r.string(4), r.instant(5),
                    r.instant(6), r.instant(7));
        }
    }

    /** {@code registration} comes checked from {@link WebhookRegistration#validated}. */
    @Transactional
    public Webhook register(User admin, WebhookRegistration registration) {
        Roles.require(admin, Role.ADMIN);
        if (!registration.privateNetworkAllowed()) {
            WebhookTargets.refusal(registration.url()).ifPresent(why -> {
                throw Refusal.invalid("url", why);
            });
        }
        Webhook webhook = new Webhook(registration.url(), registration.events(), registration.secret(),
                registration.privateNetworkAllowed(), clock.instant());
        em.persist(webhook);
        em.flush(); // the id, for the audit log and the Location header
        audit.record(admin.id(), "WEBHOOK_CREATED", "WEBHOOK", webhook.id(), webhook.url()
                + (webhook.allowPrivateNetwork() ? " (private network allowed)" : ""));
        return webhook;
    }

    public List<Webhook> list(User admin) {
        Roles.require(admin, Role.ADMIN);
        return em.createQuery("SELECT w FROM Webhook w ORDER BY w.id", Webhook.class).getResultList();
    }

    /** Its pending deliveries go with it (ON DELETE CASCADE): nothing more is sent there. */
    @Transactional
    public void delete(User admin, long id) {
        Roles.require(admin, Role.ADMIN);
        Webhook webhook = find(id);
        em.remove(webhook);
        audit.record(admin.id(), "WEBHOOK_DELETED", "WEBHOOK", id, webhook.url());
    }

    /** The webhook's latest deliveries, newest first ({@code limit} already checked: 1–100). */
    public List<DeliveryDto> deliveries(User admin, long webhookId, int limit) {
        Roles.require(admin, Role.ADMIN);
        find(webhookId);
        return Row.list(em.createNamedQuery(WebhookDelivery.OF_WEBHOOK)
                .setParameter(1, webhookId).setParameter(2, limit)).stream().map(DeliveryDto::of).toList();
    }

    private Webhook find(long id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw Refusal.notFound("Webhook " + id);
        }
        return webhook;
    }
}
