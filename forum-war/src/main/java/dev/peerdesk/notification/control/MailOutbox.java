package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.NotificationMailSetting;
import dev.peerdesk.notification.entity.OutboxMail;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.Settings;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.time.Instant;

/**
 * Writes a notification mail to the outbox in the fact's transaction (sent later by
 * {@link MailDeliveries}); nothing when mail is off, the recipient has not confirmed their address
 * yet, or their setting for the type is not INSTANT (stored, else {@link MailDelivery#byDefault}).
 * Folds bursts; writes the daily digests. Account mails ({@link #enqueueAccountMail}) go out regardless.
 */
@ApplicationScoped
public class MailOutbox {

    private static final String KEY_SETTING = "notification.unsubscribe-key";
    private static final int EXCERPT = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /** The settings table (its owner), where the unsubscribe key is kept. */
    @Inject
    Settings storedSettings;

    @Inject
    ReplyTokens replyTokens;

    /** A burst of one fold key mails at most once per this window (the first at once, the rest merged). */
    static final java.time.Duration FOLD_WINDOW = java.time.Duration.ofMinutes(1);

    /**
     * Mails {@code recipientId} when their e-mail setting for {@code type} is INSTANT (their stored
     * choice, else {@link MailDelivery#byDefault}), not folding.
     */
    public void enqueue(long recipientId, NotificationType type, long questionId, Long postId, String detail) {
        enqueue(recipientId, type, questionId, postId, detail, null);
    }

    /**
     * As {@link #enqueue(long, NotificationType, long, Long, String)}; with a {@code foldKey} (the in-app
     * notification's) a burst folds: the fact merges into the recipient's unsent, unclaimed mail of that
     * key ("3 new answers to …", linking to the first), and a mail after one of that key written less than
     * {@link #FOLD_WINDOW} ago waits until the window ends, so that the rest of the burst can join it.
     */
    public void enqueue(long recipientId, NotificationType type, long questionId, Long postId, String detail,
                        String foldKey) {
        if (!settings.enabled()) {
            return;
        }
        Instant now = clock.instant();
        if (foldKey != null) {
            // FOR UPDATE: a claim in flight holds the row, so this waits for it and then sees it claimed
            // the SQL's own LIMIT 1 … FOR UPDATE, so no second limit is laid over it
            Optional<Row> open = Row.list(em.createNamedQuery(OutboxMail.OPEN_FOLD)
                    .setParameter(1, recipientId).setParameter(2, foldKey)).stream().findFirst();
            if (open.isPresent()) {
                long id = open.get().longAt(0);
                int count = open.get().intAt(1) + 1;
                Long firstPost = open.get().longOrNull(2);
                Optional<Rendered> merged = render(recipientId, type, questionId, firstPost, detail, count);
                merged.ifPresent(r -> em.createNamedQuery(OutboxMail.MERGE)
                        .setParameter(1, count).setParameter(2, r.content().subject())
                        .setParameter(3, r.content().text()).setParameter(4, r.content().html()).setParameter(5, id)
                        .executeUpdate());
                return;
            }
        }
        Optional<Rendered> rendered = render(recipientId, type, questionId, postId, detail, 1);
        if (rendered.isEmpty()) {
            return;
        }
        Instant due = now;
        if (foldKey != null) {
            Object last = em.createNamedQuery(OutboxMail.LAST_OF_FOLD)
                    .setParameter(1, recipientId).setParameter(2, foldKey).getSingleResult();
            if (last != null) {
                Instant windowEnds = InstantConverter.fromDatabase(last).plus(FOLD_WINDOW);
                if (windowEnds.isAfter(now)) {
                    due = windowEnds;
                }
            }
        }
        insert(recipientId, rendered.get().email(), type.name(), questionId, postId, rendered.get().content(),
                rendered.get().unsubscribe(), foldKey, now, due, rendered.get().replyTo());
    }

    private record Rendered(String email, MailContent content, String unsubscribe, String replyTo) {
    }

    /** The mail of {@code count} facts, when the recipient's setting for {@code type} is INSTANT. */
    private Optional<Rendered> render(long recipientId, NotificationType type, long questionId, Long postId,
                                      String detail, int count) {
        Optional<Row> row = Row.first(em.createNamedQuery(NotificationMailSetting.INSTANT_MAIL)
                .setParameter(1, recipientId).setParameter(2, questionId).setParameter(3, postId)
                .setParameter(4, type.name()).setParameter(5, MailDelivery.byDefault(type).name()));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        String email = row.get().string(0);
        String title = row.get().string(1);
        String body = row.get().string(2);
        String text = NotificationText.of(type, count, title, detail);
        String link = settings.publicUrl() + "/questions/" + questionId
                + (postId == null || postId == questionId ? "" : "#answer-" + postId);
        String token = UnsubscribeTokens.sign(key(), recipientId, type);
        // the header's one-click POST for mail clients; the body's link opens a page that asks first
        String unsubscribe = settings.publicUrl() + "/api/v1/unsubscribe/" + token;
        // a reply address only for a new mail: a merged one keeps the address of its first fact
        Optional<ReplyPurpose> purpose = count == 1 && settings.replyDomain().isPresent()
                ? ReplyPurpose.of(type) : Optional.empty();
        String replyTo = purpose.map(p -> "reply+" + replyTokens.issue(recipientId, p, questionId,
                p == ReplyPurpose.TICKET_MESSAGE || p == ReplyPurpose.INTERNAL_NOTE ? null
                        : postId == null ? questionId : postId) + "@" + settings.replyDomain().get()).orElse(null);
        return Optional.of(new Rendered(email, MailContent.of(text, excerpt(body), link,
                purpose.map(ReplyPurpose::hint).orElse(null),
                settings.publicUrl() + "/unsubscribe.xhtml?token=" + token,
                settings.publicUrl() + "/notifications/settings.xhtml"), unsubscribe, replyTo));
    }

    private void insert(long recipientId, String email, String type, Long questionId, Long postId, MailContent content,
                        String unsubscribe, String foldKey, Instant now, Instant due, String replyTo) {
        em.createNamedQuery(OutboxMail.ENQUEUE)
                .setParameter(1, recipientId).setParameter(2, email).setParameter(3, type)
                .setParameter(4, questionId).setParameter(5, postId).setParameter(6, content.subject())
                .setParameter(7, content.text()).setParameter(8, content.html()).setParameter(9, unsubscribe)
                .setParameter(10, foldKey).setParameter(11, InstantConverter.toDatabase(due))
                .setParameter(12, InstantConverter.toDatabase(now)).setParameter(13, replyTo).executeUpdate();
    }

    /** One line of a digest: what it says and where it points. */
    public record DigestItem(String text, String link) {
    }

    /**
     * Writes a user's daily digest to the outbox (in the caller's transaction, the one that claimed the
     * period); its unsubscribe link turns every type the user gets by digest off.
     */
    public void enqueueDigest(long recipientId, List<DigestItem> items) {
        if (!settings.enabled() || items.isEmpty()) {
            return;
        }
        List<?> emails = em.createNamedQuery(User.CONFIRMED_EMAIL)
                .setParameter(1, recipientId).getResultList();
        if (emails.isEmpty()) {
            return;
        }
        String token = UnsubscribeTokens.sign(key(), recipientId, null);
        String unsubscribe = settings.publicUrl() + "/api/v1/unsubscribe/" + token;
        Instant now = clock.instant();
        insert(recipientId, (String) emails.get(0), "DIGEST", null, null,
                MailContent.digest(items, settings.publicUrl() + "/notifications.xhtml",
                        settings.publicUrl() + "/unsubscribe.xhtml?token=" + token), unsubscribe, null, now, now, null);
    }

    /**
     * An account mail (address confirmation, password reset): sent whatever the notification settings
     * say and to unconfirmed addresses too, without an unsubscribe link (a NULL {@code unsubscribe_url}).
     */
    public void enqueueAccountMail(long recipientId, String toAddress, String type, MailContent content) {
        if (!settings.enabled()) {
            return;
        }
        em.createNamedQuery(OutboxMail.ENQUEUE_ACCOUNT)
                .setParameter(1, recipientId).setParameter(2, toAddress).setParameter(3, type)
                .setParameter(4, content.subject()).setParameter(5, content.text()).setParameter(6, content.html())
                .setParameter(7, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /**
     * A mail of the inbound pipeline (a refused reply, an invitation, a question's confirmation) to
     * {@code toAddress}, which may be nobody's ({@code recipientId} null); sent like an account mail.
     */
    public void enqueueReply(Long recipientId, String toAddress, String type, MailContent content) {
        if (!settings.enabled()) {
            return;
        }
        em.createNamedQuery(OutboxMail.ENQUEUE_ACCOUNT)
                .setParameter(1, recipientId).setParameter(2, toAddress).setParameter(3, type)
                .setParameter(4, content.subject()).setParameter(5, content.text()).setParameter(6, content.html())
                .setParameter(7, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /** The unsubscribe signing key: made once by whichever node needs it first, shared through the database. */
    public byte[] key() {
        return storedSettings.secretKey(KEY_SETTING);
    }

    /** {@code type} null: the digest's link, every type the user now gets by digest. */
    public void turnOff(long userId, NotificationType type) {
        if (type != null) {
            setDelivery(userId, type, MailDelivery.OFF);
            return;
        }
        settings(userId).forEach((t, delivery) -> {
            if (delivery == MailDelivery.DIGEST) {
                setDelivery(userId, t, MailDelivery.OFF);
            }
        });
    }

    public void setDelivery(long userId, NotificationType type, MailDelivery delivery) {
        em.createNamedQuery(NotificationMailSetting.SET)
                .setParameter(1, userId).setParameter(2, type.name()).setParameter(3, delivery.name())
                .setParameter(4, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /** The user's e-mail setting for every type: stored, or the default. */
    public java.util.Map<NotificationType, MailDelivery> settings(long userId) {
        java.util.Map<NotificationType, MailDelivery> settings = new java.util.EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            settings.put(type, MailDelivery.byDefault(type));
        }
        for (Row r : Row.list(em.createNamedQuery(NotificationMailSetting.OF_USER).setParameter(1, userId))) {
            settings.put(NotificationType.valueOf(r.string(0)), MailDelivery.valueOf(r.string(1)));
        }
        return settings;
    }

    static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
