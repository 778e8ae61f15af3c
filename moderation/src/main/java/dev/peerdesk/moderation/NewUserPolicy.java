package dev.peerdesk.moderation;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slows down spam from fresh accounts. A member below {@code newUserReputation} is a new user
 * (staff never are): a new user's post may hold at most {@code maxLinksForNewUsers} links (more is
 * refused), a post of theirs with any link is held for approval, and they ask at most one question
 * per {@code newUserQuestionInterval}.
 *
 * <p>Links are counted as the renderer would make them: Markdown links and images, autolinks
 * ({@code <https://…>}), bare {@code http(s)://} and {@code www.} addresses, and HTML anchors —
 * each occurrence once, so {@code [x](https://a)} is one link, not two. Text inside fenced code
 * blocks and inline code spans is not rendered as links and is not counted.
 */
public final class NewUserPolicy {

    private static final Pattern FENCED_CODE =
            Pattern.compile("(?ms)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n.*?(?:^ {0,3}\\1[`~]*[ \\t]*$|\\z)");
    private static final Pattern CODE_SPAN = Pattern.compile("(?s)(`+)(?!`).*?(?<!`)\\1(?!`)");
    private static final Pattern LINK = Pattern.compile(String.join("|",
            "!?\\[[^\\]]*\\]\\([^)]*\\)",                          // [text](url), ![alt](url)
            "<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*>",           // <scheme:…> autolink
            "(?i)<a\\s[^>]*>",                                    // <a href=…>
            "(?i)(?<![\\w./@-])(?:https?://|www\\.)[^\\s<>]+"));   // bare address

    private NewUserPolicy() {
    }

    /** What to do with a new post. */
    public sealed interface Verdict {
    }

    /** Publish the post. */
    public record Publish() implements Verdict {
    }

    /** Publish the post once a reviewer approves it. */
    public record HoldForApproval(int links) implements Verdict {
    }

    /** Refuse the post (unprocessable): a new user may not post this many links. */
    public record TooManyLinks(int links, int max) implements Verdict {
    }

    /** Refuse the question: a new user asked too recently; they may ask again at {@code allowedAt}. */
    public record TooSoon(Instant allowedAt) implements Verdict {
    }

    /** Who is posting. */
    public record Poster(int reputation, boolean staff) {

        /** Whether the new-user limits apply to this poster. */
        public boolean isNew(ModerationRules rules) {
            return !staff && reputation < rules.newUserReputation();
        }
    }

    /**
     * The verdict on a new question.
     *
     * @param text           title and body as typed (Markdown)
     * @param lastQuestionAt when the poster last asked, or {@code null} if never
     */
    public static Verdict decideQuestion(String text, Poster poster, Instant lastQuestionAt, Instant now,
                                         ModerationRules rules) {
        if (poster.isNew(rules) && lastQuestionAt != null) {
            Instant allowedAt = lastQuestionAt.plus(rules.newUserQuestionInterval());
            if (now.isBefore(allowedAt)) {
                return new TooSoon(allowedAt);
            }
        }
        return decideAnswer(text, poster, rules);
    }

    /** The verdict on a new answer (or any post where only the link rules apply). */
    public static Verdict decideAnswer(String text, Poster poster, ModerationRules rules) {
        if (!poster.isNew(rules)) {
            return new Publish();
        }
        int links = countLinks(text);
        if (links > rules.maxLinksForNewUsers()) {
            return new TooManyLinks(links, rules.maxLinksForNewUsers());
        }
        return links > 0 ? new HoldForApproval(links) : new Publish();
    }

    /** The number of link occurrences the Markdown text would render. */
    public static int countLinks(String markdown) {
        String prose = CODE_SPAN.matcher(FENCED_CODE.matcher(markdown).replaceAll("\n")).replaceAll(" ");
        Matcher matcher = LINK.matcher(prose);
        int links = 0;
        while (matcher.find()) {
            links++;
        }
        return links;
    }
}
