package dev.servicedesk.knowledge.search;

import dev.servicedesk.knowledge.article.ArticleKind;
import dev.servicedesk.knowledge.article.Audience;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One article found, with the passage that matched. */
public record SearchHit(UUID id, ArticleKind kind, String title,
        @Schema(description = "Where the words were found, HTML-escaped, the words in <mark>...</mark>") String snippet,
        List<String> tags, List<String> problemCodes, List<String> categories, Audience audience, double score) {
}
