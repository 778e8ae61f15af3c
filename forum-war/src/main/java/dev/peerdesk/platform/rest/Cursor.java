package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.errors.Refusal;
import jakarta.json.bind.annotation.JsonbNillable;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * An opaque keyset-paging position: the sort key and id of the last item of a page, encoded so that
 * clients pass it back unchanged. A tampered cursor is a 400, never a wrong page.
 */
public record Cursor(String sortKey, long id) {

    public String encode() {
        String raw = sortKey + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.lastIndexOf('|');
            return new Cursor(raw.substring(0, bar), Long.parseLong(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw Refusal.invalid("cursor", "is not a cursor returned by this API");
        }
    }

    public long sortKeyAsLong() {
        try {
            return Long.parseLong(sortKey);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("cursor", "is not a cursor returned by this API");
        }
    }

    public double sortKeyAsDouble() {
        try {
            return Double.parseDouble(sortKey);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("cursor", "is not a cursor returned by this API");
        }
    }

    /** Page limit as API.md says: 1–100, default 20. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return 20;
        }
        if (requested < 1 || requested > 100) {
            throw Refusal.invalid("limit", "must be between 1 and 100");
        }
        return requested;
    }

    /**
     * Cuts a keyset query's result (fetched with {@code limit + 1} rows) to a page: the extra row
     * only tells that there is a next page, whose cursor is the last item's position.
     */
    public static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)).encode());
    }

    /** A page of items with the cursor of the next page, or null on the last one. */
    public record Page<T>(List<T> items, @JsonbNillable String nextCursor) {
    }
}
