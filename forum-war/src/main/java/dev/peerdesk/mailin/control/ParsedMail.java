package dev.peerdesk.mailin.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One inbound message, decoded and cleaned: what the reply-by-mail and ask-by-mail channel needs to
 * turn a mail into a post, and nothing of MIME any more. Built only by {@link MailParser#parse}.
 *
 * @param messageId   the Message-ID without {@code <>}, or null when absent
 * @param fromAddress the From address, lower-cased; never null (a message without one is not a mail)
 * @param fromName    the display name, or null
 * @param recipients  lower-cased addresses from To, Cc, Delivered-To, X-Original-To, Envelope-To,
 *                    deduplicated, in that order: the reply address may be in any of them
 * @param subject     the decoded subject with its prefixes, "" when absent
 * @param body        the new text only, as Markdown, stripped; "" when nothing is left
 * @param automatic   null for a mail a person wrote, else a short English reason: auto-replies must
 *                    never become posts (and never be answered, or two robots talk forever)
 * @param attachments non-inline parts with a filename or a non-text type
 * @param inReplyTo   the first id of In-Reply-To without {@code <>}, or null
 */
public record ParsedMail(
        String messageId,
        String fromAddress,
        String fromName,
        List<String> recipients,
        String subject,
        String body,
        String automatic,
        List<Attachment> attachments,
        String inReplyTo) {

    /** Reply and forward prefixes of the common clients, in English, German, Nordic, Dutch and Chinese. */
    private static final Pattern PREFIX = Pattern.compile(
            "^\\s*(?:(?:re|fwd?|fw|aw|wg|sv|vs|antw|tr)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*[:：]|(?:回复|答复|回覆|转发|轉寄)\\s*[:：])\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One attached file; {@code size} is the decoded size in bytes. */
    public record Attachment(String filename, String mimeType, long size, boolean image) {
    }

    public ParsedMail {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    /**
     * The subject without reply/forward prefixes ("Re:", "RE:", "Fwd:", "FW:", "AW:", "WG:", "Sv:",
     * "Antw:", "回复:", "答复:"), repeated ones too, stripped, so a reply can be matched to its thread by
     * title. A leading "[tag]" is not removed (and what follows it stays as it is).
     */
    public String subjectWithoutPrefixes() {
        String s = subject;
        while (true) {
            var m = PREFIX.matcher(s);
            if (!m.find()) {
                return s.strip();
            }
            s = s.substring(m.end());
        }
    }
}
