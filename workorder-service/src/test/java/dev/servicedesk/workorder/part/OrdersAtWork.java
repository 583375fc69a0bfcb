package dev.servicedesk.workorder.part;

import static io.restassured.RestAssured.given;

import dev.servicedesk.platform.security.Caller;
import dev.servicedesk.platform.security.Roles;
import dev.servicedesk.workorder.order.OrderApi;
import dev.servicedesk.workorder.order.OrderDesk;
import dev.servicedesk.workorder.order.OrderProduct;
import dev.servicedesk.workorder.order.OrderRepository;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Orders brought to where parts and reports are written: opened, scheduled, assigned to a technician and started,
 * through the order use cases (their own tests prove the HTTP side); and the calls a client makes on them (through
 * {@link OrderApi}), each change sending the order's current ETag.
 */
public final class OrdersAtWork {

    private static final Caller DISPATCHER = new Caller("sofia", List.of(Roles.SUPERVISOR), null);

    private OrdersAtWork() {
    }

    /** What an order is opened with: its customer, the product's serial number, the estimate approved (or none). */
    public record Opening(UUID customerId, String serialNumber, BigDecimal approvedEstimate) {

        public static Opening anyCustomer() {
            return new Opening(UUID.randomUUID(), "SN-" + UUID.randomUUID(), null);
        }

        public Opening withEstimate(String total) {
            return new Opening(customerId, serialNumber, new BigDecimal(total));
        }
    }

    /** Opens an order for the problem code and leaves it in progress, assigned to the technician. */
    public static UUID inProgress(String problemCode, String technician, Opening opening) {
        UUID id = opened(problemCode, opening);
        if (opening.approvedEstimate() != null) {
            QuarkusTransaction.requiringNew().run(() -> orders().findById(id)
                    .estimateApproved(UUID.randomUUID(), 1, opening.approvedEstimate(), "sofia", Instant.now()));
        }
        Instant visit = Instant.now().plus(1, ChronoUnit.HOURS);
        desk().schedule(id, visit, visit.plus(2, ChronoUnit.HOURS), "*", DISPATCHER);
        desk().assign(id, "bancada", technician, "*", DISPATCHER);
        desk().start(id, "*", DISPATCHER);
        return id;
    }

    public static UUID inProgress(String problemCode, String technician) {
        return inProgress(problemCode, technician, Opening.anyCustomer());
    }

    /** Opens an order for the problem code and leaves it open; without a serial number, without the product at all. */
    public static UUID opened(String problemCode, Opening opening) {
        OrderProduct product = opening.serialNumber() == null ? null
                : new OrderProduct("Brastemp", "BRM44", opening.serialNumber(), LocalDate.of(2025, 3, 1));
        return desk().open(new OrderDesk.StaffOpening(problemCode, opening.customerId(), null, null,
                "Geladeira não gela", product), DISPATCHER).id();
    }

    /** Closes a completed order: its warranty starts. */
    public static void close(UUID id) {
        desk().close(id, "*", DISPATCHER);
    }

    public static String etag(String token, UUID id) {
        return OrderApi.etag(token, id.toString());
    }

    /** The order itself. */
    public static Response order(String token, UUID id) {
        return OrderApi.get(token, id.toString());
    }

    /** POSTs to {@code /api/v1/orders/{id}/<path>} with the order's current ETag (read with the same token). */
    public static Response post(String token, UUID id, String path, Object body) {
        return OrderApi.post(token, id.toString(), path, body);
    }

    public static Response post(String token, UUID id, String path, Object body, String ifMatch) {
        return OrderApi.post(token, id.toString(), path, body, ifMatch);
    }

    public static Response put(String token, UUID id, String path, Object body) {
        return OrderApi.put(token, id.toString(), path, body);
    }

    public static Response put(String token, UUID id, String path, Object body, String ifMatch) {
        return given().auth().oauth2(token).contentType("application/json").header("If-Match", ifMatch).body(body)
                .put(OrderApi.ORDERS + "/" + id + "/" + path);
    }

    public static Response delete(String token, UUID id, String path) {
        return given().auth().oauth2(token).header("If-Match", etag(token, id))
                .delete(OrderApi.ORDERS + "/" + id + "/" + path);
    }

    public static Response get(String token, UUID id, String path) {
        return given().auth().oauth2(token).get(OrderApi.ORDERS + "/" + id + "/" + path);
    }

    /** The order's history as the API lists it. */
    public static Response history(String token, UUID id) {
        return get(token, id, "history");
    }

    private static OrderDesk desk() {
        return Arc.container().instance(OrderDesk.class).get();
    }

    private static OrderRepository orders() {
        return Arc.container().instance(OrderRepository.class).get();
    }
}
