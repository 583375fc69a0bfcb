package dev.servicedesk.knowledge.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Two revisions side by side: which fields differ (with both values), and the body line by line, each line kept,
 * removed or added, as a reviewer reads a change.
 */
public record RevisionComparison(int from, int to, List<FieldChange> changes, List<BodyLine> body) {

    public record FieldChange(String field, Object before, Object after) {
    }

    public enum LineChange {
        KEPT, REMOVED, ADDED
    }

    public record BodyLine(LineChange change, String text) {
    }

    static RevisionComparison of(ArticleRevision older, ArticleRevision newer) {
        ArticleContent a = older.snapshot();
        ArticleContent b = newer.snapshot();
        List<FieldChange> changes = new ArrayList<>();
        compare("status", older.status(), newer.status(), changes);
        compare("kind", a.kind(), b.kind(), changes);
        compare("title", a.title(), b.title(), changes);
        compare("body", a.body(), b.body(), changes);
        compare("steps", a.steps(), b.steps(), changes);
        compare("phones", a.phones(), b.phones(), changes);
        compare("url", a.url(), b.url(), changes);
        compare("targetArticleId", a.targetArticleId(), b.targetArticleId(), changes);
        compare("tags", a.tags(), b.tags(), changes);
        compare("problemCodes", a.problemCodes(), b.problemCodes(), changes);
        compare("categories", a.categories(), b.categories(), changes);
        compare("audience", a.audience(), b.audience(), changes);
        compare("language", a.language(), b.language(), changes);
        return new RevisionComparison(older.number(), newer.number(), changes, lines(a.body(), b.body()));
    }

    private static void compare(String field, Object before, Object after, List<FieldChange> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** A longest-common-subsequence diff of the lines: articles are short, so the quadratic table is small. */
    static List<BodyLine> lines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<BodyLine> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new BodyLine(LineChange.KEPT, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new BodyLine(LineChange.REMOVED, a[i++]));
            } else {
                lines.add(new BodyLine(LineChange.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new BodyLine(LineChange.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new BodyLine(LineChange.ADDED, b[j++]));
        }
        return lines;
    }
}
