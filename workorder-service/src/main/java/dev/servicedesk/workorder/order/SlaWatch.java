package dev.servicedesk.workorder.order;

import dev.servicedesk.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Announces orders that missed their response or resolution target (OrderOverdue), once per target. Several
 * instances may watch at once: each takes the rows no other holds ({@code SKIP LOCKED}).
 */
@ApplicationScoped
public class SlaWatch {

    private static final int BATCH = 500;
    /** Hibernate's lock timeout meaning SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    private final OrderRepository orders;
    private final Outbox outbox;
    private final Clock clock;

    SlaWatch(OrderRepository orders, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${servicedesk.sla.check-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        int announced;
        do {
            announced = announceOverdue();
        } while (announced == BATCH);
    }

    /** Announces up to one batch of orders that newly missed a target; returns how many. */
    @Transactional
    public int announceOverdue() {
        Instant now = clock.instant();
        List<WorkOrder> overdue = orders
                .find("status not in ?1 and ((respondedAt is null and responseDueAt < ?2 and "
                        + "responseOverdueAnnouncedAt is null) or (slaPausedSince is null and resolutionDueAt < ?2 "
                        + "and resolutionOverdueAnnouncedAt is null))", OrderRepository.SETTLED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, BATCH)
                .list();
        overdue.forEach(order -> order.announceOverdue(now).forEach(outbox::record));
        return overdue.size();
    }
}
