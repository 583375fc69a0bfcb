package dev.servicedesk.knowledge.article;

import dev.servicedesk.knowledge.catalog.CatalogEntryGone;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A knowledge-base article: its current content, where it stands in the editorial workflow, and its revision count.
 * Each change goes through a method that checks it and returns the revision to keep.
 */
@Entity
@Table(name = "article")
public class Article {

    static final String WRONG_STATUS = "article-status-conflict";
    /** The author of the revisions that follow the catalogue. */
    static final String CATALOGUE = "catalogue";

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ArticleStatus status;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> steps;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<PhoneEntry> phones;

    private String url;

    @Column(name = "target_article_id")
    private UUID targetArticleId;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> tags;

    @Column(name = "problem_codes", nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> problemCodes;

    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> categories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(nullable = false)
    private String language;

    /** The tags as words, for the search vector (the database derives it). */
    @Column(nullable = false)
    private String keywords;

    /** Body, steps and directory names as text, for the search vector. */
    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Version
    private long version;

    protected Article() {
    }

    private Article(UUID id, ArticleContent content, String author, Instant at) {
        this.id = id;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = at;
        this.createdBy = author;
        write(content, author, at);
    }

    /** A new draft, revision 1. */
    static Article draft(ArticleContent content, String author, Instant at) {
        return new Article(UUID.randomUUID(), content.check(), author, at);
    }

    /** New content; a published article stays published (agents read the new text at once). */
    ArticleRevision edit(ArticleContent content, String author, Instant at) {
        refuseWhenArchived("edit");
        write(content.check(), author, at);
        return revision(ArticleRevision.Change.EDITED, null);
    }

    ArticleRevision submitForReview(String author, Instant at) {
        require(ArticleStatus.DRAFT, "submit for review");
        return move(ArticleStatus.IN_REVIEW, ArticleRevision.Change.SUBMITTED, author, at);
    }

    ArticleRevision sendBackToDraft(String author, Instant at) {
        require(ArticleStatus.IN_REVIEW, "send back to draft");
        return move(ArticleStatus.DRAFT, ArticleRevision.Change.SENT_BACK, author, at);
    }

    ArticleRevision publish(String author, Instant at) {
        require(ArticleStatus.IN_REVIEW, "publish");
        publishedAt = at;
        return move(ArticleStatus.PUBLISHED, ArticleRevision.Change.PUBLISHED, author, at);
    }

    ArticleRevision archive(String author, Instant at) {
        refuseWhenArchived("archive");
        archivedAt = at;
        return move(ArticleStatus.ARCHIVED, ArticleRevision.Change.ARCHIVED, author, at);
    }

    /** The content of an older revision becomes the current one again, as a new revision. */
    ArticleRevision restore(ArticleRevision older, String author, Instant at) {
        require(ArticleStatus.PUBLISHED, "restore an older revision of");
        write(older.snapshot().check(), author, at);
        return revision(ArticleRevision.Change.RESTORED, older.number());
    }

    /** The catalogue no longer has this code: the article stops naming it, as a revision by the catalogue. */
    ArticleRevision stopNaming(CatalogEntryGone gone, Instant at) {
        refuseWhenArchived("follow the catalogue");
        switch (gone.level()) {
            case PROBLEM_CODE -> problemCodes = without(problemCodes, gone.code());
            case CATEGORY -> categories = without(categories, gone.code());
        }
        touch(CATALOGUE, at);
        return revision(ArticleRevision.Change.CATALOGUE_CHANGED, null);
    }

    ArticleContent currentContent() {
        return new ArticleContent(kind, title, body, steps, phones, url, targetArticleId, tags, problemCodes,
                categories, audience, language);
    }

    ArticlePublished published() {
        return new ArticlePublished(id, kind, audience, language, problemCodes, categories, tags, revision, version,
                updatedAt);
    }

    ArticleRevised revised(Integer restoredFrom) {
        return new ArticleRevised(id, status, audience, revision, restoredFrom, version, updatedAt);
    }

    ArticleArchived archived() {
        return new ArticleArchived(id, revision, version, updatedAt);
    }

    private void write(ArticleContent content, String author, Instant at) {
        this.kind = content.kind();
        this.title = content.title();
        this.body = content.body();
        this.steps = content.steps();
        this.phones = content.phones();
        this.url = content.url();
        this.targetArticleId = content.targetArticleId();
        this.tags = content.tags();
        this.problemCodes = content.problemCodes();
        this.categories = content.categories();
        this.audience = content.audience();
        this.language = content.language();
        this.keywords = content.keywords();
        this.content = content.searchableText();
        touch(author, at);
    }

    private static List<String> without(List<String> codes, String code) {
        return codes.stream().filter(named -> !named.equals(code)).toList();
    }

    private ArticleRevision move(ArticleStatus to, ArticleRevision.Change change, String author, Instant at) {
        status = to;
        touch(author, at);
        return revision(change, null);
    }

    private void touch(String author, Instant at) {
        revision++;
        updatedBy = author;
        updatedAt = at;
    }

    private ArticleRevision revision(ArticleRevision.Change change, Integer restoredFrom) {
        return new ArticleRevision(id, revision, change, status, currentContent(), restoredFrom, updatedBy, updatedAt);
    }

    private void require(ArticleStatus expected, String action) {
        if (status != expected) {
            throw ProblemException.conflict(WRONG_STATUS, "Not possible in this status",
                    "Only a " + expected + " article can " + action + "; this one is " + status + ".");
        }
    }

    private void refuseWhenArchived(String action) {
        if (status == ArticleStatus.ARCHIVED) {
            throw ProblemException.conflict(WRONG_STATUS, "Not possible in this status",
                    "An archived article cannot " + action + "; it is kept as it was.");
        }
    }

    public UUID id() {
        return id;
    }

    public ArticleKind kind() {
        return kind;
    }

    public ArticleStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public List<String> steps() {
        return steps;
    }

    public List<PhoneEntry> phones() {
        return phones;
    }

    public String url() {
        return url;
    }

    public UUID targetArticleId() {
        return targetArticleId;
    }

    public List<String> tags() {
        return tags;
    }

    public List<String> problemCodes() {
        return problemCodes;
    }

    public List<String> categories() {
        return categories;
    }

    public Audience audience() {
        return audience;
    }

    public String language() {
        return language;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public long version() {
        return version;
    }
}
