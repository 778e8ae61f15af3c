package dev.peerdesk.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs for question pages: {@code /questions/42/how-do-i-reset-my-password}. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 80) {
            ascii = ascii.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "question" : ascii;
    }
}
