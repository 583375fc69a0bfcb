package dev.servicedesk.knowledge.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An agent's word on whether an article helped with one request: once per article and request. */
@Entity
@Table(name = "article_feedback")
public class Feedback {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(name = "request_id", nullable = false)
    private UUID requestId;

    @Column(nullable = false)
    private boolean helpful;

    private String comment;

    @Column(name = "given_by", nullable = false)
    private String givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected Feedback() {
    }

    Feedback(UUID articleId, UUID requestId, boolean helpful, String comment, String givenBy, Instant givenAt) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.requestId = requestId;
        this.helpful = helpful;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    /** What the topic hears: ids and the flag, never the comment. */
    ArticleFeedbackGiven given(long articleVersion) {
        return new ArticleFeedbackGiven(articleId, requestId, helpful, articleVersion, givenAt);
    }

    public UUID id() {
        return id;
    }

    public UUID articleId() {
        return articleId;
    }

    public UUID requestId() {
        return requestId;
    }

    public boolean helpful() {
        return helpful;
    }

    public String comment() {
        return comment;
    }

    public String givenBy() {
        return givenBy;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
