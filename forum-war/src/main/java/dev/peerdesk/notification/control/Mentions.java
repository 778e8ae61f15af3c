package dev.peerdesk.notification.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code @Name} mentions, Stack Overflow style. {@link #names} finds the mentioned names in a Markdown
 * body, ignoring code (inline code spans, fenced and indented code blocks) and e-mail addresses;
 * {@link #resolve} matches them against the thread's participants: a name is the display name without
 * spaces (case-insensitive), or a prefix of at least {@value #MIN_PREFIX} characters that only one
 * participant's name starts with. An ambiguous name reaches nobody.
 */
public final class Mentions {

    static final int MIN_PREFIX = 3;
    /** A post names at most this many people; more are ignored (no unbounded fan-out). */
    static final int MAX_MENTIONS = 10;

    // "@" not preceded by a word character (so user@example.com is no mention), then the name: letters,
    // digits and _ . ' - inside, ending in a letter, digit or _
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_@.])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.'-]*[\\p{L}\\p{N}_])?)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?s:.+?)\\1");

    private Mentions() {
    }

    /** The normalised names mentioned in {@code markdown} (see {@link #key}), in order, each once. */
    public static List<String> names(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        if (markdown == null) {
            return List.of();
        }
        StringBuilder prose = new StringBuilder();
        String fence = null;
        boolean previousBlank = true;
        for (String line : markdown.split("\\R", -1)) {
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher opening = FENCE.matcher(line);
            if (opening.find()) {
                String marks = opening.group(1);
                fence = marks.substring(0, 3).charAt(0) == '`' ? "```" : "~~~";
                previousBlank = false;
                continue;
            }
            boolean indentedCode = previousBlank && (line.startsWith("    ") || line.startsWith("\t"))
                    && !line.isBlank();
            if (indentedCode) {
                continue; // an indented code block goes on until a line that is not indented
            }
            previousBlank = line.isBlank();
            prose.append(line).append('\n');
        }
        String text = INLINE_CODE.matcher(prose).replaceAll(" ");
        Matcher m = MENTION.matcher(text);
        while (m.find() && names.size() < MAX_MENTIONS) {
            String key = key(m.group(1));
            if (!key.isEmpty()) {
                names.add(key);
            }
        }
        return List.copyOf(names);
    }

    /** How a display name or a mention is compared: lower case, only letters, digits, _ and -. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_-]", "");
    }

    /**
     * The participants {@code mentioned} names: an exact match of {@link #key} wins; otherwise a prefix
     * of at least {@value #MIN_PREFIX} characters that exactly one participant's key starts with.
     *
     * @param participants user id → display name
     */
    public static Set<Long> resolve(List<String> mentioned, Map<Long, String> participants) {
        Set<Long> found = new LinkedHashSet<>();
        for (String name : mentioned) {
            List<Long> exact = new ArrayList<>();
            List<Long> prefixed = new ArrayList<>();
            participants.forEach((id, displayName) -> {
                String key = key(displayName);
                if (key.equals(name)) {
                    exact.add(id);
                } else if (name.length() >= MIN_PREFIX && key.startsWith(name)) {
                    prefixed.add(id);
                }
            });
            if (exact.size() == 1) {
                found.add(exact.get(0));
            } else if (exact.isEmpty() && prefixed.size() == 1) {
                found.add(prefixed.get(0));
            }
        }
        return found;
    }
}
