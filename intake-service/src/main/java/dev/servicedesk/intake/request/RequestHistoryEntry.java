package dev.servicedesk.intake.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a request: who, when, what, from which status to which, and why. Never edited. */
@Entity
@Table(name = "request_history")
public class RequestHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_history_id")
    @SequenceGenerator(name = "request_history_id", sequenceName = "request_history_id_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequestChange change;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private RequestStatus toStatus;

    @Column(updatable = false)
    private String note;

    protected RequestHistoryEntry() {
    }

    RequestHistoryEntry(Instant at, String changedBy, RequestChange change, RequestStatus fromStatus,
            RequestStatus toStatus, String note) {
        this.at = at;
        this.changedBy = changedBy;
        this.change = change;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public String changedBy() {
        return changedBy;
    }

    public RequestChange change() {
        return change;
    }

    public RequestStatus fromStatus() {
        return fromStatus;
    }

    public RequestStatus toStatus() {
        return toStatus;
    }

    public String note() {
        return note;
    }
}
