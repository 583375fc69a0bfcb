package dev.servicedesk.reporting.projection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds an upsert of one projection row that gives the same row whatever order the events come in: columns in a
 * versioned group take the values of the highest version seen (the group's version column keeps it); plain facts are
 * set by the event that states them and never erased by one that does not; earliest facts keep the first instant.
 */
final class Upsert {

    private enum Mode { KEY, VERSION, GROUPED, FACT, EARLIEST }

    private record Column(String name, Mode mode, String versionColumn) {
    }

    private static final Map<String, String> SQL_BY_SHAPE = new ConcurrentHashMap<>();

    private final String table;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final List<Object> values = new ArrayList<>();

    private Upsert(String table) {
        this.table = table;
    }

    /** A row of {@code table} keyed by {@code key}; add further key columns with {@link #key}. */
    static Upsert into(String table, String key, Object id) {
        return new Upsert(table).key(key, id);
    }

    Upsert key(String column, Object value) {
        add(new Column(column, Mode.KEY, null), value);
        return this;
    }

    /** Columns that follow the highest {@code versionColumn} seen; their values in pairs: name, value, name, value... */
    Upsert versioned(String versionColumn, long version, Object... namesAndValues) {
        add(new Column(versionColumn, Mode.VERSION, versionColumn), version);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            add(new Column((String) namesAndValues[i], Mode.GROUPED, versionColumn), namesAndValues[i + 1]);
        }
        return this;
    }

    Upsert fact(String column, Object value) {
        add(new Column(column, Mode.FACT, null), value);
        return this;
    }

    Upsert earliest(String column, Instant value) {
        add(new Column(column, Mode.EARLIEST, null), value);
        return this;
    }

    Write write() {
        String shape = table + columns.values();
        return new Write(SQL_BY_SHAPE.computeIfAbsent(shape, s -> sql()), Collections.unmodifiableList(values));
    }

    private void add(Column column, Object value) {
        columns.put(column.name(), column);
        values.add(value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
    }

    private String sql() {
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        StringJoiner keys = new StringJoiner(", ");
        StringJoiner updates = new StringJoiner(", ");
        for (Column column : columns.values()) {
            names.add(column.name());
            marks.add("?");
            String current = table + "." + column.name();
            String incoming = "EXCLUDED." + column.name();
            switch (column.mode()) {
                case KEY -> keys.add(column.name());
                case VERSION -> updates.add(column.name() + " = GREATEST(" + current + ", " + incoming + ")");
                case GROUPED -> updates.add(column.name() + " = CASE WHEN " + "EXCLUDED." + column.versionColumn()
                        + " >= " + table + "." + column.versionColumn() + " THEN " + incoming + " ELSE " + current
                        + " END");
                case FACT -> updates.add(column.name() + " = COALESCE(" + incoming + ", " + current + ")");
                case EARLIEST -> updates.add(column.name() + " = LEAST(" + current + ", " + incoming + ")");
            }
        }
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + keys + ") "
                + (updates.length() == 0 ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }
}
