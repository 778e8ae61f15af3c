package dev.peerdesk.mailin.boundary;

import dev.peerdesk.mailin.control.Inbox;
import dev.peerdesk.mailin.control.InboundSettings;
import dev.peerdesk.mailin.control.MailParser;
import dev.peerdesk.mailin.control.ParsedMail;
import dev.peerdesk.notification.control.MailContent;
import dev.peerdesk.notification.control.MailOutbox;
import dev.peerdesk.notification.control.MailSettings;
import dev.peerdesk.notification.control.ReplyTokens;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one inbound pipeline behind both ways in (IMAP polling and the relay's POST): parse, drop what
 * a machine sent, limit each sender, then a reply (its token says to what) or a question (mail to the
 * support address). Each message is handled once, whatever delivers it how often ({@link MailPosting}).
 * Whatever is refused gets one polite notice saying why, with the sender's text so nothing is lost;
 * mail from machines never gets one, so two robots cannot talk to each other through us.
 */
@ApplicationScoped
public class InboundMailService {

    static final String USED = "This reply address was used already: each e-mail's reply address takes one reply."
            + " Reply to the newest e-mail about it, or write on the site";

    @PersistenceContext
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    InboundSettings settings;

    @Inject
    MailSettings mailSettings;

    @Inject
    ReplyTokens tokens;

    @Inject
    MailPosting posting;

    /** What became of a message (the HTTP endpoint's 202 body). {@code status} DUPLICATE: handled before. */
    public record Receipt(String status, String outcome) {
    }

    public Receipt receive(byte[] raw, Inbox.Via via) {
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MailParser.NotAMail e) {
            throw Refusal.invalid("message", "This is not an e-mail message (" + e.getMessage()
                    + "); send the raw RFC 5322 message as message/rfc822");
        }
        String key = key(mail, raw);
        if (inbox.known(key)) {
            return new Receipt("DUPLICATE", "Already received");
        }
        if (mail.automatic() != null) { // never answered: that is how mail loops start
            return ignored(key, via, mail, raw, "Ignored: sent automatically (" + mail.automatic() + ")");
        }
        if (fromUs(mail.fromAddress())) {
            return ignored(key, via, mail, raw, "Ignored: sent by this forum itself");
        }
        long lastHour = inbox.lastHourFrom(mail.fromAddress());
        if (lastHour >= settings.perHour()) {
            // one notice when the limit is reached, then silence until the hour has passed
            boolean tell = lastHour == settings.perHour();
            return refused(key, via, mail, raw, "Refused: more than " + settings.perHour() + " e-mails in an hour",
                    null, tell ? notice(mail, "Too many e-mails", "We received more than " + settings.perHour()
                            + " e-mails from your address in the last hour, so this one was not posted. Please wait an"
                            + " hour and send it again, or post it on the site.", null) : null);
        }
        Optional<String> token = replyToken(mail.recipients());
        if (token.isPresent()) {
            return reply(key, via, mail, raw, token.get());
        }
        if (settings.supportAddress().filter(mail.recipients()::contains).isPresent()) {
            return ask(key, via, mail, raw);
        }
        return ignored(key, via, mail, raw, "Ignored: not sent to a reply address or to the support address");
    }

    /** The admin's inbox page: how mail comes in, and the newest messages below {@code before}. */
    public record InboxPage(String replyAddress, String supportAddress, boolean imap, String imapMailbox, boolean http,
                            String defaultTag, int perHour, List<Inbox.Entry> entries, Long olderThan) {
    }

    static final int PAGE = 50;

    @jakarta.transaction.Transactional
    public InboxPage inbox(User admin, Long before) {
        requireAdmin(admin);
        List<Inbox.Entry> entries = inbox.latest(before, PAGE + 1);
        Long older = entries.size() > PAGE ? entries.get(PAGE - 1).id() : null;
        return new InboxPage(mailSettings.replyDomain().map(d -> "reply+…@" + d).orElse(null),
                settings.supportAddress().orElse(null), settings.imapEnabled(),
                settings.imapEnabled() ? settings.imapUser() + "@" + settings.imapHost() + ":" + settings.imapPort()
                        + " / " + settings.imapFolder() : null,
                settings.secret().isPresent(), settings.defaultTag(), settings.perHour(),
                entries.size() > PAGE ? entries.subList(0, PAGE) : entries, older);
    }

    /** The raw message as received, for an admin, while it is kept (30 days). */
    @jakarta.transaction.Transactional
    public byte[] raw(User admin, long id) {
        requireAdmin(admin);
        return inbox.raw(id).orElseThrow(() -> Refusal.notFound("The raw message of e-mail " + id
                + " (raw messages are kept for 30 days)"));
    }

    /** Forgets raw messages past 30 days and reply tokens long expired, a bounded batch of each. */
    @jakarta.transaction.Transactional
    public void forgetOld() {
        inbox.forgetOldRaw(500);
        tokens.purge(500);
    }

    static void requireAdmin(User user) {
        if (!user.has(dev.peerdesk.user.entity.Role.ADMIN)) {
            throw Refusal.notAllowed("Only admins can see the inbound e-mail");
        }
    }

    private Receipt reply(String key, Inbox.Via via, ParsedMail mail, byte[] raw, String token) {
        ReplyTokens.Check check = tokens.check(token);
        ReplyTokens.Issued issued = check instanceof ReplyTokens.Valid valid ? valid.issued()
                : ((ReplyTokens.Refused) check).issued();
        // whose address it is comes first: someone else learns nothing about it (used or not)
        User user = issued == null ? null : em.find(User.class, issued.userId());
        if (issued != null && (user == null || !user.email().equalsIgnoreCase(mail.fromAddress()))) {
            return refused(key, via, mail, raw, "Refused: sent from another address than the one the e-mail went to",
                    null, notice(mail, "Your reply was not posted", "This reply address belongs to an e-mail we sent"
                            + " to another address. Only its recipient can reply to it, from the address it was sent"
                            + " to", null));
        }
        if (check instanceof ReplyTokens.Refused refused) {
            String why = switch (refused.problem()) {
                case FORGED -> "This reply address is not one we issued, so we cannot tell what your reply is for."
                        + " Reply to one of our e-mails without changing its address, or write on the site";
                case EXPIRED -> "This reply address has expired (they last 60 days). Open the thread on the site"
                        + " and write there";
                case USED -> USED;
            };
            return refused(key, via, mail, raw, "Refused: reply address " + refused.problem().name().toLowerCase(Locale.ROOT),
                    user == null ? null : user.id(), notice(mail, "Your reply was not posted", why, null));
        }
        if (mail.body().isBlank()) {
            return refused(key, via, mail, raw, "Refused: no new text above the quoted e-mail", user.id(),
                    notice(mail, "Your reply was empty", "We found no new text in your reply (only the quoted"
                            + " e-mail). Write your reply above the quoted text and send it again", link(issued.questionId())));
        }
        try {
            MailPosting.Posted posted = posting.reply(key, via, mail, raw, issued);
            return posted.inboxId() == null ? new Receipt("DUPLICATE", posted.outcome())
                    : new Receipt(Inbox.Status.POSTED.name(), posted.outcome());
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.behind(e).orElseThrow(() -> e);
            return refused(key, via, mail, raw, "Refused: " + reason(refusal), user.id(), notice(mail,
                    "Your reply was not posted", reason(refusal), link(issued.questionId())));
        }
    }

    private Receipt ask(String key, Inbox.Via via, ParsedMail mail, byte[] raw) {
        List<User> found = em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
                .setParameter("email", mail.fromAddress()).getResultList();
        String register = mailSettings.publicUrl() + "/register.xhtml";
        if (found.isEmpty()) {
            return refused(key, via, mail, raw, "Refused: not a member; sent an invitation to register", null,
                    "MAIL_INVITE", notice(mail, "Join Peerdesk to ask your question", "Thank you for writing. Only"
                            + " members can ask by e-mail, and we found no member with the address "
                            + mail.fromAddress() + ". Register with this address (it takes a minute), confirm it, and"
                            + " send your question again — or ask it on the site", register));
        }
        User user = found.get(0);
        if (!user.emailVerified()) {
            return refused(key, via, mail, raw, "Refused: the address is not confirmed yet", user.id(),
                    notice(mail, "Please confirm your address first", "Your question was not posted because your"
                            + " e-mail address is not confirmed yet. Open the confirmation link we sent you (or ask"
                            + " for a new one on your account page), then send your question again",
                            mailSettings.publicUrl() + "/account.xhtml"));
        }
        try {
            MailPosting.Posted posted = posting.ask(key, via, mail, raw, user.id(), settings.defaultTag());
            return posted.inboxId() == null ? new Receipt("DUPLICATE", posted.outcome())
                    : new Receipt(Inbox.Status.POSTED.name(), posted.outcome());
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.behind(e).orElseThrow(() -> e);
            return refused(key, via, mail, raw, "Refused: " + reason(refusal), user.id(), notice(mail,
                    "Your question was not posted", reason(refusal), mailSettings.publicUrl() + "/ask.xhtml"));
        }
    }

    private Receipt ignored(String key, Inbox.Via via, ParsedMail mail, byte[] raw, String outcome) {
        posting.refuse(key, via, mail, raw, Inbox.Status.IGNORED, outcome, null, null, null);
        return new Receipt(Inbox.Status.IGNORED.name(), outcome);
    }

    private Receipt refused(String key, Inbox.Via via, ParsedMail mail, byte[] raw, String outcome, Long userId,
                            MailContent notice) {
        return refused(key, via, mail, raw, outcome, userId, "MAIL_REFUSED", notice);
    }

    private Receipt refused(String key, Inbox.Via via, ParsedMail mail, byte[] raw, String outcome, Long userId,
                            String noticeType, MailContent notice) {
        boolean recorded = posting.refuse(key, via, mail, raw, Inbox.Status.REFUSED, outcome, userId, noticeType,
                notice);
        return recorded ? new Receipt(Inbox.Status.REFUSED.name(), outcome) : new Receipt("DUPLICATE", "Already received");
    }

    /** The polite notice: why, what to do, and the sender's own text so that nothing is lost. */
    private MailContent notice(ParsedMail mail, String subject, String why, String link) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(why.endsWith(".") ? why : why + ".");
        if (!mail.body().isBlank()) {
            paragraphs.add("This is what you wrote, so that you can use it again:\n\n" + mail.body());
        }
        List<MailOutbox.DigestItem> links = link == null ? List.of()
                : List.of(new MailOutbox.DigestItem("Open Peerdesk", link));
        String about = mail.subject().isBlank() ? "" : " (" + mail.subject() + ")";
        return MailContent.reply(subject + about, paragraphs, links);
    }

    /** A refusal in a sentence: field errors in words ("The text: …"). */
    static String reason(Refusal refusal) {
        if (refusal instanceof Refusal.Invalid invalid) {
            return invalid.errors().stream().map(e -> field(e.field()) + ": " + e.message())
                    .collect(Collectors.joining("; "));
        }
        return refusal.getMessage();
    }

    private static String field(String name) {
        return switch (name) {
            case "title" -> "The subject (your question's title)";
            case "body" -> "The text";
            case "tags" -> "The topic";
            default -> "The " + name;
        };
    }

    static String attachmentsDropped(ParsedMail mail) {
        return "Attachments are not posted from e-mail, so these were left out: "
                + mail.attachments().stream().map(a -> a.filename() == null ? a.mimeType() : a.filename())
                .collect(Collectors.joining(", "))
                + ". Share them through a link in a comment if they matter.";
    }

    private String link(long questionId) {
        return mailSettings.publicUrl() + "/questions/" + questionId;
    }

    private boolean fromUs(String address) {
        String from = mailSettings.from().toLowerCase(Locale.ROOT);
        return from.contains("<" + address + ">") || from.equals(address)
                || mailSettings.replyDomain().map(d -> address.startsWith("reply+") && address.endsWith("@" + d)).orElse(false);
    }

    private Optional<String> replyToken(List<String> recipients) {
        Optional<String> domain = mailSettings.replyDomain();
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        Pattern reply = Pattern.compile("reply\\+([a-z0-9]{1,64})@" + Pattern.quote(domain.get()));
        for (String r : recipients) {
            Matcher m = reply.matcher(r);
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The Message-ID, or a digest of the bytes for a mail without one. */
    static String key(ParsedMail mail, byte[] raw) {
        if (mail.messageId() != null && !mail.messageId().isBlank() && mail.messageId().length() <= 240) {
            return "mid:" + mail.messageId();
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    mail.messageId() == null ? raw : mail.messageId().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
