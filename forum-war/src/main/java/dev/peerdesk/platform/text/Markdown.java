package dev.peerdesk.platform.text;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown to safe HTML: CommonMark with tables, autolinks and strikethrough, then an allow-list
 * sanitizer. Whatever a user writes, no script, event handler or {@code javascript:} URL survives.
 * Rendered once when a post is written, not on every read.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .sanitizeUrls(true).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href", "title").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "ugc")
                    .allowElements("pre", "code", "hr", "br", "del", "s", "kbd", "sup", "sub")
                    .allowAttributes("class").matching(Pattern.compile("language-[a-zA-Z0-9+#_-]{1,30}")).onElements("code")
                    .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
                    .toFactory());

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        return POLICY.sanitize(html);
    }

    /** Plain text of a Markdown body, for snippets and excerpts. */
    public static String toPlainText(String markdown, int maxLength) {
        String text = markdown == null ? "" : markdown
                .replaceAll("```[\\s\\S]*?```", " ")
                .replaceAll("[`*_>#\\[\\]()~|-]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() <= maxLength ? text : text.substring(0, maxLength).strip() + "…";
    }
}
