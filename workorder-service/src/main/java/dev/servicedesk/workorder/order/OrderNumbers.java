package dev.servicedesk.workorder.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Gives out order numbers from one PostgreSQL sequence: unique across instances, never reused (a rolled-back
 * transaction leaves a gap, which is fine). The year is the year in Brazil's official time when the order opened.
 */
@ApplicationScoped
public class OrderNumbers {

    static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

    private final EntityManager entityManager;

    OrderNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public OrderNumber next(Instant openedAt) {
        long sequence = ((Number) entityManager.createNativeQuery("SELECT nextval('work_order_number_seq')")
                .getSingleResult()).longValue();
        return new OrderNumber(openedAt.atZone(BRASILIA).getYear(), sequence);
    }

}
