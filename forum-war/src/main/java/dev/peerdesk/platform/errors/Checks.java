package dev.peerdesk.platform.errors;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field error of a request before refusing it, so a client learns all that is wrong
 * at once. Lengths count Unicode code points, as people (and MariaDB's utf8mb4 columns) do.
 */
public final class Checks {

    private final List<Refusal.FieldError> errors = new ArrayList<>();

    public Checks required(String field, Object value) {
        if (value == null) {
            fail(field, "is required");
        }
        return this;
    }

    public Checks length(String field, String value, int min, int max) {
        if (value == null) {
            return required(field, null);
        }
        int length = value.strip().codePointCount(0, value.strip().length());
        if (length < min || length > max) {
            fail(field, "must be " + min + "–" + max + " characters (was " + length + ")");
        }
        return this;
    }

    public Checks that(boolean condition, String field, String message) {
        if (!condition) {
            fail(field, message);
        }
        return this;
    }

    public Checks fail(String field, String message) {
        errors.add(new Refusal.FieldError(field, message));
        return this;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }
}
