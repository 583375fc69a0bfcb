package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.http.Page;
import dev.servicedesk.platform.http.VersionTags;
import dev.servicedesk.platform.outbox.Outbox;
import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import dev.servicedesk.platform.problem.ProblemTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The use cases of the service catalogue. Each change is one transaction with the entry's new state on the catalogue
 * topic (outbox); a change that changes nothing publishes nothing.
 */
@ApplicationScoped
public class CatalogDesk {

    private final CatalogEntries entries;
    private final Outbox outbox;
    private final Clock clock;

    CatalogDesk(CatalogEntries entries, Outbox outbox, Clock clock) {
        this.entries = entries;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new entry: a parent for every level but departments, a standard order for problem codes and only them. */
    public record NewEntry(String code, String name, UUID parentId, StandardOrder standardOrder) {
    }

    @Transactional
    public CatalogEntry create(CatalogLevel level, NewEntry entry) {
        requireShape(level, entry.parentId(), entry.standardOrder(), true);
        if (entries.findByCode(level, entry.code()).isPresent()) {
            throw duplicate(level, entry.code());
        }
        CatalogEntry parent = level.parent() == null ? null : parentOf(level, entry.parentId());
        CatalogEntry created = switch (level) {
            case DEPARTMENT -> new Department(entry.code(), entry.name());
            case PROVIDER -> new Provider(entry.code(), entry.name(), (Department) parent);
            case CATEGORY -> new ServiceCategory(entry.code(), entry.name(), (Provider) parent);
            case PROBLEM_CODE -> new ProblemCode(entry.code(), entry.name(), (ServiceCategory) parent,
                    entry.standardOrder());
        };
        entries.persist(created);
        flush(created);
        outbox.record(created.published(now()));
        return created;
    }

    /** Renames the entry and, for a problem code, replaces its standard order; the code never changes. */
    @Transactional
    public CatalogEntry define(CatalogLevel level, UUID id, String name, StandardOrder standardOrder, String ifMatch) {
        requireShape(level, null, standardOrder, false);
        return change(level, id, ifMatch, (entry, now) -> {
            entry.rename(name);
            if (entry instanceof ProblemCode problemCode) {
                problemCode.redefine(standardOrder);
            }
        });
    }

    /** No new order for the entry or anything below it; what already refers to it stays as it is. */
    @Transactional
    public CatalogEntry retire(CatalogLevel level, UUID id, String ifMatch) {
        return change(level, id, ifMatch, CatalogEntry::retire);
    }

    @Transactional
    public CatalogEntry reinstate(CatalogLevel level, UUID id, String ifMatch) {
        return change(level, id, ifMatch, (entry, now) -> entry.reinstate());
    }

    /** Only an unused entry may go: nothing below it and, for a problem code, no order ever opened for it. */
    @Transactional
    public void delete(CatalogLevel level, UUID id, String ifMatch) {
        CatalogEntry entry = find(level, id);
        VersionTags.requireCurrent(ifMatch, entry.version());
        entries.lockForDeletion(entry);
        if (entries.hasChildren(entry)) {
            throw hasChildren(entry);
        }
        if (entry instanceof ProblemCode problemCode && entries.usedByOrders(problemCode)) {
            throw ProblemException.conflict("catalog-entry-in-use", "The entry is in use",
                    "Orders were opened for problem code '" + entry.code() + "': retire it instead.");
        }
        CatalogEntryDeleted deleted = entry.deleted(now());
        entries.remove(entry);
        flush(entry);
        outbox.record(deleted);
    }

    public CatalogEntry find(CatalogLevel level, UUID id) {
        return entries.find(level, id).orElseThrow(() -> ProblemException.notFound(
                "No " + level.label() + " " + id + " in the catalogue."));
    }

    public CatalogEntry findByCode(CatalogLevel level, String code) {
        return entries.findByCode(level, code).orElseThrow(() -> ProblemException.notFound(
                "No " + level.label() + " '" + code + "' in the catalogue."));
    }

    public Page<CatalogEntry> list(CatalogLevel level, CatalogEntries.Filter filter, int page, int size) {
        if (level.parent() == null && filter.parentId() != null) {
            throw invalid(List.of(new Problem.Violation("parentId", "must be absent: a " + level.label()
                    + " has no parent")));
        }
        return entries.search(level, filter, page, size);
    }

    private CatalogEntry change(CatalogLevel level, UUID id, String ifMatch, BiConsumer<CatalogEntry, Instant> change) {
        CatalogEntry entry = find(level, id);
        VersionTags.requireCurrent(ifMatch, entry.version());
        long before = entry.version();
        Instant now = now();
        change.accept(entry, now);
        flush(entry);
        if (entry.version() != before) {
            outbox.record(entry.published(now));
        }
        return entry;
    }

    /** PostgreSQL keeps microseconds: the answer, the event and every later read then show the same instant. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private CatalogEntry parentOf(CatalogLevel level, UUID parentId) {
        CatalogLevel parentLevel = level.parent();
        CatalogEntry parent = entries.find(parentLevel, parentId).orElseThrow(() -> new ProblemException(422,
                "unknown-parent", "Unknown parent", "No " + parentLevel.label() + " " + parentId + " in the catalogue.",
                List.of(new Problem.Violation("parentId", "must be the id of a " + parentLevel.label()))));
        parent.retiredAtOrAbove().ifPresent(retired -> {
            throw ProblemException.conflict("catalog-entry-retired", "Retired parent",
                    "The " + retired.level().label() + " '" + retired.code()
                            + "' is retired: nothing new goes below it.");
        });
        return parent;
    }

    /** Which fields a level's entries take depends on the level; the request says what it is for. */
    private static void requireShape(CatalogLevel level, UUID parentId, StandardOrder standardOrder, boolean creating) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (creating && level.parent() == null && parentId != null) {
            violations.add(new Problem.Violation("parentId", "must be absent: a " + level.label() + " has no parent"));
        }
        if (creating && level.parent() != null && parentId == null) {
            violations.add(new Problem.Violation("parentId", "must not be null: the id of the "
                    + level.parent().label() + " above the new " + level.label()));
        }
        if (level == CatalogLevel.PROBLEM_CODE && standardOrder == null) {
            violations.add(new Problem.Violation("standardOrder", "must not be null: a problem code carries its "
                    + "standard order"));
        }
        if (level != CatalogLevel.PROBLEM_CODE && standardOrder != null) {
            violations.add(new Problem.Violation("standardOrder", "must be absent: only problem codes have one"));
        }
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
    }

    private static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request",
                "The request has " + violations.size() + " invalid field(s).", violations);
    }

    /** Two requests raced past the checks: the database's constraints decide, and the loser hears why. */
    private void flush(CatalogEntry entry) {
        try {
            entries.flush();
        } catch (PersistenceException e) {
            String constraint = violatedConstraint(e);
            if (constraint != null && constraint.endsWith("_code_key")) {
                throw duplicate(entry.level(), entry.code());
            }
            if (constraint != null && constraint.endsWith("_fkey")) {
                throw ProblemException.conflict(ProblemTypes.CONFLICT, "The catalogue changed meanwhile",
                        "An entry above or below this " + entry.level().label() + " was created or deleted at the same "
                                + "time; read the catalogue again and retry.");
            }
            throw e;
        }
    }

    private static String violatedConstraint(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
        }
        return null;
    }

    private static ProblemException duplicate(CatalogLevel level, String code) {
        return ProblemException.conflict("duplicate-code", "Duplicate code",
                "There is already a " + level.label() + " '" + code + "': codes are unique.");
    }

    private static ProblemException hasChildren(CatalogEntry entry) {
        return ProblemException.conflict("catalog-entry-has-children", "The entry has entries below it",
                "The " + entry.level().label() + " '" + entry.code() + "' has entries below it: delete them first, or "
                        + "retire it instead.");
    }
}
