package dev.peerdesk.platform.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit-log wording for "what changed": {@code Hide after flags: 3 → 4}. The audit log is read by
 * people, so a change is written there in words when it happens, never as a Java
 * {@code toString()} of a request object.
 */
public final class Changes {

    private static final Pattern LEGACY = Pattern.compile("^[A-Z][A-Za-z]*Dto\\[(.*)]$", Pattern.DOTALL);

    private Changes() {
    }

    /** One setting: {@code Roles: none → AGENT}. */
    public static String of(String label, Object before, Object after) {
        return label + ": " + show(before) + " → " + show(after) + (Objects.equals(before, after) ? " (unchanged)" : "");
    }

    /**
     * Every component of two records of one type that differs, in declaration order; map
     * components are compared key by key ({@code Points, answer accepted: 15 → 20}).
     * {@code "no change"} when they are equal.
     */
    public static <R extends Record> String between(R before, R after) {
        List<String> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object b = value(component, before);
            Object a = value(component, after);
            String label = label(component.getName());
            if (b instanceof Map<?, ?> bm && a instanceof Map<?, ?> am) {
                TreeSet<String> keys = new TreeSet<>();
                bm.keySet().forEach(k -> keys.add(String.valueOf(k)));
                am.keySet().forEach(k -> keys.add(String.valueOf(k)));
                for (String key : keys) {
                    Object bv = get(bm, key);
                    Object av = get(am, key);
                    if (!Objects.equals(bv, av)) {
                        changes.add(label + ", " + key.toLowerCase().replace('_', ' ') + ": " + show(bv) + " → " + show(av));
                    }
                }
            } else if (!Objects.equals(b, a)) {
                changes.add(label + ": " + show(b) + " → " + show(a));
            }
        }
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }

    /**
     * Entries written before changes were put in words hold a record's {@code toString()}
     * ({@code RulesDto[hideAfterFlags=4, votesPerDay=null]}): shown as the settings that were sent
     * ({@code Hide after flags → 4}). Any other text is returned as it is.
     */
    public static String readable(String reason) {
        if (reason == null) {
            return null;
        }
        Matcher m = LEGACY.matcher(reason.strip());
        if (!m.matches()) {
            return reason;
        }
        List<String> sent = new ArrayList<>();
        for (String part : topLevel(m.group(1))) {
            int eq = part.indexOf('=');
            if (eq > 0 && !part.substring(eq + 1).equals("null")) {
                sent.add(label(part.substring(0, eq).strip()) + " → " + part.substring(eq + 1).strip());
            }
        }
        return sent.isEmpty() ? "no change" : String.join("; ", sent);
    }

    /** {@code hideAfterFlags} → {@code Hide after flags}. */
    static String label(String camel) {
        String words = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String show(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    private static Object get(Map<?, ?> map, String key) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (String.valueOf(e.getKey()).equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** Splits {@code a=1, b={x=1, y=2}, c=[p, q]} at the commas outside braces and brackets. */
    private static List<String> topLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start).strip());
        }
        return parts;
    }
}
