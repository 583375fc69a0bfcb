package dev.servicedesk.intake.request;

import dev.servicedesk.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Announces requests that passed their SAC due time (RequestOverdue), once each. Several instances may watch at once:
 * each takes the rows no other holds ({@code SKIP LOCKED}), so nothing is announced twice.
 */
@ApplicationScoped
public class SacWatch {

    private static final int BATCH = 500;
    /** Hibernate's lock timeout meaning SKIP LOCKED. */
    private static final int SKIP_LOCKED = -2;

    private final RequestRepository requests;
    private final Outbox outbox;
    private final Clock clock;

    SacWatch(RequestRepository requests, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${servicedesk.sac.check-every:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        int announced;
        do {
            announced = announceOverdue();
        } while (announced == BATCH);
    }

    /** Announces up to one batch of newly overdue requests; returns how many. */
    @Transactional
    public int announceOverdue() {
        Instant now = clock.instant();
        List<CustomerRequest> overdue = requests
                .find("dueAt < ?1 and status not in ?2 and overdueAnnouncedAt is null", now, RequestStatus.SAC_SETTLED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, BATCH)
                .list();
        overdue.forEach(request -> request.announceOverdue(now).forEach(outbox::record));
        return overdue.size();
    }
}
