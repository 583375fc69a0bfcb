package dev.servicedesk.reporting.kpi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps {@code kpi_fact} and {@code kpi_rollup} equal to what the projections say. The projection writes mark the
 * requests and orders they touch ({@code kpi_dirty}, by trigger, in their own transaction); every second the refresher
 * takes the marks, recomputes the {@code kpi_fact} rows of those requests and orders (and of the orders and requests
 * linked to them, whose rows read theirs) from the projections, and rebuilds the rollups of every family and day
 * whose rows changed. Recomputing from the projections is idempotent and does not care in which order the events
 * came. One refresher at a time (an advisory lock), whatever the number of instances.
 */
@ApplicationScoped
public class Rollups {

    /** What the refresher keeps, emptied by a rebuild with the projections. */
    public static final List<String> TABLES = List.of("kpi_fact", "kpi_rollup", "kpi_dirty");

    /** The measures of a kpi_fact row and of a rollup, summed. */
    static final List<String> MEASURES = List.of("information", "first_contact", "action", "linked", "sac_subject",
            "sac_answered", "sac_ok", "sac_unanswered", "rework", "recurring", "measured", "seconds",
            "response_measured", "response_on_time", "resolution_measured", "resolution_on_time", "estimated", "final",
            "labour", "parts", "equipment", "discount", "rated", "rating_sum", "promoters", "passives", "detractors",
            "approved", "rejected", "helpful", "not_helpful", "with_article", "first_contact_with_article");

    private static final Logger LOG = Logger.getLogger(Rollups.class);
    private static final long LOCK = 0x6b70692d726f6c6cL;
    private static final String COMMON = "family, fact_id, sub, at, day, department, provider, category, problem_code,"
            + " technicians, requests";

    private final AgroalDataSource dataSource;
    private final AtomicBoolean paused = new AtomicBoolean();

    Rollups(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(every = "${servicedesk.reporting.rollups.every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!paused.get()) {
            refresh();
        }
    }

    /** Stops the scheduled refreshes (a rebuild recomputes everything at its end). */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
    }

    /** Recomputes every kpi_fact row and rollup from the projections. */
    public void refreshAll() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO kpi_dirty (kind) VALUES ('A')");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark the KPIs for a full refresh", e);
        }
        refresh();
    }

    /** Applies the marks written so far; returns how many marks it took. */
    public int refresh() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Refreshed refreshed;
            try {
                refreshed = refresh(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            if (refreshed.all()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE kpi_fact, kpi_rollup");
                }
            }
            return refreshed.marks();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the KPI rollups", e);
        }
    }

    private record Refreshed(int marks, boolean all) {
    }

    private Refreshed refresh(Connection connection) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
        }
        Set<String> orders = new HashSet<>();
        Set<String> requests = new HashSet<>();
        Set<String> codes = new HashSet<>();
        boolean all = false;
        int marks = 0;
        try (Statement statement = connection.createStatement();
                ResultSet dirty = statement.executeQuery("DELETE FROM kpi_dirty RETURNING kind, id")) {
            while (dirty.next()) {
                marks++;
                switch (dirty.getString(1)) {
                    case "O" -> orders.add(dirty.getString(2));
                    case "R" -> requests.add(dirty.getString(2));
                    case "P" -> codes.add(dirty.getString(2));
                    default -> all = true;
                }
            }
        }
        if (marks == 0) {
            return new Refreshed(0, false);
        }
        Map<Family, Set<String>> touched = new EnumMap<>(Family.class);
        if (all) {
            try (Statement statement = connection.createStatement()) {
                // Not TRUNCATE: its exclusive lock would hold every KPI reader for the whole recompute (about 20
                // minutes for a million orders); deleted rows stay visible to them until this commits.
                statement.execute("DELETE FROM kpi_fact");
                statement.execute("DELETE FROM kpi_rollup");
                statement.execute("SET LOCAL work_mem = '128MB'");
            }
            contributions(connection, null, null, touched);
        } else {
            List<String> scope = linked(connection, orders, requests, codes);
            collect(connection, "DELETE FROM kpi_fact WHERE fact_id = ANY(?::text[]::uuid[]) RETURNING family, day",
                    List.of(texts(connection, scope)), touched);
            contributions(connection, orders, requests, touched);
        }
        for (Map.Entry<Family, Set<String>> family : touched.entrySet()) {
            rollUp(connection, family.getKey(), all ? null : family.getValue());
        }
        LOG.debugf("KPI rollups: %d marks, %d orders, %d requests, %d families in %d ms", marks, orders.size(),
                requests.size(), touched.size(), (System.nanoTime() - started) / 1_000_000);
        if (all) {
            LOG.infof("KPI rollups recomputed from the projections in %d ms",
                    (System.nanoTime() - started) / 1_000_000);
        }
        return new Refreshed(marks, all);
    }

    /**
     * Widens the marked orders and requests to those whose rows read theirs (an order's rows read its requests'
     * channel, type and partner; a request's rows read its orders' technicians and the catalogue), in place, and
     * returns the ids of both.
     */
    private static List<String> linked(Connection connection, Set<String> orders, Set<String> requests,
            Set<String> codes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT ARRAY(SELECT l.order_id::text FROM order_request l
                    WHERE l.request_id = ANY(?::text[]::uuid[])),
                  ARRAY(SELECT l.request_id::text FROM order_request l WHERE l.order_id = ANY(?::text[]::uuid[])
                    UNION SELECT r.request_id::text FROM request_fact r WHERE r.problem_code = ANY(?::text[]))""")) {
            statement.setArray(1, texts(connection, requests));
            statement.setArray(2, texts(connection, orders));
            statement.setArray(3, texts(connection, codes));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                orders.addAll(List.of((String[]) result.getArray(1).getArray()));
                requests.addAll(List.of((String[]) result.getArray(2).getArray()));
            }
        }
        List<String> scope = new ArrayList<>(orders);
        scope.addAll(requests);
        return scope;
    }

    /** Writes the kpi_fact rows of the given orders and requests (all when null), noting their families and days. */
    private static void contributions(Connection connection, Set<String> orders, Set<String> requests,
            Map<Family, Set<String>> touched) throws SQLException {
        String requestScope = requests == null ? "TRUE" : "r.request_id = ANY(?::text[]::uuid[])";
        String orderScope = orders == null ? "TRUE" : "o.order_id = ANY(?::text[]::uuid[])";
        if (requests == null || !requests.isEmpty()) {
            collect(connection, """
                    WITH r AS MATERIALIZED (
                      SELECT r.*, p.department_code, p.provider_code, p.category_code, x.technicians, x.covered,
                        x.attached, LEAST(r.answered_at, r.closed_at, r.resolved_at) AS answered,
                        ARRAY(SELECT a.article_id FROM request_article a WHERE a.request_id = r.request_id) AS articles,
                        COALESCE(r.channel, '') || '|' || COALESCE(r.type, '') || '|' || COALESCE(r.partner_id, '')
                          AS combo
                      FROM request_fact r LEFT JOIN problem_code p ON p.code = r.problem_code
                      CROSS JOIN LATERAL (
                        SELECT COALESCE(array_agg(DISTINCT o.technician_id) FILTER (WHERE o.technician_id IS NOT NULL),
                            '{}') AS technicians, count(*) > 0 AS covered, COALESCE(bool_or(l.attached), false)
                            AS attached
                        FROM order_request l LEFT JOIN order_fact o ON o.order_id = l.order_id
                        WHERE l.request_id = r.request_id) x
                      WHERE %s)
                    """.formatted(requestScope) + inserts(List.of(
                            new Insert(Family.Source.REQUESTS, "r", "r.request_id", "0"),
                            new Insert(Family.Source.CONSULTED,
                                    "r CROSS JOIN LATERAL unnest(r.articles) AS a(article_id)", "r.request_id", "0"),
                            new Insert(Family.Source.FEEDBACK,
                                    "article_feedback fb JOIN r ON r.request_id = fb.request_id", "r.request_id", "0")),
                    "r.department_code, r.provider_code, r.category_code, r.problem_code, r.technicians,"
                            + " ARRAY[r.combo]"),
                    requests == null ? List.of() : List.of(texts(connection, requests)), touched);
        }
        if (orders == null || !orders.isEmpty()) {
            String dimensions = "o.department_code, o.provider_code, o.category_code, o.problem_code, o.technicians,"
                    + " o.combos";
            collect(connection, """
                    WITH o AS MATERIALIZED (
                      SELECT o.*, x.combos, x.first_request_at,
                        CASE WHEN o.technician_id IS NULL THEN '{}'::text[] ELSE ARRAY[o.technician_id] END
                          AS technicians
                      FROM order_fact o CROSS JOIN LATERAL (
                        SELECT COALESCE(array_agg(DISTINCT COALESCE(r.channel, '') || '|' || COALESCE(r.type, '')
                            || '|' || COALESCE(r.partner_id, '')), '{}') AS combos, min(r.opened_at) AS first_request_at
                        FROM order_request l JOIN request_fact r ON r.request_id = l.request_id
                        WHERE l.order_id = o.order_id) x
                      WHERE %s)
                    """.formatted(orderScope) + inserts(
                    List.of(new Insert(Family.Source.ORDERS, "o", "o.order_id", "0"),
                            new Insert(Family.Source.ESTIMATES, "estimate_fact e JOIN o ON o.order_id = e.order_id",
                                    "e.order_id", "e.estimate_version"),
                            new Insert(Family.Source.HOLDS, "order_hold h JOIN o ON o.order_id = h.order_id",
                                    "h.order_id", "h.version::int")), dimensions),
                    orders == null ? List.of() : List.of(texts(connection, orders)), touched);
        }
    }

    private record Insert(Family.Source source, String from, String factId, String sub) {
    }

    /** One data-modifying CTE per family of the sources, then the families and days they wrote. */
    private static String inserts(List<Insert> sources, String dimensions) {
        StringBuilder sql = new StringBuilder();
        List<String> written = new ArrayList<>();
        for (Insert insert : sources) {
            for (Family family : Family.values()) {
                if (family.source != insert.source()) {
                    continue;
                }
                String name = "w" + written.size();
                written.add("SELECT * FROM " + name);
                sql.append(", ").append(name).append(" AS (INSERT INTO kpi_fact (").append(COMMON);
                family.columns.keySet().forEach(column -> sql.append(", ").append(column));
                sql.append(") SELECT '").append(family.sqlName).append("', ").append(insert.factId()).append(", ")
                        .append(insert.sub()).append(", ").append(family.at).append(", ").append(family.day())
                        .append(", ").append(dimensions);
                family.columns.values().forEach(expression -> sql.append(", ").append(expression));
                sql.append(" FROM ").append(insert.from()).append(" WHERE ").append(family.condition)
                        .append(" RETURNING family, day)\n");
            }
        }
        return sql.append("SELECT DISTINCT family, day::text FROM (")
                .append(String.join(" UNION ALL ", written)).append(") t").toString();
    }

    /**
     * Rebuilds a family's rollups for some days (all when null) from its kpi_fact rows, written in the order a KPI
     * reads them (grain, key, day): after a full recompute a quarter of one technician's rows lies on a few pages
     * instead of one page a row.
     */
    private static void rollUp(Connection connection, Family family, Set<String> days) throws SQLException {
        String scope = days == null ? "" : " AND day = ANY(?::text[]::date[])";
        List<Object> parameters = days == null ? List.of() : List.of(texts(connection, days));
        execute(connection, "DELETE FROM kpi_rollup WHERE family = '" + family.sqlName + "'" + scope, parameters);
        List<String> grains = new ArrayList<>();
        for (Breakdown breakdown : family.breakdowns) {
            grains.add(catalogueGrains(family, breakdown));
            grains.add(requestGrains(family, breakdown));
            grains.add(technicianGrains(family, breakdown));
            grains.add(catalogueAndRequestGrains(family, breakdown));
        }
        execute(connection, "WITH f AS MATERIALIZED (SELECT * FROM kpi_fact WHERE family = '" + family.sqlName + "'"
                + scope + ") INSERT INTO kpi_rollup (family, grain, key, day, breakdown, n, "
                + String.join(", ", MEASURES) + ", hist) " + String.join(" UNION ALL ", grains)
                + " ORDER BY 2, 3, 4", parameters);
    }

    /** No filter and each catalogue filter, in one pass (grouping sets). */
    private static String catalogueGrains(Family family, Breakdown breakdown) {
        List<String> sets = new ArrayList<>(List.of("(day, breakdown, bucket)"));
        StringBuilder grain = new StringBuilder("CASE");
        StringBuilder key = new StringBuilder("CASE");
        for (String filter : Grain.CATALOGUE) {
            if (Grain.kept(filter, breakdown)) {
                sets.add("(" + filter + ", day, breakdown, bucket)");
                grain.append(" WHEN GROUPING(").append(filter).append(") = 0 THEN '")
                        .append(new Grain(filter, breakdown).name()).append("'");
                key.append(" WHEN GROUPING(").append(filter).append(") = 0 THEN ").append(filter);
            }
        }
        grain.append(" ELSE '").append(new Grain(Grain.ALL, breakdown).name()).append("' END");
        key.append(" ELSE '' END");
        return rollUp(family, grain + " AS grain, " + key + " AS key, day, breakdown, bucket",
                "(SELECT f.*, " + breakdown.expression + " AS breakdown FROM f) g",
                "GROUPING SETS (" + String.join(", ", sets) + ")");
    }

    /** Each request filter, in one pass over the distinct parts of the rows' requests. */
    private static String requestGrains(Family family, Breakdown breakdown) {
        StringBuilder grain = new StringBuilder("CASE part");
        for (int i = 0; i < Grain.REQUEST.size(); i++) {
            grain.append(" WHEN ").append(i + 1).append(" THEN '")
                    .append(new Grain(Grain.REQUEST.get(i), breakdown).name()).append("'");
        }
        return rollUp(family, grain + " END AS grain, value AS key, day, breakdown, bucket", requestParts(breakdown),
                "part, value, day, breakdown, bucket");
    }

    /** Each catalogue filter with each request filter, in one pass (grouping sets over the requests' parts). */
    private static String catalogueAndRequestGrains(Family family, Breakdown breakdown) {
        List<String> sets = new ArrayList<>();
        StringBuilder grain = new StringBuilder("CASE");
        StringBuilder key = new StringBuilder("CASE");
        for (String catalogue : Grain.CATALOGUE) {
            if (Grain.kept(catalogue + "+" + Grain.REQUEST.get(0), breakdown)) {
                sets.add("(" + catalogue + ", part, value, day, breakdown, bucket)");
                grain.append(" WHEN GROUPING(").append(catalogue).append(") = 0 THEN CASE part");
                for (int i = 0; i < Grain.REQUEST.size(); i++) {
                    grain.append(" WHEN ").append(i + 1).append(" THEN '")
                            .append(new Grain(catalogue + "+" + Grain.REQUEST.get(i), breakdown).name()).append("'");
                }
                grain.append(" END");
                key.append(" WHEN GROUPING(").append(catalogue).append(") = 0 THEN ").append(catalogue)
                        .append(" || '|' || value");
            }
        }
        return rollUp(family, grain + " END AS grain, " + key + " END AS key, day, breakdown, bucket",
                requestParts(breakdown), "GROUPING SETS (" + String.join(", ", sets) + ")");
    }

    /** The rows of {@code f} once per distinct part ({@code part} 1 channel, 2 type, 3 partner) of their requests. */
    private static String requestParts(Breakdown breakdown) {
        return "(SELECT f.*, " + breakdown.expression + " AS breakdown, k.part, k.value FROM f CROSS JOIN LATERAL"
                + " (SELECT DISTINCT i AS part, NULLIF(split_part(c, '|', i), '') AS value"
                + " FROM unnest(f.requests) AS c, generate_series(1, " + Grain.REQUEST.size() + ") AS i) k"
                + " WHERE k.value IS NOT NULL) g";
    }

    /** The technician filter, over the distinct technicians of the rows (a request may have several). */
    private static String technicianGrains(Family family, Breakdown breakdown) {
        return rollUp(family, "'" + new Grain(Grain.TECHNICIAN, breakdown).name() + "' AS grain, value AS key, day,"
                + " breakdown, bucket", "(SELECT f.*, " + breakdown.expression + " AS breakdown, t.value FROM f"
                + " CROSS JOIN LATERAL (SELECT DISTINCT value FROM unnest(f.technicians) AS value) t) g",
                "value, day, breakdown, bucket");
    }

    /**
     * Sums the rows of {@code from} by grain, key, day, breakdown and duration bucket, then by grain, key, day and
     * breakdown with the buckets' counts as the histogram.
     */
    private static String rollUp(Family family, String groups, String from, String groupBy) {
        String outer = MEASURES.stream().map(m -> "sum(" + m + ")").collect(Collectors.joining(", "));
        String inner = MEASURES.stream().map(m -> "sum(" + m + ") AS " + m).collect(Collectors.joining(", "));
        return "(SELECT '" + family.sqlName + "', grain, key, day, breakdown, sum(n), " + outer
                + ", string_agg(bucket || ',' || n, ',') FROM (SELECT " + groups
                + ", sum(n) AS n, " + inner + " FROM " + from + " GROUP BY " + groupBy
                + ") b WHERE key IS NOT NULL GROUP BY grain, key, day, breakdown)";
    }

    private static void collect(Connection connection, String sql, List<Object> parameters,
            Map<Family, Set<String>> touched) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    touched.computeIfAbsent(Family.of(result.getString(1)), f -> new TreeSet<>())
                            .add(result.getString(2));
                }
            }
        }
    }

    private static void execute(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.execute();
        }
    }

    private static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
