package dev.peerdesk.mailin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How mail comes in (README "Receiving e-mail"): replies to {@code reply+<token>@FORUM_MAIL_REPLY_DOMAIN}
 * (the domain is the notification feature's setting), new questions to {@code FORUM_MAIL_SUPPORT_ADDRESS};
 * messages are fetched from an IMAP mailbox ({@code FORUM_IMAP_*}) and/or POSTed by a relay with
 * {@code FORUM_INBOUND_MAIL_SECRET}.
 */
@ApplicationScoped
public class InboundSettings {

    public enum Security { NONE, STARTTLS, TLS }

    @Inject
    @ConfigProperty(name = "FORUM_MAIL_SUPPORT_ADDRESS")
    Optional<String> supportAddress;

    @Inject
    @ConfigProperty(name = "FORUM_MAIL_DEFAULT_TAG", defaultValue = "support")
    String defaultTag;

    @Inject
    @ConfigProperty(name = "FORUM_INBOUND_MAIL_SECRET")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "FORUM_INBOUND_MAIL_PER_HOUR", defaultValue = "20")
    int perHour;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_HOST")
    Optional<String> imapHost;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_PORT", defaultValue = "993")
    int imapPort;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_SECURITY", defaultValue = "tls")
    String imapSecurity;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_USER")
    Optional<String> imapUser;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_PASSWORD")
    Optional<String> imapPassword;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_FOLDER", defaultValue = "INBOX")
    String imapFolder;

    @Inject
    @ConfigProperty(name = "FORUM_IMAP_INTERVAL", defaultValue = "PT30S")
    String imapInterval;

    /** The address questions are asked at, lower-cased; empty: asking by mail is off. */
    public Optional<String> supportAddress() {
        return supportAddress.map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty());
    }

    public String defaultTag() {
        return defaultTag.strip().toLowerCase(Locale.ROOT);
    }

    /** Empty: the HTTP way in is off (every POST gets 401). */
    public Optional<String> secret() {
        return secret.filter(s -> !s.isBlank());
    }

    /** Mails one sender may send in an hour; more are refused (one notice, then silence). */
    public int perHour() {
        return perHour;
    }

    public boolean imapEnabled() {
        return imapHost.filter(h -> !h.isBlank()).isPresent();
    }

    public String imapHost() {
        return imapHost.orElse("");
    }

    public int imapPort() {
        return imapPort;
    }

    public Security imapSecurity() {
        return Security.valueOf(imapSecurity.strip().toUpperCase(Locale.ROOT));
    }

    public String imapUser() {
        return imapUser.orElse("");
    }

    public String imapPassword() {
        return imapPassword.orElse("");
    }

    public String imapFolder() {
        return imapFolder;
    }

    public Duration imapInterval() {
        return Duration.parse(imapInterval);
    }
}
