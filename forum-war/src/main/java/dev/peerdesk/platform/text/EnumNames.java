package dev.peerdesk.platform.text;

import dev.peerdesk.platform.errors.Refusal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way a closed set (an enum) is read from outside: JSON bodies (through JSON-B, see
 * {@code platform.rest.JsonBinding}), query parameters (a JAX-RS {@code ParamConverter}, see
 * {@code platform.rest.EnumParameters}) and page parameters.
 *
 * <p>The case rule: a value is the constant's exact name ({@code OFF_TOPIC}) or that name in lower
 * case ({@code off_topic}); nothing else matches (no other mix of cases, no surrounding blanks). A
 * value that matches no constant is refused naming the field and the allowed values in words
 * ("must be SPAM, RUDE, OFF_TOPIC, DUPLICATE or OTHER"), never a Java type. Enums that the API
 * spells in lower case ({@code sort=newest}) carry {@link LowerCase}, and their values are listed so.
 */
public final class EnumNames {

    private EnumNames() {
    }

    /** The API writes this enum's values in lower case ({@code ?sort=newest}); refusals list them so. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface LowerCase {
    }

    /** The constant {@code value} names (exact name, or the name in lower case); empty for anything else. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value) || lowerCase(constant).equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant {@code value} names; null when it is null or empty (a parameter left out or left
     * blank); otherwise a refusal naming {@code field} and the allowed values.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return find(type, value).orElseThrow(() -> Refusal.invalid(field, mustBe(type)));
    }

    /** {@code "must be NEW, OPEN, PENDING, SOLVED or CLOSED"}. */
    public static String mustBe(Class<? extends Enum<?>> type) {
        return "must be " + allowed(type);
    }

    /** The values as the API spells them, in declaration order: {@code "newest, active, votes or unanswered"}. */
    public static String allowed(Class<? extends Enum<?>> type) {
        boolean lower = type.isAnnotationPresent(LowerCase.class);
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(c -> lower ? lowerCase(c) : c.name()).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** How the API writes a value of this enum: its name, or in lower case for {@link LowerCase} enums. */
    public static String spelling(Enum<?> value) {
        return value.getDeclaringClass().isAnnotationPresent(LowerCase.class) ? lowerCase(value) : value.name();
    }

    private static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
