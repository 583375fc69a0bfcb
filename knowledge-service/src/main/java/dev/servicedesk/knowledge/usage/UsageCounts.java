package dev.servicedesk.knowledge.usage;

/**
 * How an article served requests: consulted for how many, the answer to how many information requests, and how many
 * of those were closed with that answer (first-contact resolution).
 */
public record UsageCounts(long consultedRequests, long answeredRequests, long resolvedAtFirstContact) {

    public static final UsageCounts NONE = new UsageCounts(0, 0, 0);
}
