package dev.peerdesk.mailin.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailParserTest {

    private static final String HEADERS = """
            From: "Bob Smith" <Bob.Smith@Example.COM>
            To: Peerdesk <reply+abc123@Reply.Example.com>, other@example.org
            Cc: Carol <CAROL@example.net>, other@example.org
            Delivered-To: reply+abc123@reply.example.com
            X-Original-To: ask@peerdesk.example
            Subject: Re: Fwd: Pool question
            Message-ID: <CAJ7v1b@mail.gmail.com>
            In-Reply-To: <q42t7.a9@peerdesk.example> <older@peerdesk.example>
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            """;

    private static ParsedMail parse(String headers, String body) {
        return MailParser.parse((headers + "\n" + body).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheEnvelopeOfAMail() {
        ParsedMail mail = parse(HEADERS, "Thanks!\n");

        assertThat(mail.messageId()).isEqualTo("CAJ7v1b@mail.gmail.com");
        assertThat(mail.fromAddress()).isEqualTo("bob.smith@example.com");
        assertThat(mail.fromName()).isEqualTo("Bob Smith");
        assertThat(mail.recipients()).containsExactly("reply+abc123@reply.example.com", "other@example.org",
                "carol@example.net", "ask@peerdesk.example");
        assertThat(mail.subject()).isEqualTo("Re: Fwd: Pool question");
        assertThat(mail.inReplyTo()).isEqualTo("q42t7.a9@peerdesk.example");
        assertThat(mail.body()).isEqualTo("Thanks!");
        assertThat(mail.automatic()).isNull();
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void absentHeadersAreNullOrEmpty() {
        ParsedMail mail = parse("From: bob@example.com\n", "");

        assertThat(mail.messageId()).isNull();
        assertThat(mail.fromName()).isNull();
        assertThat(mail.inReplyTo()).isNull();
        assertThat(mail.subject()).isEmpty();
        assertThat(mail.body()).isEmpty();
        assertThat(mail.recipients()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Re: Pool;                 Pool
            RE: FW: Fwd: Pool;        Pool
            AW: WG: Pool;             Pool
            Sv: Antw: Pool;           Pool
            回复: 答复：Pool;          Pool
            Re[2]: Pool;              Pool
            [tag] Re: Pool;           [tag] Re: Pool
            Regarding the pool;       Regarding the pool
            """)
    void removesSubjectPrefixes(String subject, String expected) {
        assertThat(parse("From: bob@example.com\nSubject: " + subject + "\n", "x").subjectWithoutPrefixes())
                .isEqualTo(expected);
    }

    @Test
    void decodesEncodedWordSubjectsAndNames() throws IOException {
        ParsedMail mail = MailParser.parse(MailCorpusTest.read("14-rfc2047-subject.eml"));

        assertThat(mail.subject()).isEqualTo("Frage zu Größen und Zeichensätzen");
        assertThat(mail.fromName()).isEqualTo("René Faßbender");
    }

    @Test
    void readsRawUtf8HeadersAndEnvelopeTo() {
        ParsedMail mail = parse("From: 李明 <liming@example.cn>\nSubject: 回复: 连接池\nEnvelope-To: Reply+X@Example.com\n", "好");

        assertThat(mail.subject()).isEqualTo("回复: 连接池");
        assertThat(mail.subjectWithoutPrefixes()).isEqualTo("连接池");
        assertThat(mail.fromName()).isEqualTo("李明");
        assertThat(mail.recipients()).containsExactly("reply+x@example.com");
        assertThat(mail.body()).isEqualTo("好");
    }

    @Test
    void takesTheFirstTextPartOfMixedAndListsAttachedText() {
        String headers = "From: bob@example.com\nContent-Type: multipart/mixed; boundary=\"b\"\n";
        String body = """
                --b
                Content-Type: text/plain; charset=UTF-8

                See the log.
                --b
                Content-Type: text/plain; charset=UTF-8; name="server.log"
                Content-Disposition: attachment; filename="server.log"

                ERROR pool exhausted
                --b--
                """;
        ParsedMail mail = parse(headers, body);

        assertThat(mail.body()).isEqualTo("See the log.");
        assertThat(mail.attachments()).containsExactly(new ParsedMail.Attachment("server.log", "text/plain", 20, false));
    }

    @Test
    void listsAttachmentsButNotInlineImages() throws IOException {
        assertThat(MailParser.parse(MailCorpusTest.read("22-attachments-image-pdf.eml")).attachments()).containsExactly(
                new ParsedMail.Attachment("pool-graph.png", "image/png", 192, true),
                new ParsedMail.Attachment("heap report.pdf", "application/pdf", 77, false));
        assertThat(MailParser.parse(MailCorpusTest.read("03-outlook-desktop-html-cp1252.eml")).attachments()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Auto-Submitted: auto-replied;              Auto-Submitted: auto-replied
            Auto-Submitted: auto-generated;            Auto-Submitted: auto-generated
            Precedence: bulk;                          Precedence: bulk
            Precedence: junk;                          Precedence: junk
            Precedence: list;                          Precedence: list
            Precedence: auto_reply;                    Precedence: auto_reply
            X-Autoreply: yes;                          X-Autoreply
            X-Autorespond: Out of office;              X-Autorespond
            Return-Path: <>;                           empty return path
            """)
    void recognisesAutomaticMail(String header, String reason) {
        assertThat(parse("From: bob@example.com\n" + header + "\n", "I am away.").automatic()).isEqualTo(reason);
    }

    @Test
    void recognisesDeliveryReports() {
        String report = "From: mail@example.com\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n";
        assertThat(parse(report, "--b\nContent-Type: text/plain\n\nFailed.\n--b--\n").automatic())
                .isEqualTo("a delivery report (multipart/report)");
    }

    @ParameterizedTest
    @CsvSource({"MAILER-DAEMON@mx.example.com", "postmaster@example.com"})
    void recognisesMailerDaemons(String from) {
        assertThat(parse("From: " + from + "\n", "Undeliverable").automatic()).isEqualTo("from a mailer daemon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Auto-Submitted: no
            Precedence: first-class
            X-Auto-Response-Suppress: All
            X-Auto-Response-Suppress: OOF
            Return-Path: <bob@example.com>
            """)
    void aPersonsMailIsNotAutomatic(String header) {
        assertThat(parse("From: bob@example.com\n" + header + "\n", "Hello").automatic()).isNull();
    }

    @Test
    void rejectsWhatIsNotAMail() {
        byte[] random = new byte[2048];
        new Random(42).nextBytes(random);
        for (byte[] junk : List.of(new byte[0], random,
                "Hello,\nthis is just some text.\n".getBytes(StandardCharsets.UTF_8),
                "Subject: hello\nTo: a@example.com\n\nbody\n".getBytes(StandardCharsets.UTF_8),
                "From: not an address\nSubject: x\n\nbody\n".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> MailParser.parse(junk)).isInstanceOf(MailParser.NotAMail.class);
        }
    }
}
