package dev.peerdesk.mailin.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Raw RFC 5322 bytes to a {@link ParsedMail}. Mime4j does all the MIME work (transfer encodings,
 * encoded words, multipart structure); this class only decides which part is the body, which parts
 * are attachments and whether a robot sent the mail. Pure: no I/O beyond the given bytes.
 */
public final class MailParser {

    /** Thrown for bytes that are not an RFC 5322 message (no header section, no parseable From, junk). */
    public static final class NotAMail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotAMail(String why) {
            super(why);
        }
    }

    /** A header field line: printable ASCII name without colon or space, then a colon. */
    private static final Pattern HEADER_LINE = Pattern.compile("^[!-9;-~]+[ \\t]*:");
    private static final Pattern ANGLE_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern PRECEDENCE = Pattern.compile("bulk|junk|list|auto_reply");
    private static final Pattern DAEMON = Pattern.compile("mailer-daemon|postmaster");
    private static final String[] ENVELOPE_FIELDS = {"Delivered-To", "X-Original-To", "Envelope-To"};

    /** Permissive so that the odd malformed header of a real client does not lose the mail. */
    private static final MimeConfig CONFIG = new MimeConfig.Builder()
            .setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1).setMaxContentLen(-1).build();

    private MailParser() {
    }

    /** Parses and cleans one message; never returns null. */
    public static ParsedMail parse(byte[] raw) {
        byte[] bytes = withoutMboxLine(checkLooksLikeMail(raw));
        Message message = read(bytes);
        Mailbox from = from(message);
        return new ParsedMail(
                unbracket(message.getMessageId()),
                from.getAddress().toLowerCase(Locale.ROOT),
                blankToNull(from.getName()),
                recipients(message),
                subject(message),
                body(message),
                Automatic.reason(message, from),
                attachments(message),
                inReplyTo(message));
    }

    private static byte[] checkLooksLikeMail(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new NotAMail("empty");
        }
        int end = Math.min(raw.length, 16 * 1024);
        int control = 0;
        for (int i = 0; i < end; i++) {
            int b = raw[i] & 0xff;
            if (b == 0) {
                throw new NotAMail("binary data (NUL byte at " + i + ")");
            }
            if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                control++;
            }
        }
        if (control * 50 > end) {
            throw new NotAMail("binary data");
        }
        String first = firstLine(raw);
        if (!HEADER_LINE.matcher(first).find() && !first.startsWith("From ")) {
            throw new NotAMail("no header section");
        }
        return raw;
    }

    private static String firstLine(byte[] raw) {
        int i = 0;
        while (i < raw.length && raw[i] != '\n' && raw[i] != '\r') {
            i++;
        }
        return new String(raw, 0, i, StandardCharsets.ISO_8859_1);
    }

    /** An mbox "From sender date" line (some delivery agents keep it) is not a header field. */
    private static byte[] withoutMboxLine(byte[] raw) {
        if (!firstLine(raw).startsWith("From ")) {
            return raw;
        }
        int i = 0;
        while (i < raw.length && raw[i] != '\n') {
            i++;
        }
        byte[] rest = new byte[Math.max(0, raw.length - i - 1)];
        System.arraycopy(raw, Math.min(raw.length, i + 1), rest, 0, rest.length);
        if (rest.length == 0 || !HEADER_LINE.matcher(firstLine(rest)).find()) {
            throw new NotAMail("no header section");
        }
        return rest;
    }

    private static Message read(byte[] bytes) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new NotAMail("unparseable: " + e.getMessage());
        }
    }

    private static Mailbox from(Message message) {
        MailboxList list;
        try {
            list = message.getFrom();
        } catch (RuntimeException e) {
            list = null;
        }
        if (list == null || list.isEmpty()) {
            Field field = message.getHeader().getField("From");
            if (field == null) {
                throw new NotAMail("no From header");
            }
            list = LenientAddressParser.DEFAULT.parseAddressList(field.getBody()).flatten();
        }
        for (Mailbox mailbox : list) {
            if (isAddress(mailbox)) {
                return mailbox;
            }
        }
        throw new NotAMail("no parseable From address");
    }

    private static boolean isAddress(Mailbox mailbox) {
        String local = mailbox.getLocalPart();
        String domain = mailbox.getDomain();
        return local != null && !local.isBlank() && domain != null && domain.contains(".")
                && !mailbox.getAddress().matches(".*[\\s<>].*");
    }

    private static List<String> recipients(Message message) {
        Set<String> all = new LinkedHashSet<>();
        addAll(all, message.getTo());
        addAll(all, message.getCc());
        for (String name : ENVELOPE_FIELDS) {
            for (Field field : message.getHeader().getFields(name)) {
                addAll(all, LenientAddressParser.DEFAULT.parseAddressList(field.getBody()));
            }
        }
        return List.copyOf(all);
    }

    private static void addAll(Set<String> into, AddressList list) {
        if (list == null) {
            return;
        }
        for (Mailbox mailbox : list.flatten()) {
            if (isAddress(mailbox)) {
                into.add(mailbox.getAddress().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String subject(Message message) {
        String subject = message.getSubject();
        return subject == null ? "" : Utf8Header.repair(subject).strip();
    }

    private static String inReplyTo(Message message) {
        Field field = message.getHeader().getField("In-Reply-To");
        if (field == null) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(field.getBody());
        if (m.find()) {
            return m.group(1);
        }
        String body = field.getBody().strip();
        return body.isEmpty() ? null : body.split("\\s+")[0];
    }

    private static String unbracket(String id) {
        if (id == null) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(id);
        String bare = m.find() ? m.group(1) : id.strip();
        return bare.isEmpty() ? null : bare;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String decoded = Utf8Header.repair(DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT)).strip();
        return decoded.isEmpty() ? null : decoded;
    }

    // ---------------------------------------------------------------- body

    private record Text(boolean html, String content, boolean flowed, boolean delSp) {
    }

    private static String body(Message message) {
        Optional<Text> text = findText(message);
        if (text.isEmpty()) {
            return "";
        }
        Text t = text.get();
        if (t.html()) {
            return MailText.fromHtml(t.content());
        }
        String plain = t.flowed() ? MailText.unflow(t.content(), t.delSp()) : t.content();
        return MailText.cleanPlain(plain);
    }

    /**
     * The body part: text/plain before text/html inside multipart/alternative (HTML only when there
     * is no plain text), the first text part of any other multipart.
     */
    private static Optional<Text> findText(Entity entity) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            if ("alternative".equalsIgnoreCase(multipart.getSubType())) {
                List<Text> found = new ArrayList<>();
                for (Entity part : multipart.getBodyParts()) {
                    findText(part).ifPresent(found::add);
                }
                return found.stream().filter(t -> !t.html()).findFirst()
                        .or(() -> found.stream().findFirst());
            }
            for (Entity part : multipart.getBodyParts()) {
                Optional<Text> text = findText(part);
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        }
        if (!(body instanceof SingleBody single) || "attachment".equalsIgnoreCase(entity.getDispositionType())) {
            return Optional.empty();
        }
        String type = entity.getMimeType().toLowerCase(Locale.ROOT);
        if (!type.equals("text/plain") && !type.equals("text/html")) {
            return Optional.empty();
        }
        ContentTypeField contentType = (ContentTypeField) entity.getHeader().getField("Content-Type");
        boolean flowed = contentType != null && "flowed".equalsIgnoreCase(contentType.getParameter("format"));
        boolean delSp = contentType != null && "yes".equalsIgnoreCase(contentType.getParameter("delsp"));
        return Optional.of(new Text(type.equals("text/html"), decode(single, entity.getCharset()), flowed, delSp));
    }

    /**
     * Mime4j has undone the transfer encoding; the charset is ours to apply. Mails labelled US-ASCII
     * (or not at all) that are valid UTF-8 are read as UTF-8: clients that forget the label are common,
     * and valid UTF-8 is almost never anything else. An unknown charset falls back the same way.
     */
    private static String decode(SingleBody body, String charsetName) {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Charset declared = charset(charsetName);
        if (declared == null || declared.equals(StandardCharsets.US_ASCII)) {
            return strictUtf8(bytes).orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return new String(bytes, declared);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- attachments

    private static List<ParsedMail.Attachment> attachments(Message message) {
        List<ParsedMail.Attachment> found = new ArrayList<>();
        collect(message, found, true);
        return found;
    }

    private static void collect(Entity entity, List<ParsedMail.Attachment> into, boolean top) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, into, false);
            }
            return;
        }
        if (top || "inline".equalsIgnoreCase(entity.getDispositionType())) {
            return;
        }
        String type = entity.getMimeType().toLowerCase(Locale.ROOT);
        String filename = filename(entity);
        if (filename == null && type.startsWith("text/")) {
            return;
        }
        into.add(new ParsedMail.Attachment(filename, type, size(body), type.startsWith("image/")));
    }

    private static String filename(Entity entity) {
        String name = entity.getFilename();
        if (name == null && entity.getHeader().getField("Content-Type") instanceof ContentTypeField type) {
            name = type.getParameter("name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return Utf8Header.repair(DecoderUtil.decodeEncodedWords(name, DecodeMonitor.SILENT)).strip();
    }

    private static long size(Body body) {
        if (body instanceof SingleBody single) {
            try {
                return single.size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Mime4j reads raw header bytes as Latin-1; clients that send raw UTF-8 headers (RFC 6532,
     * several Chinese webmails) then show as mojibake. Such text is re-read as UTF-8 when it is valid.
     */
    static final class Utf8Header {
        private Utf8Header() {
        }

        static String repair(String s) {
            boolean high = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 0xff) {
                    return s;
                }
                high |= c >= 0x80;
            }
            return high ? strictUtf8(s.getBytes(StandardCharsets.ISO_8859_1)).orElse(s) : s;
        }
    }

    /** The signs of a mail that no person wrote: auto-replies, bounces, lists and bulk mail. */
    static final class Automatic {
        private Automatic() {
        }

        static String reason(Message message, Mailbox from) {
            String autoSubmitted = value(message, "Auto-Submitted");
            if (autoSubmitted != null && !autoSubmitted.isEmpty() && !autoSubmitted.equals("no")) {
                return "Auto-Submitted: " + autoSubmitted;
            }
            String precedence = value(message, "Precedence");
            if (precedence != null && PRECEDENCE.matcher(precedence).matches()) {
                return "Precedence: " + precedence;
            }
            for (String name : new String[] {"X-Autoreply", "X-Autorespond"}) {
                if (message.getHeader().getField(name) != null) {
                    return name;
                }
            }
            String returnPath = value(message, "Return-Path");
            if (returnPath != null && returnPath.replaceAll("\\s", "").matches("<>|")) {
                return "empty return path";
            }
            if ("multipart/report".equalsIgnoreCase(message.getMimeType())) {
                return "a delivery report (multipart/report)";
            }
            if (DAEMON.matcher(from.getLocalPart().toLowerCase(Locale.ROOT)).matches()) {
                return "from a mailer daemon";
            }
            return null;
        }

        /** The field's value lower-cased, without parameters or comments; null when absent. */
        private static String value(Message message, String name) {
            Field field = message.getHeader().getField(name);
            if (field == null) {
                return null;
            }
            String v = field.getBody().replaceAll("\\([^)]*\\)", "");
            int semicolon = v.indexOf(';');
            return (semicolon >= 0 ? v.substring(0, semicolon) : v).strip().toLowerCase(Locale.ROOT);
        }
    }
}
