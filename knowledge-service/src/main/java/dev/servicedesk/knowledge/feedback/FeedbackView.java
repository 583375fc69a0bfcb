package dev.servicedesk.knowledge.feedback;

import java.time.Instant;
import java.util.UUID;

/** One feedback, with its comment (editors and analysts read it; the topic never carries it). */
public record FeedbackView(UUID id, UUID articleId, UUID requestId, boolean helpful, String comment, String givenBy,
        Instant givenAt, FeedbackCounts articleCounts) {

    static FeedbackView of(Feedback feedback, FeedbackCounts counts) {
        return new FeedbackView(feedback.id(), feedback.articleId(), feedback.requestId(), feedback.helpful(),
                feedback.comment(), feedback.givenBy(), feedback.givenAt(), counts);
    }
}
