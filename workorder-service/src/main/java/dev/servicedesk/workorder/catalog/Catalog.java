package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Looks problem codes up for the orders that need them. */
@ApplicationScoped
public class Catalog {

    private final EntityManager entityManager;

    Catalog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ProblemCode> problemCode(String code) {
        return problemCode(code, LockModeType.NONE);
    }

    /**
     * The problem code a new order may be opened for: known, and neither it nor any entry above it retired. The code
     * is share-locked until the order commits, so that it cannot be deleted from under the order being opened.
     */
    public ProblemCode orderable(String code) {
        ProblemCode problemCode = problemCode(code, LockModeType.PESSIMISTIC_READ).orElseThrow(() ->
                ProblemException.unprocessable("unknown-problem-code", "Unknown problem code",
                        "No problem code '" + code + "' in the catalogue."));
        problemCode.retiredAtOrAbove().ifPresent(retired -> {
            throw ProblemException.unprocessable("retired-problem-code", "Retired problem code",
                    (retired == problemCode ? "The problem code '" + code + "' is retired"
                            : "The problem code '" + code + "' is under the retired " + retired.level().label() + " '"
                                    + retired.code() + "'")
                            + ": no new order may be opened for it.");
        });
        return problemCode;
    }

    private Optional<ProblemCode> problemCode(String code, LockModeType lock) {
        return entityManager.createQuery("from ProblemCode where code = :code", ProblemCode.class)
                .setParameter("code", code)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
