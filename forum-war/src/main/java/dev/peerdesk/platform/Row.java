package dev.peerdesk.platform;

import jakarta.persistence.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of a native query's result, read column by column: the one place that knows what the
 * driver hands back ({@code Long} or {@code BigInteger} for a count, {@code Timestamp} for a
 * DATETIME, {@code Boolean} or a number for a flag). Each owner maps its rows to its own small record
 * in one factory ({@code static X of(Row r)}), so no query result is cast by hand anywhere else.
 *
 * <p>Not a JPA {@code @SqlResultSetMapping}: with EclipseLink a {@code @ConstructorResult} needs a
 * Java type per column that matches what the driver returns exactly, and native DATETIME columns
 * would still come back as {@code Timestamp}, not {@link Instant} (UTC wall time, see
 * {@link InstantConverter}).
 */
public final class Row {

    private final Object[] columns;

    private Row(Object[] columns) {
        this.columns = columns;
    }

    /** A result row: the array of a multi-column select, or the single value of a one-column one. */
    public static Row of(Object result) {
        return new Row(result instanceof Object[] array ? array : new Object[] {result});
    }

    /** Every row of the query's result. */
    public static List<Row> list(Query query) {
        return ((List<?>) query.getResultList()).stream().map(Row::of).toList();
    }

    /** The one row of an aggregate such as {@code SELECT COUNT(*), MAX(created_at)}. */
    public static Row single(Query query) {
        return of(query.getSingleResult());
    }

    /** The first row, if any. */
    public static Optional<Row> first(Query query) {
        List<?> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(of(rows.get(0)));
    }

    public long longAt(int column) {
        return ((Number) columns[column]).longValue();
    }

    /** A nullable number column. */
    public Long longOrNull(int column) {
        return columns[column] == null ? null : longAt(column);
    }

    public int intAt(int column) {
        return ((Number) columns[column]).intValue();
    }

    public Integer intOrNull(int column) {
        return columns[column] == null ? null : intAt(column);
    }

    public double doubleAt(int column) {
        return ((Number) columns[column]).doubleValue();
    }

    public String string(int column) {
        return (String) columns[column];
    }

    public Instant instant(int column) {
        return InstantConverter.fromDatabase(columns[column]);
    }

    /** A BOOLEAN (TINYINT(1)) column: {@code Boolean} or a number, depending on driver settings. */
    public boolean bool(int column) {
        Object value = columns[column];
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }
}
