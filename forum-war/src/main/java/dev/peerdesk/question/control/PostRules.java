package dev.peerdesk.question.control;

import dev.peerdesk.platform.errors.Checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The limits of SPEC §2 for what people write. */
public final class PostRules {

    public static final int TITLE_MIN = 15;
    public static final int TITLE_MAX = 150;
    public static final int BODY_MIN = 30;
    public static final int BODY_MAX = 30_000;
    public static final int COMMENT_MIN = 15;
    public static final int COMMENT_MAX = 600;
    public static final int TAGS_MIN = 1;
    public static final int TAGS_MAX = 5;
    public static final int SUMMARY_MAX = 300;
    private static final Pattern TAG = Pattern.compile("^[a-z0-9+#.-]{1,35}$");

    private PostRules() {
    }

    public static Checks title(Checks checks, String title) {
        return checks.length("title", title, TITLE_MIN, TITLE_MAX);
    }

    public static Checks body(Checks checks, String body) {
        return checks.length("body", body, BODY_MIN, BODY_MAX);
    }

    public static Checks comment(Checks checks, String body) {
        return checks.length("body", body, COMMENT_MIN, COMMENT_MAX);
    }

    public static Checks summary(Checks checks, String summary) {
        return summary == null ? checks : checks.length("summary", summary, 0, SUMMARY_MAX);
    }

    /** Checks the tags and returns them normalised (trimmed, lower-case, without repeats). */
    public static List<String> tags(Checks checks, List<String> tags) {
        if (tags == null) {
            checks.required("tags", null);
            return List.of();
        }
        LinkedHashSet<String> normalised = new LinkedHashSet<>();
        boolean wellFormed = true;
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(t).matches()) {
                checks.fail("tags", "'" + tag + "' is not a valid tag: use 1–35 of a-z 0-9 + # . -");
                wellFormed = false;
            } else {
                normalised.add(t);
            }
        }
        if (wellFormed && (normalised.size() < TAGS_MIN || normalised.size() > TAGS_MAX)) {
            checks.fail("tags", "give 1–5 distinct tags (was " + normalised.size() + ")");
        }
        return new ArrayList<>(normalised);
    }
}
