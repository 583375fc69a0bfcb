package dev.servicedesk.knowledge.article;

import dev.servicedesk.knowledge.catalog.CatalogEntryGone;
import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The articles and their revisions. */
@ApplicationScoped
public class Articles {

    private final EntityManager entityManager;

    Articles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void add(Article article) {
        entityManager.persist(article);
    }

    void add(ArticleRevision revision) {
        entityManager.persist(revision);
    }

    /** Writes pending changes, so that the version the events and the ETag carry is the committed one. */
    void flush() {
        entityManager.flush();
    }

    public Optional<Article> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }

    public Article get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("No article " + id + "."));
    }

    /** The article locked for a change that depends on other articles (links): two such changes run one at a time. */
    Article getForLinking(UUID id) {
        Article article = entityManager.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw ProblemException.notFound("No article " + id + ".");
        }
        return article;
    }

    /**
     * Serialises the changes that follow links until the transaction ends: two edits each adding half of a cycle
     * (A to B, B to A) cannot both pass the check.
     */
    void lockLinks() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('knowledge.article-links'))")
                .getSingleResult();
    }

    /** The non-archived articles that link to this one. */
    List<Article> linkingTo(UUID id) {
        return entityManager.createQuery("""
                        SELECT a FROM Article a WHERE a.targetArticleId = :id AND a.status <> :archived
                        ORDER BY a.title""", Article.class)
                .setParameter("id", id).setParameter("archived", ArticleStatus.ARCHIVED).getResultList();
    }

    /** The articles not archived that name this catalogue code, locked: the catalogue's change waits for editors. */
    List<Article> naming(CatalogEntryGone gone) {
        String column = switch (gone.level()) {
            case PROBLEM_CODE -> "problem_codes";
            case CATEGORY -> "categories";
        };
        List<?> ids = entityManager.createNativeQuery("SELECT id FROM article WHERE " + column
                        + " @> jsonb_build_array(CAST(:code AS text)) AND status <> 'ARCHIVED' ORDER BY id FOR UPDATE")
                .setParameter("code", gone.code()).getResultList();
        return ids.stream().map(id -> entityManager.find(Article.class, id)).toList();
    }

    Page<Article> list(ArticleStatus status, int page, int size) {
        String where = status == null ? "" : " WHERE a.status = :status";
        var query = entityManager.createQuery("SELECT a FROM Article a" + where + " ORDER BY a.updatedAt DESC, a.id",
                Article.class);
        var count = entityManager.createQuery("SELECT count(a) FROM Article a" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<Article> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    List<ArticleRevision> revisions(UUID articleId) {
        return entityManager.createQuery("""
                        SELECT r FROM ArticleRevision r WHERE r.key.articleId = :id ORDER BY r.key.number DESC""",
                        ArticleRevision.class)
                .setParameter("id", articleId).getResultList();
    }

    ArticleRevision revision(UUID articleId, int number) {
        ArticleRevision revision = entityManager.find(ArticleRevision.class, new ArticleRevision.Key(articleId, number));
        if (revision == null) {
            throw ProblemException.notFound("Article " + articleId + " has no revision " + number + ".");
        }
        return revision;
    }

    /** Remembers the words of the article for the correction of misspelt queries. */
    void rememberWords(Article article) {
        entityManager.createNativeQuery("""
                        INSERT INTO search_word (word)
                        SELECT DISTINCT word
                        FROM regexp_split_to_table(folded(:text), '[^a-z0-9]+') AS word
                        WHERE length(word) >= 3
                        ON CONFLICT DO NOTHING""")
                .setParameter("text", article.title() + " " + String.join(" ", article.tags()) + " "
                        + article.body() + " " + String.join(" ", article.steps()))
                .executeUpdate();
    }
}
