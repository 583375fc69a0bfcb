package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request as the API shows it. Free text typed about a customer (question, answer, comment) is left out for roles
 * that read requests without personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(UUID id, String protocol, Channel channel, RequestType type, RequestStatus status,
        UUID customerId, Information information, Comment comment, Instant openedAt, Instant dueAt, boolean overdue,
        Instant loggedAt, Instant closedAt, String openedBy, CancellationReason cancellationReason, long version) {

    public record Information(String question, List<UUID> articleIds, String answer) {
    }

    public record Comment(String text, CommentKind kind) {
    }

    static RequestView of(CustomerRequest request, Instant now, boolean withFreeText) {
        Information information = request.type() == RequestType.INFORMATION || request.informationQuestion() != null
                ? new Information(withFreeText ? request.informationQuestion() : null, request.articleIds(),
                        withFreeText ? request.informationAnswer() : null)
                : null;
        Comment comment = request.commentKind() == null ? null
                : new Comment(withFreeText ? request.commentText() : null, request.commentKind());
        return new RequestView(request.id(), request.protocol(), request.channel(), request.type(), request.status(),
                request.customerId(), information, comment, request.openedAt(), request.dueAt(), request.isOverdue(now),
                request.loggedAt(), request.closedAt(), request.openedBy(), request.cancellationReason(),
                request.version());
    }
}
