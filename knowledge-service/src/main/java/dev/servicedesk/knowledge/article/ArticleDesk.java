package dev.servicedesk.knowledge.article;

import dev.servicedesk.knowledge.catalog.CatalogEntryGone;
import dev.servicedesk.knowledge.catalog.CatalogView;
import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The editorial use cases: write, review, publish, archive and restore articles. Each change keeps a revision, and a
 * change readers see (publication, a revision of a published article, archival) is announced on the outbox.
 */
@ApplicationScoped
public class ArticleDesk {

    static final String LINK_REFUSED = "article-link-refused";

    private final Articles articles;
    private final CatalogView catalog;
    private final Outbox outbox;
    private final Clock clock;

    ArticleDesk(Articles articles, CatalogView catalog, Outbox outbox, Clock clock) {
        this.articles = articles;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Article write(ArticleContent content, String author) {
        Article article = Article.draft(content, author, clock.instant());
        requireValidReferences(article.id(), content, null);
        articles.add(article);
        articles.flush();
        articles.add(ArticleRevision.first(article));
        articles.rememberWords(article);
        return article;
    }

    @Transactional
    public Article edit(UUID id, ArticleContent content, String ifMatch, String author) {
        Article article = current(id, ifMatch);
        requireValidReferences(id, content, article);
        ArticleRevision revision = article.edit(content, author, clock.instant());
        keep(article, revision);
        articles.rememberWords(article);
        if (article.status() == ArticleStatus.PUBLISHED) {
            outbox.record(article.revised(null));
        }
        return article;
    }

    @Transactional
    public Article submitForReview(UUID id, String ifMatch, String author) {
        Article article = current(id, ifMatch);
        keep(article, article.submitForReview(author, clock.instant()));
        return article;
    }

    @Transactional
    public Article sendBackToDraft(UUID id, String ifMatch, String author) {
        Article article = current(id, ifMatch);
        keep(article, article.sendBackToDraft(author, clock.instant()));
        return article;
    }

    @Transactional
    public Article publish(UUID id, String ifMatch, String author) {
        Article article = current(id, ifMatch);
        if (article.targetArticleId() != null) {
            Article target = articles.getForLinking(article.targetArticleId());
            if (target.status() != ArticleStatus.PUBLISHED) {
                throw linkRefused("An article link can be published only when the article it points to is "
                        + "published; " + target.id() + " is " + target.status() + ".");
            }
        }
        keep(article, article.publish(author, clock.instant()));
        outbox.record(article.published());
        return article;
    }

    @Transactional
    public Article archive(UUID id, String ifMatch, String author) {
        Article article = current(id, ifMatch);
        List<Article> linking = articles.linkingTo(id);
        if (!linking.isEmpty()) {
            throw ProblemException.conflict(LINK_REFUSED, "Linked from other articles",
                    "Archive or change the articles that link to it first: "
                            + linking.stream().map(a -> a.id().toString()).toList() + ".");
        }
        keep(article, article.archive(author, clock.instant()));
        outbox.record(article.archived());
        return article;
    }

    @Transactional
    public Article restore(UUID id, int revisionNumber, String ifMatch, String author) {
        Article article = current(id, ifMatch);
        ArticleRevision older = articles.revision(id, revisionNumber);
        requireValidReferences(id, older.snapshot(), article);
        keep(article, article.restore(older, author, clock.instant()));
        articles.rememberWords(article);
        outbox.record(article.revised(revisionNumber));
        return article;
    }

    /**
     * The catalogue deleted a code that articles name: each one not archived drops it, as a revision by the catalogue,
     * and readers of a published one hear of the revision. Runs in the transaction that applies the catalogue's event.
     */
    void followCatalogue(@Observes CatalogEntryGone gone) {
        for (Article article : articles.naming(gone)) {
            keep(article, article.stopNaming(gone, clock.instant()));
            if (article.status() == ArticleStatus.PUBLISHED) {
                outbox.record(article.revised(null));
            }
        }
    }

    @Transactional
    public Page<Article> list(ArticleStatus status, int page, int size) {
        return articles.list(status, page, size);
    }

    @Transactional
    public List<ArticleRevision> revisions(UUID id) {
        articles.get(id);
        return articles.revisions(id);
    }

    @Transactional
    public ArticleRevision revision(UUID id, int number) {
        return articles.revision(id, number);
    }

    private Article current(UUID id, String ifMatch) {
        Article article = articles.getForLinking(id);
        VersionTags.requireCurrent(ifMatch, article.version());
        return article;
    }

    private void keep(Article article, ArticleRevision revision) {
        articles.flush();
        articles.add(revision);
    }

    /**
     * The catalogue must know the codes (and not have retired those the article did not name before), and a link must
     * lead, through any chain of links, to an article that exists, is not archived, and never back to this one.
     */
    private void requireValidReferences(UUID id, ArticleContent content, Article before) {
        catalog.requireUsable(content.problemCodes(), content.categories(),
                before == null ? List.of() : before.problemCodes(), before == null ? List.of() : before.categories());
        UUID next = content.targetArticleId();
        if (next != null) {
            articles.lockLinks();
        }
        Set<UUID> seen = new HashSet<>(Set.of(id));
        while (next != null) {
            if (!seen.add(next)) {
                throw linkRefused("The link would make a cycle: following it leads back to " + next + ".");
            }
            UUID step = next;
            Article target = articles.find(step)
                    .orElseThrow(() -> linkRefused("The article it points to, " + step + ", does not exist."));
            if (target.status() == ArticleStatus.ARCHIVED) {
                throw linkRefused("The article it points to, " + step + ", is archived.");
            }
            next = target.targetArticleId();
        }
    }

    private static ProblemException linkRefused(String detail) {
        return ProblemException.unprocessable(LINK_REFUSED, "Link refused", detail);
    }
}
