package dev.peerdesk.platform.faces;

import java.io.Serializable;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Form state of a duration typed as a number and a unit ("8 hours"), for pages whose service takes
 * ISO-8601 durations ({@code PT8H}). Shown in the largest unit that keeps the value exact: days from
 * 48 hours on, then hours, then minutes; seconds only for a value that needs them (set through the
 * API), so opening and saving a page never changes a value.
 */
public class DurationInput implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The units a person picks from, in the order shown. */
    public enum Unit {
        MINUTES(ChronoUnit.MINUTES, "minutes"), HOURS(ChronoUnit.HOURS, "hours"), DAYS(ChronoUnit.DAYS, "days"),
        SECONDS(ChronoUnit.SECONDS, "seconds");

        private final ChronoUnit unit;
        private final String label;

        Unit(ChronoUnit unit, String label) {
            this.unit = unit;
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    private static final List<Unit> USUAL = List.of(Unit.MINUTES, Unit.HOURS, Unit.DAYS);
    private static final List<Unit> WITH_SECONDS = List.of(Unit.SECONDS, Unit.MINUTES, Unit.HOURS, Unit.DAYS);

    private Integer amount;
    private Unit unit = Unit.HOURS;
    private boolean seconds;

    public DurationInput() {
    }

    /** The value of {@code iso} ({@code PT24H}); empty for null, blank or unreadable text. */
    public static DurationInput of(String iso) {
        DurationInput input = new DurationInput();
        if (iso == null || iso.isBlank()) {
            return input;
        }
        try {
            input.show(Duration.parse(iso.strip()));
        } catch (DateTimeParseException | ArithmeticException e) {
            // left empty: the service says what is wrong once the page is saved
        }
        return input;
    }

    private void show(Duration value) {
        long s = value.getSeconds();
        if (s % 86_400 == 0 && s >= 2 * 86_400) {
            set(s / 86_400, Unit.DAYS);
        } else if (s % 3_600 == 0) {
            set(s / 3_600, Unit.HOURS);
        } else if (s % 60 == 0) {
            set(s / 60, Unit.MINUTES);
        } else {
            set(s, Unit.SECONDS);
            seconds = true;
        }
    }

    private void set(long value, Unit in) {
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw new ArithmeticException("too long: " + value + " " + in);
        }
        amount = (int) value;
        unit = in;
    }

    /** The ISO-8601 text for the service, or null when no number was typed. */
    public String iso() {
        return amount == null ? null : Duration.of(amount, (unit == null ? Unit.HOURS : unit).unit).toString();
    }

    public boolean isEmpty() {
        return amount == null;
    }

    public List<Unit> getUnits() {
        return seconds ? WITH_SECONDS : USUAL;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }
}
