package dev.peerdesk.support.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Opening hours of the support team: working time is the span from {@code start} to {@code end}
 * local time on each of the {@code days} of the week that is not one of the {@code holidays}, in
 * {@code zone}. Everything else (nights, weekends, holidays) does not count.
 *
 * <p>Each day's window is placed on the time line through the zone's rules, so daylight-saving
 * changes are handled: a 09:00–17:00 day is eight hours even on the day the clocks change, and a
 * window that contains the change (say 00:00–23:59) counts the hours that really elapse.
 */
public record BusinessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end,
                            Set<LocalDate> holidays) implements BusinessCalendar {

    /** How many days in a row without working time {@link #plus} tolerates before giving up. */
    static final int MAX_DAYS_WITHOUT_WORK = 366;

    public BusinessHours {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("days must name at least one day of the week");
        }
        if (start == null || end == null) {
            throw new IllegalArgumentException(start == null ? "start must not be null" : "end must not be null");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start must be before end: " + start + " / " + end);
        }
        days = Set.copyOf(days);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** Monday to Friday, {@code start} to {@code end}, no holidays. */
    public static BusinessHours weekdays(ZoneId zone, LocalTime start, LocalTime end) {
        return new BusinessHours(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end, Set.of());
    }

    /** The same opening hours with {@code holidays} closed as well. */
    public BusinessHours withHolidays(Set<LocalDate> holidays) {
        return new BusinessHours(zone, days, start, end, holidays);
    }

    /** Whether {@code date} has opening hours: one of the working days and not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    @Override
    public Instant plus(Instant from, Duration workingTime) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(workingTime, "workingTime");
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("workingTime must not be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return from;
        }
        Duration remaining = workingTime;
        int daysWithoutWork = 0;
        // A window never reaches past its own local date, so the first one that can still
        // contribute is the one on from's local date.
        for (LocalDate date = localDate(from); ; date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                // Guards against a calendar with no working day at all (e.g. all holidays),
                // which would otherwise loop forever.
                if (++daysWithoutWork >= MAX_DAYS_WITHOUT_WORK) {
                    throw new IllegalArgumentException(
                            "no working day in the " + MAX_DAYS_WITHOUT_WORK + " days up to " + date);
                }
                continue;
            }
            daysWithoutWork = 0;
            Instant open = latest(opening(date), from);
            Instant close = closing(date);
            if (open.isBefore(close)) {
                Duration available = Duration.between(open, close);
                if (remaining.compareTo(available) <= 0) {
                    return open.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    @Override
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            if (!isWorkingDay(date)) {
                continue;
            }
            Instant open = latest(opening(date), from);
            Instant close = earliest(closing(date), to);
            if (open.isBefore(close)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    // ZonedDateTime.of resolves local times that fall into a DST gap or overlap the standard way
    // (gap: shifted later; overlap: the earlier offset), so the window lands on the real time line.
    private Instant opening(LocalDate date) {
        return ZonedDateTime.of(date, start, zone).toInstant();
    }

    private Instant closing(LocalDate date) {
        return ZonedDateTime.of(date, end, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
