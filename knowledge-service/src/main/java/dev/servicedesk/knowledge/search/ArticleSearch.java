package dev.servicedesk.knowledge.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.knowledge.article.ArticleKind;
import dev.servicedesk.knowledge.article.Audience;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Searches published articles with PostgreSQL's full-text search: Portuguese stems of accent-free words, the articles
 * holding every word first (any of them only when none holds all), the title weighing more than the tags and the tags
 * more than the text. A misspelt word is first replaced
 * by the nearest word the articles use; when no word matches at all, titles that look like the query are returned.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Weights of D, C, B, A: text 0.3, tags 0.6, title 1. */
    private static final String RANK = "ts_rank('{0.1, 0.3, 0.6, 1.0}', a.search_vector, q.query, 1)";
    private static final String HEADLINE_OPTIONS = "StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12, "
            + "MaxFragments=2, FragmentDelimiter=\" … \"";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How many articles of each kind of match are ranked at most (see {@link #fullText}). */
    static final int CANDIDATES = 500;

    private final AgroalDataSource dataSource;

    ArticleSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public SearchResult search(String text, SearchFilter filter, boolean seesInternal, int page, int size) {
        List<String> words = QueryWords.of(text);
        try (Connection connection = dataSource.getConnection()) {
            if (words.isEmpty()) {
                return browse(connection, filter, seesInternal, page, size);
            }
            List<String> corrected = correct(connection, words);
            String searched = String.join(" ", corrected);
            SearchResult found = fullText(connection, allOf(corrected), filter, seesInternal, page, size);
            if (found.total() == 0 && corrected.size() > 1) {
                found = fullText(connection, anyOf(corrected), filter, seesInternal, page, size);
            }
            if (found.total() == 0) {
                found = similarTitles(connection, searched, filter, seesInternal, page, size);
            }
            String correction = corrected.equals(words) ? null : searched;
            return new SearchResult(found.items(), page, size, found.total(), found.totalIsExact(), correction,
                    found.matchedBy());
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed: " + e.getMessage(), e);
        }
    }

    /**
     * The published articles for a problem code, best first, and, with the request's text, those whose words match
     * it: an article both tagged with the code and matching the text comes before one that is only either.
     */
    public List<SearchHit> suggest(String problemCode, String text, boolean seesInternal, int limit) {
        List<String> words = QueryWords.of(text);
        try (Connection connection = dataSource.getConnection()) {
            String query = words.isEmpty() ? "" : anyOf(correct(connection, words));
            Conditions where = visible(new SearchFilter(null, null, null, null, null), seesInternal);
            String sql = "WITH q AS (SELECT websearch_to_tsquery('pt_folded', ?) AS query), "
                    + "candidates AS ((SELECT a.id FROM article a WHERE a.problem_codes @> jsonb_build_array(?::text)"
                    + " AND " + where.sql + " LIMIT " + CANDIDATES + ") UNION (SELECT a.id FROM article a, q"
                    + " WHERE a.search_vector @@ q.query AND " + where.sql + " LIMIT " + CANDIDATES + ")) "
                    + "SELECT a.id, a.kind, a.title, a.tags::text, a.problem_codes::text, a.categories::text, "
                    + "a.audience, (CASE WHEN a.problem_codes @> jsonb_build_array(?::text) THEN 1 ELSE 0 END) + "
                    + RANK + " AS score, 0 AS total, left(a.content, 200) AS snippet "
                    + "FROM article a JOIN candidates c ON c.id = a.id, q "
                    + "ORDER BY score DESC, a.updated_at DESC, a.id LIMIT ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                statement.setString(index++, query);
                statement.setString(index++, problemCode);
                index = where.bind(statement, index);
                index = where.bind(statement, index);
                statement.setString(index++, problemCode);
                statement.setInt(index, limit);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        hits.add(hit(rows, escape(rows.getString("snippet"))));
                    }
                }
                return words.isEmpty() ? hits : withHeadlines(connection, hits, query);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Suggestions failed: " + e.getMessage(), e);
        }
    }

    /**
     * Ranks the candidates: every article with the words in its title and the first others with them anywhere, at
     * most {@link #CANDIDATES} of each. A word found in half of a hundred thousand articles would otherwise make
     * each search read and rank fifty thousand rows.
     */
    private SearchResult fullText(Connection connection, String query, SearchFilter filter, boolean seesInternal,
            int page, int size) throws SQLException {
        Conditions where = visible(filter, seesInternal);
        String sql = "WITH q AS (SELECT websearch_to_tsquery('pt_folded', ?) AS query), "
                + "candidates AS ((SELECT a.id FROM article a, q WHERE a.title_vector @@ q.query AND " + where.sql
                + " LIMIT " + CANDIDATES + ") UNION (SELECT a.id FROM article a, q WHERE a.search_vector @@ q.query"
                + " AND " + where.sql + " LIMIT " + CANDIDATES + ")) "
                + "SELECT a.id, a.kind, a.title, a.tags::text, a.problem_codes::text, a.categories::text, a.audience, "
                + RANK + " AS score, count(*) OVER () AS total "
                + "FROM article a JOIN candidates c ON c.id = a.id, q"
                + " ORDER BY score DESC, a.title, a.id LIMIT ? OFFSET ?";
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setString(index++, query);
            index = where.bind(statement, index);
            index = where.bind(statement, index);
            statement.setInt(index++, size);
            statement.setLong(index, (long) page * size);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total");
                    hits.add(hit(rows, null));
                }
            }
        }
        if (hits.isEmpty() && page > 0) {
            total = count(connection, "a.search_vector @@ websearch_to_tsquery('pt_folded', ?)", query, where);
        }
        return new SearchResult(withHeadlines(connection, hits, query), page, size, total, total < CANDIDATES,
                null, SearchResult.MatchedBy.FULL_TEXT);
    }

    private SearchResult similarTitles(Connection connection, String searched, SearchFilter filter,
            boolean seesInternal, int page, int size) throws SQLException {
        Conditions where = visible(filter, seesInternal);
        String sql = "SELECT a.id, a.kind, a.title, a.tags::text, a.problem_codes::text, a.categories::text, "
                + "a.audience, word_similarity(?, a.folded_title) AS score, count(*) OVER () AS total, "
                + "left(a.content, 200) AS snippet "
                + "FROM article a WHERE ? <% a.folded_title AND " + where.sql
                + " ORDER BY score DESC, a.title, a.id LIMIT ? OFFSET ?";
        return page(connection, sql, List.of(searched, searched), where, page, size,
                SearchResult.MatchedBy.SIMILARITY);
    }

    private SearchResult browse(Connection connection, SearchFilter filter, boolean seesInternal, int page, int size)
            throws SQLException {
        Conditions where = visible(filter, seesInternal);
        String sql = "SELECT a.id, a.kind, a.title, a.tags::text, a.problem_codes::text, a.categories::text, "
                + "a.audience, 0 AS score, count(*) OVER () AS total, left(a.content, 200) AS snippet "
                + "FROM article a WHERE " + where.sql + " ORDER BY a.title, a.id LIMIT ? OFFSET ?";
        return page(connection, sql, List.of(), where, page, size, SearchResult.MatchedBy.BROWSE);
    }

    private SearchResult page(Connection connection, String sql, List<String> leading, Conditions where, int page,
            int size, SearchResult.MatchedBy matchedBy) throws SQLException {
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (String value : leading) {
                statement.setString(index++, value);
            }
            index = where.bind(statement, index);
            statement.setInt(index++, size);
            statement.setLong(index, (long) page * size);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total");
                    hits.add(hit(rows, escape(rows.getString("snippet"))));
                }
            }
        }
        return new SearchResult(hits, page, size, total, true, null, matchedBy);
    }

    private long count(Connection connection, String match, String query, Conditions where) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM article a"
                + " WHERE " + match + " AND " + where.sql + " LIMIT " + CANDIDATES + ") AS capped")) {
            statement.setString(1, query);
            where.bind(statement, 2);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Each word the articles do not know, neither as written nor by its stem, becomes the most similar word they use
     * (trigram similarity): "gelaedira" becomes "geladeira". Short words are left alone.
     */
    private List<String> correct(Connection connection, List<String> words) throws SQLException {
        List<String> checked = words.stream().filter(word -> word.length() >= 4).toList();
        if (checked.isEmpty()) {
            return words;
        }
        Map<String, Boolean> known = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT w.word, EXISTS (SELECT 1 FROM search_word s WHERE s.word = w.word)
                    OR EXISTS (SELECT 1 FROM article a WHERE a.search_vector @@ plainto_tsquery('pt_folded', w.word))
                FROM unnest(?::text[]) AS w (word)""")) {
            statement.setArray(1, connection.createArrayOf("text", checked.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    known.put(rows.getString(1), rows.getBoolean(2));
                }
            }
        }
        if (!known.containsValue(false)) {
            return words;
        }
        List<String> corrected = new ArrayList<>(words.size());
        try (PreparedStatement nearest = connection.prepareStatement("""
                SELECT word FROM search_word WHERE word % ?
                ORDER BY similarity(word, ?) DESC, word LIMIT 1""")) {
            for (String word : words) {
                corrected.add(known.getOrDefault(word, true) ? word : nearest(nearest, word));
            }
        }
        return corrected;
    }

    private static String nearest(PreparedStatement nearest, String word) throws SQLException {
        nearest.setString(1, word);
        nearest.setString(2, word);
        try (ResultSet rows = nearest.executeQuery()) {
            return rows.next() ? rows.getString(1) : word;
        }
    }

    /**
     * Every word (in any of its forms): what an agent means by "geladeira barulho", and a small set to rank even among
     * a hundred thousand articles.
     */
    private static String allOf(List<String> words) {
        return String.join(" ", words);
    }

    /** Any of the words, when no article has them all: an article matching more of them ranks higher. */
    private static String anyOf(List<String> words) {
        return String.join(" or ", words);
    }

    private List<SearchHit> withHeadlines(Connection connection, List<SearchHit> hits, String query)
            throws SQLException {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<UUID, String> snippets = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.id, ts_headline('pt_folded', a.content, websearch_to_tsquery('pt_folded', ?), ?)
                FROM article a WHERE a.id = ANY (?)""")) {
            statement.setString(1, query);
            statement.setString(2, HEADLINE_OPTIONS);
            statement.setArray(3, connection.createArrayOf("uuid", hits.stream().map(SearchHit::id).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    snippets.put(rows.getObject(1, UUID.class), highlighted(rows.getString(2)));
                }
            }
        }
        return hits.stream().map(hit -> new SearchHit(hit.id(), hit.kind(), hit.title(), snippets.get(hit.id()),
                hit.tags(), hit.problemCodes(), hit.categories(), hit.audience(), hit.score())).toList();
    }

    /** The headline escaped for HTML, then its match markers turned into {@code <mark>}: the text cannot inject. */
    private static String highlighted(String headline) {
        return escape(headline).replace("\u0001", "<mark>").replace("\u0002", "</mark>");
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static SearchHit hit(ResultSet rows, String snippet) throws SQLException {
        return new SearchHit(rows.getObject("id", UUID.class), ArticleKind.valueOf(rows.getString("kind")),
                rows.getString("title"), snippet, strings(rows.getString(4)), strings(rows.getString(5)),
                strings(rows.getString(6)), Audience.valueOf(rows.getString("audience")), rows.getDouble("score"));
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Not a JSON list of strings: " + json, e);
        }
    }

    /** Published, readable by the caller, and within the filter; with the values to bind, in order. */
    private static Conditions visible(SearchFilter filter, boolean seesInternal) {
        StringBuilder sql = new StringBuilder("a.status = 'PUBLISHED'");
        List<String> values = new ArrayList<>();
        if (!seesInternal) {
            sql.append(" AND a.audience = 'PUBLIC'");
        }
        if (filter.audience() != null) {
            sql.append(" AND a.audience = ?");
            values.add(filter.audience().name());
        }
        if (filter.kind() != null) {
            sql.append(" AND a.kind = ?");
            values.add(filter.kind().name());
        }
        if (filter.tag() != null) {
            sql.append(" AND a.tags @> jsonb_build_array(?::text)");
            values.add(filter.tag().toLowerCase(Locale.ROOT));
        }
        if (filter.problemCode() != null) {
            sql.append(" AND a.problem_codes @> jsonb_build_array(?::text)");
            values.add(filter.problemCode());
        }
        if (filter.category() != null) {
            sql.append(" AND a.categories @> jsonb_build_array(?::text)");
            values.add(filter.category());
        }
        return new Conditions(sql.toString(), values);
    }

    private record Conditions(String sql, List<String> values) {

        int bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (String value : values) {
                statement.setString(index++, value);
            }
            return index;
        }
    }
}
