package dev.peerdesk.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * SMTP configuration (README "Configuration"). Without {@code FORUM_SMTP_HOST} mail is off: nothing
 * is written to the outbox and in-app notifications work alone.
 */
@ApplicationScoped
public class MailSettings {

    public enum Security { NONE, STARTTLS, TLS }

    @Inject
    @ConfigProperty(name = "FORUM_SMTP_HOST")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "FORUM_SMTP_PORT", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "FORUM_SMTP_USER")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "FORUM_SMTP_PASSWORD")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "FORUM_SMTP_SECURITY", defaultValue = "starttls")
    String security;

    @Inject
    @ConfigProperty(name = "FORUM_MAIL_FROM", defaultValue = "Peerdesk <no-reply@peerdesk.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "FORUM_PUBLIC_URL", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "FORUM_DIGEST_HOUR", defaultValue = "7")
    int digestHour;

    @Inject
    @ConfigProperty(name = "FORUM_MAIL_REPLY_DOMAIN")
    Optional<String> replyDomain;

    /**
     * The domain of reply addresses ({@code reply+<token>@…}); without it notification mails carry no
     * reply address and replies by e-mail are off.
     */
    public Optional<String> replyDomain() {
        return replyDomain.map(d -> d.strip().toLowerCase(java.util.Locale.ROOT)).filter(d -> !d.isEmpty());
    }

    /** The daily digest goes out at {@code FORUM_DIGEST_HOUR}:00 UTC (default 07:00). */
    public DigestSchedule digestSchedule() {
        return new DigestSchedule(digestHour);
    }

    public boolean enabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public Security security() {
        return Security.valueOf(security.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public String from() {
        return from;
    }

    /** The base of every link in a mail, without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The domain of Message-IDs: the public host, so ids are stable and unique to this forum. */
    public String mailDomain() {
        String h = URI.create(publicUrl()).getHost();
        return h == null ? "peerdesk.invalid" : h;
    }
}
