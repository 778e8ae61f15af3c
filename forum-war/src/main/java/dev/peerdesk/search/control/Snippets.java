package dev.peerdesk.search.control;

import dev.peerdesk.platform.text.Markdown;

import java.util.Arrays;
import java.util.Locale;

/** The part of a body around the first searched word, so a result shows why it matched. */
public final class Snippets {

    static final int LENGTH = 160;

    private Snippets() {
    }

    public static String around(String body, String query) {
        String text = Markdown.toPlainText(body, 30_000);
        String lower = text.toLowerCase(Locale.ROOT);
        int hit = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}_]+"))
                .filter(w -> w.length() >= 3)
                .mapToInt(lower::indexOf)
                .filter(i -> i >= 0)
                .min().orElse(0);
        int start = Math.max(0, hit - LENGTH / 3);
        int end = Math.min(text.length(), start + LENGTH);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
