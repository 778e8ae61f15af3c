package dev.peerdesk.mailin.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A mail body to the new text only, as Markdown. Mail clients append the whole conversation to every
 * reply; posted as it is, each answer would repeat the thread. The history is recognised by what the
 * common clients put in front of it (attribution lines, Outlook header blocks, their HTML markers),
 * and signatures by their separator, so what is left is what the person just wrote.
 */
public final class MailText {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "On … wrote:" and its translations; a date or an address must be in it, so prose does not match. */
    private static final Pattern ATTRIBUTION = Pattern.compile(String.join("|",
            "^On\\s(?=.*[\\d@]).+\\swrote\\s*:$",
            "^Am\\s(?=.*\\d).+\\sschrieb.*:$",
            "^Le\\s(?=.*\\d).+\\sa\\s+écrit\\s*:$",
            "^El\\s(?=.*\\d).+\\sescribió\\s*:$",
            "^Il\\s(?=.*\\d).+\\sha\\s+scritto\\s*:$",
            "^Em\\s(?=.*\\d).+\\sescreveu\\s*:$",
            "^Op\\s(?=.*\\d).+\\sschreef.*:$",
            "^Den\\s(?=.*\\d).+\\sskrev.*:$",
            "^(?=.*\\d).*(?:写道|寫道)\\s*[:：]$",
            "^\\d{4}年\\d{1,2}月\\d{1,2}日.*@.*[:：]$",
            "^في\\s(?=.*\\d).+\\sكتب\\s.*:$",
            "^בתאריך\\s(?=.*\\d).+\\sמאת\\s.*:$"), FLAGS);
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^(?:On|Am|Le|El|Il|Em|Op|Den|在|于|於|في|בתאריך)\\s?.*", FLAGS);
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "^-{2,}\\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original"
                    + "|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande|原始邮件)\\s*-{2,}$", FLAGS);
    private static final Pattern UNDERSCORES = Pattern.compile("^_{8,}$");
    private static final Pattern FROM_LABEL = Pattern.compile("^(?:From|Von|De|Da|Van|Från|发件人|寄件者)\\s*[:：].*", FLAGS);
    private static final Pattern[] HEADER_LABELS = {
        Pattern.compile("^(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Inviato|Verzonden|Skickat|发送时间|日期)\\s*[:：].*", FLAGS),
        Pattern.compile("^(?:To|An|À|A|Para|Aan|Till|收件人)\\s*[:：].*", FLAGS),
        Pattern.compile("^(?:Subject|Betreff|Objet|Asunto|Oggetto|Onderwerp|Ämne|主题|主旨)\\s*[:：].*", FLAGS),
        Pattern.compile("^(?:Cc|Kopie)\\s*[:：].*", FLAGS)};
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "^(?:Sent from my \\S.*|Sent from Mail for Windows(?: 1[01])?|Get Outlook for (?:iOS|Android)"
                    + "|Sent from Outlook(?: for (?:iOS|Android|Mac))?|Von meinem iPhone gesendet|Envoyé de mon iPhone"
                    + "|Enviado desde mi iPhone|Sent from Yahoo Mail.*)$", FLAGS);
    private static final Pattern RULE = Pattern.compile("^(?:[-*_] *){3,}$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~).*");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    /** Direction marks that RTL clients put around names and addresses in their attribution lines. */
    private static final Pattern BIDI = Pattern.compile("[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]");
    private static final Pattern HTML_FROM_BLOCK = Pattern.compile("^\\s*(?:From|Von|De|Da|Van)\\s*:", FLAGS);

    /** Markdown as the forum writes it: ATX headings, "-" bullets, at most one blank line. */
    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.UNORDERED_LIST_DELIMITER, '-')
            .set(FlexmarkHtmlConverter.MAX_BLANK_LINES, 1)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)).build();
    /** The converter writes "**bold** ," before punctuation; the space is not in the mail. */
    private static final Pattern SPACE_AFTER_EMPHASIS = Pattern.compile("(?<=\\S)(\\*{1,2}) (?=[,.;:!?)])");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,9}[.)]|[-*+]) .*");
    /** Attributes the conversion needs; any other makes the converter keep the element as raw HTML. */
    private static final Set<String> KEPT_ATTRIBUTES = Set.of("href", "src", "alt", "title");

    private MailText() {
    }

    /** Cleans a text/plain body to the new text only. */
    public static String cleanPlain(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = lines(text);
        lines = withoutHistory(lines);
        lines = withoutTrailingNoise(lines);
        return join(lines);
    }

    /**
     * Converts an HTML body to Markdown (links, lists, code, emphasis, headings, line breaks), dropping
     * the clients' quoted history and signatures from the DOM first, where they are still marked, then
     * cleans the result like {@link #cleanPlain} for the clients that mark nothing.
     */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select("head, style, script, title").remove();
        for (String marker : new String[] {"#appendonsend", "#divRplyFwdMsg", "div.OutlookMessageHeader"}) {
            Element first = doc.selectFirst(marker);
            if (first != null) {
                removeFromHere(first);
            }
        }
        for (Element hr : doc.select("hr")) {
            Element next = hr.nextElementSibling();
            if (hr.parent() != null && next != null && HTML_FROM_BLOCK.matcher(next.text()).find()) {
                removeFromHere(hr);
                break;
            }
        }
        doc.select("div.gmail_quote, blockquote[type=cite], div.moz-cite-prefix, div.gmail_signature,"
                + " [data-smartmail=gmail_signature], .moz-signature").remove();
        doc.select("img[src^=cid:], img[src^=data:], img[width=1], img[height=1]").remove();
        for (Element e : doc.body().getAllElements()) {
            for (var attribute : e.attributes().asList()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean language = key.equals("class") && (e.tagName().equals("code") || e.tagName().equals("pre"));
                if (!language && !KEPT_ATTRIBUTES.contains(key)) {
                    e.removeAttr(attribute.getKey());
                }
            }
        }
        doc.outputSettings().prettyPrint(false); // its added line breaks would become Markdown ones
        return cleanPlain(withoutConverterQuirks(CONVERTER.convert(doc.body().html())));
    }

    private static String withoutConverterQuirks(String markdown) {
        List<String> lines = lines(markdown);
        boolean[] code = codeLines(lines);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!code[i] && line.strip().matches("<br\\s*/?>")) {
                continue;
            }
            if (!code[i] && i > 0 && LIST_ITEM.matcher(line).matches() && !lines.get(i - 1).isBlank()
                    && !LIST_ITEM.matcher(lines.get(i - 1)).matches() && !lines.get(i - 1).startsWith(" ")) {
                out.append('\n'); // a list right after a <div> of text comes out glued to it
            }
            out.append(code[i] ? line : SPACE_AFTER_EMPHASIS.matcher(line).replaceAll("$1")).append('\n');
        }
        return out.toString();
    }

    /** Removes an element and everything after it in document order: the history below a marker. */
    private static void removeFromHere(Element element) {
        for (Element e = element; e != null && !e.tagName().equals("body"); e = e.parent()) {
            Node next;
            while ((next = e.nextSibling()) != null) {
                next.remove();
            }
        }
        element.remove();
    }

    /**
     * Undoes format=flowed (RFC 3676): a line ending in a space continues on the next one. Quote depth
     * must match for lines to join; space-stuffing is removed; the "-- " signature line is never joined.
     */
    static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder();
        String pending = null;
        int pendingDepth = 0;
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') {
                depth++;
            }
            String line = raw.substring(depth);
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            if (pending != null && depth != pendingDepth) {
                out.append(quote(pendingDepth)).append(pending).append('\n');
                pending = null;
            }
            String joined = pending == null ? line : pending + line;
            if (joined.endsWith(" ") && !line.equals("-- ")) {
                pending = delSp ? joined.substring(0, joined.length() - 1) : joined;
                pendingDepth = depth;
            } else {
                out.append(quote(depth)).append(joined).append('\n');
                pending = null;
            }
        }
        if (pending != null) {
            out.append(quote(pendingDepth)).append(pending).append('\n');
        }
        return out.toString();
    }

    private static String quote(int depth) {
        return depth == 0 ? "" : ">".repeat(depth) + " ";
    }

    private static List<String> lines(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').replace('\u202f', ' ')
                .replace("\u200b", "").replace("\ufeff", "");
        List<String> lines = new ArrayList<>();
        for (String line : normal.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines;
    }

    /** Cuts at the first sign of history or a signature; an interleaved reply keeps its quotes. */
    private static List<String> withoutHistory(List<String> lines) {
        boolean[] code = codeLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (code[i]) {
                continue;
            }
            String line = plain(lines.get(i));
            if (lines.get(i).equals("--") || ORIGINAL_MESSAGE.matcher(line).matches()
                    || UNDERSCORES.matcher(lines.get(i).replace("\\", "").strip()).matches() && fromFollows(lines, i)
                    || isHeaderBlock(lines, i)) {
                return lines.subList(0, i);
            }
            int attribution = attributionLines(lines, i);
            if (attribution > 0) {
                if (!interleaved(lines, i + attribution)) {
                    return lines.subList(0, i);
                }
                List<String> rest = new ArrayList<>(lines.subList(0, i));
                rest.addAll(lines.subList(i + attribution, lines.size()));
                return withoutHistory(rest);
            }
        }
        return lines;
    }

    /** The line as matched: stripped, without Markdown escapes and bold/italic markers. */
    private static String plain(String line) {
        return MD_LINK.matcher(BIDI.matcher(line).replaceAll("")).replaceAll("$1")
                .replaceAll("<https?://[^>\\s]*>", "")
                .replaceAll("\\\\(\\p{Punct})", "$1").replace("**", "").replace("__", "").strip();
    }

    private static int attributionLines(List<String> lines, int i) {
        String first = plain(lines.get(i));
        if (first.isEmpty()) {
            return 0;
        }
        if (ATTRIBUTION.matcher(first).matches()) {
            return 1;
        }
        if (i + 1 < lines.size() && ATTRIBUTION_START.matcher(first).matches()) {
            String second = plain(lines.get(i + 1));
            if (!second.isEmpty() && !ATTRIBUTION.matcher(second).matches()
                    && ATTRIBUTION.matcher(first + " " + second).matches()) {
                return 2;
            }
        }
        return 0;
    }

    /** Inline replies: after the attribution, the person's own lines come between the quoted ones. */
    private static boolean interleaved(List<String> lines, int from) {
        boolean quoteSeen = false;
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith(">")) {
                quoteSeen = true;
            } else if (quoteSeen) {
                return true;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean fromFollows(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String line = plain(lines.get(j));
            if (!line.isEmpty()) {
                return FROM_LABEL.matcher(line).matches();
            }
        }
        return false;
    }

    /** "From: / Sent: / To: / Subject:" (and translations): at least two more labels right after From. */
    private static boolean isHeaderBlock(List<String> lines, int i) {
        if (!FROM_LABEL.matcher(plain(lines.get(i))).matches()) {
            return false;
        }
        boolean[] seen = new boolean[HEADER_LABELS.length];
        int count = 0;
        for (int j = i + 1; j < Math.min(lines.size(), i + 12); j++) {
            String line = plain(lines.get(j));
            for (int k = 0; k < HEADER_LABELS.length; k++) {
                if (!seen[k] && HEADER_LABELS[k].matcher(line).matches()) {
                    seen[k] = true;
                    count += k < 3 ? 1 : 0;
                }
            }
        }
        return count >= 2;
    }

    /** Trailing quote blocks, phone signatures and rules left over once the history is cut. */
    private static List<String> withoutTrailingNoise(List<String> input) {
        List<String> lines = new ArrayList<>(input);
        boolean[] code = codeLines(lines);
        boolean changed = true;
        while (changed && !lines.isEmpty()) {
            int last = lines.size() - 1;
            String line = lines.get(last).strip();
            changed = line.isEmpty()
                    || !code[last] && (line.startsWith(">") || MOBILE_SIGNATURE.matcher(plain(line)).matches()
                    || RULE.matcher(line.replace("\\", "")).matches());
            if (changed) {
                lines.remove(last);
            }
        }
        return lines;
    }

    private static boolean[] codeLines(List<String> lines) {
        boolean[] code = new boolean[lines.size()];
        boolean inFence = false;
        for (int i = 0; i < lines.size(); i++) {
            boolean fence = FENCE.matcher(lines.get(i)).matches();
            code[i] = inFence || fence;
            if (fence) {
                inFence = !inFence;
            }
        }
        return code;
    }

    /** Joins with "\n", collapsing runs of blank lines outside code to one; stripped. */
    private static String join(List<String> lines) {
        boolean[] code = codeLines(lines);
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() && !code[i]) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
                continue;
            }
            blank = false;
            out.append(line).append('\n');
        }
        return out.toString().strip();
    }
}
