package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Looks problem codes up for the orders that need them. */
@ApplicationScoped
public class Catalog {

    private final EntityManager entityManager;

    Catalog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ProblemCode> problemCode(String code) {
        return entityManager.createQuery("from ProblemCode where code = :code", ProblemCode.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The problem code a new order may be opened for: known and not retired. */
    public ProblemCode orderable(String code) {
        ProblemCode problemCode = problemCode(code).orElseThrow(() -> ProblemException.unprocessable(
                "unknown-problem-code", "Unknown problem code", "No problem code '" + code + "' in the catalogue."));
        if (problemCode.retired()) {
            throw ProblemException.unprocessable("retired-problem-code", "Retired problem code",
                    "The problem code '" + code + "' is retired: no new order may be opened for it.");
        }
        return problemCode;
    }
}
