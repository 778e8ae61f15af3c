package dev.peerdesk.platform.text;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tag's name as SPEC §2 defines it: 1–35 characters of lower-case {@code a-z}, digits and
 * {@code + # . -} (so {@code c#}, {@code c++} and {@code .net} are tags). The one place that rule
 * is written: questions, escalation-policy tag rules and agents' skills all go through it.
 *
 * @param value the normalised name
 */
public record TagName(String value) {

    public static final int MAX_LENGTH = 35;

    /** The rule in words, for error messages. */
    public static final String RULE = "1–35 characters of a-z, 0-9 and + # . -";

    private static final Pattern GRAMMAR = Pattern.compile("[a-z0-9+#.-]{1," + MAX_LENGTH + "}");

    /** @throws IllegalArgumentException unless {@code value} is already a normalised, valid name */
    public TagName {
        Objects.requireNonNull(value, "value");
        if (!GRAMMAR.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a tag: " + RULE);
        }
    }

    /**
     * The tag someone typed: surrounding white space removed and lower-cased ({@link Locale#ROOT},
     * so {@code I} never becomes a dotless {@code ı}); empty when that is not a valid name.
     */
    public static Optional<TagName> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = normalise(typed);
        return GRAMMAR.matcher(normalised).matches() ? Optional.of(new TagName(normalised)) : Optional.empty();
    }

    /**
     * {@link #parse} for a name that must be valid.
     *
     * @throws IllegalArgumentException when it is not
     */
    public static TagName of(String typed) {
        return parse(typed).orElseThrow(() -> new IllegalArgumentException("'" + typed + "' is not a tag: " + RULE));
    }

    /** How a typed tag is compared and stored, whether or not it is valid. */
    public static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
