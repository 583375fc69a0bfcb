package dev.servicedesk.knowledge.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of search hits, best first. */
public record SearchResult(List<SearchHit> items, int page, int size,
        @Schema(description = "How many articles were found; when a word is in very many articles, at most the "
                + "500 with the words in their title and 500 others are ranked, and totalIsExact is false") long total,
        boolean totalIsExact,
        @Schema(description = "The words searched, after misspelt ones were corrected; absent when nothing was "
                + "corrected") String correctedQuery,
        @Schema(description = "FULL_TEXT (stemmed words), SIMILARITY (titles that look alike, when no word matched) "
                + "or BROWSE (no text: every article, by title)") MatchedBy matchedBy) {

    public enum MatchedBy {
        FULL_TEXT, SIMILARITY, BROWSE
    }
}
