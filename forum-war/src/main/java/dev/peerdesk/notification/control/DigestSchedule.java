package dev.peerdesk.notification.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When the daily digest goes out: once a day at {@code hour}:00 UTC. A notification written at any
 * moment goes into the digest of the next digest hour after it; a digest run belongs to the period of
 * the latest digest hour (its UTC date), which is what makes "once per user and day" a unique key.
 */
public record DigestSchedule(int hour) {

    public DigestSchedule {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("the digest hour must be 0–23, was " + hour);
        }
    }

    /** The first digest hour strictly after {@code at}. */
    public Instant nextAfter(Instant at) {
        ZonedDateTime today = at.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withHour(hour);
        return (today.toInstant().isAfter(at) ? today : today.plusDays(1)).toInstant();
    }

    /** The period a run at {@code now} sends: the UTC date of the latest digest hour at or before it. */
    public LocalDate periodAt(Instant now) {
        ZonedDateTime today = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withHour(hour);
        return (today.toInstant().isAfter(now) ? today.minusDays(1) : today).toLocalDate();
    }
}
