package dev.peerdesk.mailin.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small cases of the cleaning; "|" stands for a line break to keep the table readable. */
class MailTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            plain text stays;                 Hello|world;                                        Hello|world
            CRLF and trailing spaces;         "Hello  \r\nworld \r\n";                            Hello|world
            blank lines collapse;             a||||b;                                             a||b
            trailing quote dropped;           Thanks!||> old text|> more;                         Thanks!
            middle quote kept;                Above|> theirs|Below|;                              Above|> theirs|Below
            gmail attribution;                Yes.||On Tue, 1 Dec 2026 at 10:00, Jane Doe <jane@example.com> wrote:|> q; Yes.
            wrapped attribution;              Yes.||On Tue, Dec 1, 2026 at 10:00 AM Jane Doe <jane@example.com>|wrote:|> q; Yes.
            thunderbird attribution;          Yes.||On 12/1/26 10:00 AM, Jane wrote:|> q;        Yes.
            apple attribution;                Yes.||On 1 Dec 2026, at 10:00, Jane <j@x.example> wrote:|> q; Yes.
            german attribution;               Ja.||Am Di., 1. Dez. 2026 um 10:00 Uhr schrieb Jane Doe <jane@example.com>:|> q; Ja.
            french attribution;               Oui.||Le mar. 1 déc. 2026 à 10:00, Jane <jane@example.com> a écrit :|> q; Oui.
            spanish attribution;              Sí.||El mar, 1 dic 2026 a las 10:00, Jane (<jane@example.com>) escribió:|> q; Sí.
            chinese attribution;              好的。||在 2026年12月1日 10:00，Jane <jane@example.com> 写道：|> q; 好的。
            prose starting with On kept;      On my laptop it works.|On the server it does not.;  On my laptop it works.|On the server it does not.
            original message;                 Done.||-----Original Message-----|From: Jane|Sent: today; Done.
            outlook header block;             Done.||From: Jane Doe|Sent: Tuesday|To: Bob|Subject: Hi||old; Done.
            german header block;              Erledigt.||Von: Jane Doe|Gesendet: Dienstag|An: Bob|Betreff: Hi||alt; Erledigt.
            lone From line kept;              From: my point of view it is fine.|Bye;             From: my point of view it is fine.|Bye
            underscores then From;            Done.|________________________________|From: Jane|Sent: today; Done.
            dash signature;                   Text.||-- |Bob|https://bob.example;                 Text.
            iphone signature;                 Text.||Sent from my iPhone;                         Text.
            outlook ios signature;            Text.||Get Outlook for iOS<https://aka.ms/o0ukef>;  Text.
            mail for windows;                 Text.||Sent from Mail for Windows;                  Text.
            only a quote;                     |On Tue, 1 Dec 2026 at 10:00, Jane <j@x.example> wrote:|> q; ""
            interleaved reply keeps answers;  On Tue, 1 Dec 2026 at 10:00, Jane <j@x.example> wrote:|> Question?|Answer.|> Other?|Other answer.|> trailing; > Question?|Answer.|> Other?|Other answer.
            signature inside code kept;       "```|--|```";                                       "```|--|```"
            """)
    void cleansPlain(String name, String input, String expected) {
        assertThat(MailText.cleanPlain(input.replace("|", "\n"))).isEqualTo(expected.replace("|", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
            paragraphs;            <p>One</p><p>Two</p>;                                                   One||Two
            line breaks;           <div>One<br>Two</div>;                                                  One|Two
            link;                  <p>See <a href='https://x.example/a'>the docs</a></p>;                  See [the docs](https://x.example/a)
            bold italic;           <p><b>bold</b> and <i>italic</i></p>;                                   **bold** and *italic*
            inline code;           <p>Call <code>run()</code></p>;                                         Call `run()`
            list;                  <ul><li>a</li><li>b</li></ul>;                                          - a|- b
            heading;               <h2>Title</h2><p>x</p>;                                                 ## Title||x
            code block;            <pre>x = 1</pre>;                                                       ```|x = 1|```
            style script head;     <html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script><p>Hi</p></body></html>; Hi
            gmail quote;           <div>Yes</div><div class='gmail_quote'><div class='gmail_attr'>On Tue wrote:</div><blockquote>q</blockquote></div>; Yes
            gmail signature;       <div>Yes</div><div class='gmail_signature'>Bob</div>;                   Yes
            apple cite;            <div>Yes</div><blockquote type='cite'>q</blockquote>;                   Yes
            thunderbird cite;      <p>Yes</p><div class='moz-cite-prefix'>On 12/1/26, Jane wrote:</div><blockquote type='cite'>q</blockquote>; Yes
            divRplyFwdMsg;         <div>Yes</div><hr><div id='divRplyFwdMsg'><b>From:</b> Jane</div><div>old</div>; Yes
            appendonsend;          <div>Yes</div><div id='appendonsend'></div><div>old</div>;              Yes
            outlook header div;    <div>Yes</div><div class='OutlookMessageHeader'>From: Jane</div><div>old</div>; Yes
            hr then From;          <div>Yes</div><hr><div><b>Von:</b> Jane<br><b>Gesendet:</b> Di</div><div>alt</div>; Yes
            word header block;     <p>Yes</p><div><p><b>From:</b> Jane<br><b>Sent:</b> Tue<br><b>To:</b> Bob<br><b>Subject:</b> Hi</p></div><p>old</p>; Yes
            cid image dropped;     <p>Yes<img src='cid:image001.png'></p>;                                 Yes
            empty;                 "";                                                                     ""
            """)
    void convertsHtml(String name, String html, String expected) {
        assertThat(MailText.fromHtml(html)).isEqualTo(expected.replace("|", "\n"));
    }
}
