package dev.servicedesk.knowledge.article;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What a supervisor writes: everything of an article that a revision keeps. The kind decides which of the fields
 * say something, and {@link #check()} refuses content whose fields do not fit its kind.
 */
public record ArticleContent(ArticleKind kind, String title, String body, List<String> steps, List<PhoneEntry> phones,
        String url, UUID targetArticleId, List<String> tags, List<String> problemCodes, List<String> categories,
        Audience audience, String language) {

    public static final String DEFAULT_LANGUAGE = "pt-BR";
    static final String INVALID = "article-content-invalid";

    public ArticleContent {
        body = body == null ? "" : body;
        steps = steps == null ? List.of() : List.copyOf(steps);
        phones = phones == null ? List.of() : List.copyOf(phones);
        tags = tags == null ? List.of() : tags.stream().map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
        problemCodes = problemCodes == null ? List.of() : problemCodes.stream().distinct().toList();
        categories = categories == null ? List.of() : categories.stream().distinct().toList();
        audience = audience == null ? Audience.INTERNAL : audience;
        language = language == null ? DEFAULT_LANGUAGE : language;
        url = url == null || url.isBlank() ? null : url.strip();
    }

    /** 422 unless the fields fit the kind: a script has steps, a directory numbers, a link its target, and so on. */
    ArticleContent check() {
        List<Problem.Violation> violations = new ArrayList<>();
        requireOnlyFor(ArticleKind.CALL_SCRIPT, !steps.isEmpty(), "steps", violations);
        requireOnlyFor(ArticleKind.PHONE_DIRECTORY, !phones.isEmpty(), "phones", violations);
        requireOnlyFor(ArticleKind.EXTERNAL_LINK, url != null, "url", violations);
        requireOnlyFor(ArticleKind.ARTICLE_LINK, targetArticleId != null, "targetArticleId", violations);
        if (kind == ArticleKind.ANSWER && body.isBlank()) {
            violations.add(new Problem.Violation("body", "an answer needs its text"));
        }
        if (url != null && !isWebAddress(url)) {
            violations.add(new Problem.Violation("url", "must be an absolute http or https address"));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(422, INVALID, "Article content does not fit its kind",
                    "The fields given do not fit an article of kind " + kind + ".", violations);
        }
        return this;
    }

    private void requireOnlyFor(ArticleKind owner, boolean present, String field, List<Problem.Violation> violations) {
        if (kind == owner && !present) {
            violations.add(new Problem.Violation(field, "required for " + owner));
        } else if (kind != owner && present) {
            violations.add(new Problem.Violation(field, "only for " + owner));
        }
    }

    static boolean isWebAddress(String candidate) {
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The tags as searchable words ({@code lava-e-seca} becomes {@code lava e seca}). */
    String keywords() {
        return String.join(" ", tags).replace('-', ' ');
    }

    /** Everything the agent reads besides the title, as searchable text. */
    String searchableText() {
        StringBuilder text = new StringBuilder(body);
        steps.forEach(step -> text.append('\n').append(step));
        phones.forEach(phone -> text.append('\n').append(phone.name()));
        return text.toString();
    }
}
