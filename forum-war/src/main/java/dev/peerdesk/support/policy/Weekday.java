package dev.peerdesk.support.policy;

import java.time.DayOfWeek;

/**
 * A weekday as the escalation policy's business hours name it ({@code days: ["MON", …]} in API.md):
 * read like every other closed set (the exact name or in lower case, see {@code EnumNames}).
 */
public enum Weekday {
    MON, TUE, WED, THU, FRI, SAT, SUN;

    public DayOfWeek day() {
        return DayOfWeek.of(ordinal() + 1);
    }

    public static Weekday of(DayOfWeek day) {
        return values()[day.getValue() - 1];
    }
}
