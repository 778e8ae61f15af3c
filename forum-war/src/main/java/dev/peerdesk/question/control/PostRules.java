package dev.peerdesk.question.control;

import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.text.TagName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

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
            Optional<TagName> name = TagName.parse(tag);
            if (name.isEmpty()) {
                checks.fail("tags", "'" + tag + "' is not a valid tag: use " + TagName.RULE);
                wellFormed = false;
            } else {
                normalised.add(name.get().value());
            }
        }
        if (wellFormed && (normalised.size() < TAGS_MIN || normalised.size() > TAGS_MAX)) {
            checks.fail("tags", "give 1–5 distinct tags (was " + normalised.size() + ")");
        }
        return new ArrayList<>(normalised);
    }
}
