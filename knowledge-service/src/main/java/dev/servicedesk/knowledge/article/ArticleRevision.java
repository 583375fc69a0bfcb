package dev.servicedesk.knowledge.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of an article, with who made it and when, and the whole content as it was after it. Never changed. */
@Entity
@Table(name = "article_revision")
public class ArticleRevision {

    public enum Change {
        CREATED, EDITED, SUBMITTED, SENT_BACK, PUBLISHED, ARCHIVED, RESTORED, CATALOGUE_CHANGED
    }

    @Embeddable
    public record Key(@Column(name = "article_id") UUID articleId, @Column(name = "number") int number)
            implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Change change;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private ArticleContent snapshot;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ArticleRevision() {
    }

    ArticleRevision(UUID articleId, int number, Change change, ArticleStatus status, ArticleContent snapshot,
            Integer restoredFrom, String author, Instant createdAt) {
        this.key = new Key(articleId, number);
        this.change = change;
        this.status = status;
        this.snapshot = snapshot;
        this.restoredFrom = restoredFrom;
        this.author = author;
        this.createdAt = createdAt;
    }

    static ArticleRevision first(Article article) {
        return new ArticleRevision(article.id(), article.revision(), Change.CREATED, article.status(),
                article.currentContent(), null, article.createdBy(), article.createdAt());
    }

    public UUID articleId() {
        return key.articleId();
    }

    public int number() {
        return key.number();
    }

    public Change change() {
        return change;
    }

    public ArticleStatus status() {
        return status;
    }

    public ArticleContent snapshot() {
        return snapshot;
    }

    public Integer restoredFrom() {
        return restoredFrom;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
