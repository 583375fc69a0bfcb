package dev.servicedesk.knowledge.article;

import static io.restassured.RestAssured.given;

import dev.servicedesk.platform.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writing and moving articles through the API, as a supervisor does. */
public final class ArticleApi {

    public static final String ARTICLES = "/api/v1/articles";

    private ArticleApi() {
    }

    public static String supervisor() {
        return Tokens.of("sofia", "supervisor");
    }

    public static Map<String, Object> answer(String title, String body) {
        Map<String, Object> article = new HashMap<>();
        article.put("kind", "ANSWER");
        article.put("title", title);
        article.put("body", body);
        return article;
    }

    public static Map<String, Object> linkTo(String targetId) {
        Map<String, Object> article = new HashMap<>();
        article.put("kind", "ARTICLE_LINK");
        article.put("title", "Veja também " + UUID.randomUUID());
        article.put("targetArticleId", targetId);
        return article;
    }

    public static Response post(Map<String, Object> article) {
        return given().auth().oauth2(supervisor()).contentType("application/json").body(article).post(ARTICLES);
    }

    public static JsonPath write(Map<String, Object> article) {
        return post(article).then().statusCode(201).extract().jsonPath();
    }

    public static Response act(JsonPath article, String action) {
        return given().auth().oauth2(supervisor()).header("If-Match", etag(article))
                .post(ARTICLES + "/" + article.getString("id") + "/" + action);
    }

    public static JsonPath acted(JsonPath article, String action) {
        return act(article, action).then().statusCode(200).extract().jsonPath();
    }

    public static Response put(JsonPath article, Map<String, Object> content) {
        return given().auth().oauth2(supervisor()).header("If-Match", etag(article)).contentType("application/json")
                .body(content).put(ARTICLES + "/" + article.getString("id"));
    }

    public static JsonPath edited(JsonPath article, Map<String, Object> content) {
        return put(article, content).then().statusCode(200).extract().jsonPath();
    }

    /** Written, submitted and published. */
    public static JsonPath published(Map<String, Object> article) {
        return acted(acted(write(article), "submission"), "publication");
    }

    public static JsonPath archived(JsonPath article) {
        return acted(article, "archival");
    }

    public static Response read(String token, String id) {
        return given().auth().oauth2(token).get(ARTICLES + "/" + id);
    }

    public static String etag(JsonPath article) {
        return "\"" + article.getLong("version") + "\"";
    }

    public static Map<String, Object> with(Map<String, Object> article, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(article);
        changed.put(field, value);
        return changed;
    }

    public static List<String> ids(JsonPath page) {
        return page.getList("items.id");
    }
}
