package dev.servicedesk.knowledge.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.servicedesk.knowledge.article.ArticleApi;
import dev.servicedesk.knowledge.catalog.TestCatalog;
import dev.servicedesk.platform.testing.EventSender;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The realistic article set of {@code knowledge-set/articles.json} (also the run command's demo data) and the queries
 * a call centre would type for each, with the article it expects first.
 */
final class KnowledgeSet {

    record Query(String query, String expected, String variant) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private KnowledgeSet() {
    }

    static List<Map<String, Object>> articles() {
        return read("knowledge-set/articles.json", new TypeReference<>() {
        });
    }

    static List<Query> queries() {
        return read("knowledge-set/queries.json", new TypeReference<>() {
        });
    }

    /**
     * Empties the articles (not the catalogue view, nor the inbox), puts the set's catalogue codes in the view, and
     * publishes every article of the set; returns the article ids by key.
     */
    static Map<String, String> publishAlone() {
        clearArticles();
        TestCatalog.Entry whiteGoods = category("LINHA-BRANCA");
        TestCatalog.Entry climate = category("CLIMATIZACAO");
        problemCode("GELADEIRA-NAO-GELA", whiteGoods.code());
        problemCode("COLETA-ELETRO", whiteGoods.code());
        problemCode("AR-INSTALACAO", climate.code());
        Map<String, String> ids = new LinkedHashMap<>();
        List<Map<String, Object>> articles = articles();
        for (Map<String, Object> article : articles) {
            if (!article.containsKey("targetKey")) {
                ids.put((String) article.get("key"), publish(article, null));
            }
        }
        for (Map<String, Object> article : articles) {
            if (article.containsKey("targetKey")) {
                ids.put((String) article.get("key"), publish(article, ids.get((String) article.get("targetKey"))));
            }
        }
        return ids;
    }

    private static String publish(Map<String, Object> article, String targetId) {
        Map<String, Object> content = new HashMap<>(article);
        content.remove("key");
        content.remove("targetKey");
        if (targetId != null) {
            content.put("targetArticleId", targetId);
        }
        JsonPath published = ArticleApi.published(content);
        return published.getString("id");
    }

    private static TestCatalog.Entry category(String code) {
        UUID id = UUID.nameUUIDFromBytes(("category " + code).getBytes(StandardCharsets.UTF_8));
        try (EventSender sender = EventSender.open()) {
            sender.send(TestCatalog.TOPIC, TestCatalog.SOURCE, "ServiceCategoryPublished", id.toString(), 0, """
                    {"categoryId": "%s", "code": "%s", "name": "%s", "providerId": "%s",
                     "providerCode": "EQUIPE-PROPRIA", "departmentId": "%s", "departmentCode": "ASSISTENCIA-TECNICA",
                     "retired": false, "version": 0, "occurredAt": "2026-11-20T12:00:00Z"}"""
                    .formatted(id, code, code, id, id));
        }
        TestCatalog.awaitVersion("catalog_category", id, 0);
        return new TestCatalog.Entry(id, code, code);
    }

    private static void problemCode(String code, String categoryCode) {
        UUID id = UUID.nameUUIDFromBytes(("problem code " + code).getBytes(StandardCharsets.UTF_8));
        TestCatalog.publishProblemCode(id, code, categoryCode, false, 0);
        TestCatalog.awaitVersion("catalog_problem_code", id, 0);
    }

    static void clearArticles() {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE article_revision, article_feedback, article_usage, search_word, article");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = KnowledgeSet.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }
}
