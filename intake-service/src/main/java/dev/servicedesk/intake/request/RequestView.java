package dev.servicedesk.intake.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.servicedesk.intake.address.Place;
import dev.servicedesk.intake.address.Uf;
import dev.servicedesk.intake.channel.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request as the API shows it, shaped by its {@link RequestAudience}: for roles that read requests without personal
 * data, free text typed about a customer (question, answer, description, comment), the street address and the serial
 * number are left out; a technician sees the action section in full and no other free text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(UUID id, String protocol, Channel channel, RequestType type, RequestStatus status,
        UUID customerId, Information information, Action action, Comment comment, UUID orderId,
        OrderRefusal orderRefusal, Instant openedAt, Instant dueAt, boolean overdue, Instant loggedAt,
        Instant closedAt, String openedBy, String handledBy, CancellationReason cancellationReason, long version) {

    /** Without personal data, the place shows only its city and state, and the product no serial number. */
    public record Action(String problemCode, PlaceView place, String description, Product product) {
    }

    public record PlaceView(String street, String number, String complement, String district, String city, Uf state,
            String cep) {
    }

    public record Information(String question, List<UUID> articleIds, String answer) {
    }

    public record Comment(String text, CommentKind kind) {
    }

    /** The work-order service refused to open or join an order for the request: the kind, its words, and when. */
    public record OrderRefusal(String code, String reason, Instant at) {
    }

    static RequestView of(CustomerRequest request, Instant now, RequestAudience audience) {
        boolean withFreeText = audience.seesFreeText();
        boolean onSite = audience.seesTheSite();
        Information information = request.type() == RequestType.INFORMATION || request.informationQuestion() != null
                ? new Information(withFreeText ? request.informationQuestion() : null, request.articleIds(),
                        withFreeText ? request.informationAnswer() : null)
                : null;
        Action action = request.type() == RequestType.ACTION
                ? new Action(request.problemCode(), placeView(request.place(), onSite),
                        onSite ? request.actionDescription() : null, productView(request.product(), onSite))
                : null;
        Comment comment = request.commentKind() == null ? null
                : new Comment(withFreeText ? request.commentText() : null, request.commentKind());
        OrderRefusal refusal = request.orderRefusedAt() == null ? null
                : new OrderRefusal(request.orderRefusalCode(), request.orderRefusalReason(), request.orderRefusedAt());
        return new RequestView(request.id(), request.protocol(), request.channel(), request.type(), request.status(),
                request.customerId(), information, action, comment, request.orderId(), refusal, request.openedAt(),
                request.dueAt(), request.isOverdue(now),
                request.loggedAt(), request.closedAt(), request.openedBy(), request.handledBy(),
                request.cancellationReason(),
                request.version());
    }

    private static PlaceView placeView(Place place, boolean full) {
        if (place == null) {
            return null;
        }
        return full ? new PlaceView(place.street(), place.number(), place.complement(), place.district(), place.city(),
                place.state(), place.formattedCep())
                : new PlaceView(null, null, null, null, place.city(), place.state(), null);
    }

    private static Product productView(Product product, boolean full) {
        if (product == null || full) {
            return product;
        }
        return new Product(product.brand(), product.model(), null, product.purchaseDate());
    }
}
