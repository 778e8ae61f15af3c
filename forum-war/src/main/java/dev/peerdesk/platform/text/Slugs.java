package dev.peerdesk.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs for question pages: {@code /questions/42/how-do-i-reset-my-password}. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+|-+$)");
    private static final Pattern LAST_WORD = Pattern.compile("-[^-]*$");

    private Slugs() {
    }

    public static String of(String title) {
        // compiled once: a page builds a slug for every question it links to
        String ascii = MARKS.matcher(Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)).replaceAll("");
        ascii = EDGE_DASHES.matcher(NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (ascii.length() > 80) {
            ascii = LAST_WORD.matcher(ascii.substring(0, 80)).replaceAll("");
        }
        return ascii.isEmpty() ? "question" : ascii;
    }
}
