package dev.servicedesk.knowledge.feedback;

/** How often an article was marked helpful and not helpful. */
public record FeedbackCounts(long helpful, long notHelpful) {

    public static final FeedbackCounts NONE = new FeedbackCounts(0, 0);
}
