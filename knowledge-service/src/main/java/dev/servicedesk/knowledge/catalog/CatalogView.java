package dev.servicedesk.knowledge.catalog;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local copy of the service catalogue, kept from servicedesk.catalog.v1: the problem codes and categories an
 * article may name. A newer version of an entry replaces an older one; an older one arriving late changes nothing.
 */
@ApplicationScoped
public class CatalogView {

    static final String UNKNOWN_ENTRY = "catalog-entry-unknown";

    private final EntityManager entityManager;

    CatalogView(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void keepProblemCode(ProblemCodePublished code) {
        entityManager.createNativeQuery("""
                        INSERT INTO catalog_problem_code (id, code, name, category_code, retired, version)
                        VALUES (:id, :code, :name, :category, :retired, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, category_code = excluded.category_code,
                            retired = excluded.retired, version = excluded.version
                        WHERE catalog_problem_code.version < excluded.version""")
                .setParameter("id", code.problemCodeId()).setParameter("code", code.code())
                .setParameter("name", code.name()).setParameter("category", code.categoryCode())
                .setParameter("retired", code.retired()).setParameter("version", code.version())
                .executeUpdate();
    }

    void keepCategory(ServiceCategoryPublished category) {
        entityManager.createNativeQuery("""
                        INSERT INTO catalog_category (id, code, name, retired, version)
                        VALUES (:id, :code, :name, :retired, :version)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, retired = excluded.retired,
                            version = excluded.version
                        WHERE catalog_category.version < excluded.version""")
                .setParameter("id", category.categoryId()).setParameter("code", category.code())
                .setParameter("name", category.name()).setParameter("retired", category.retired())
                .setParameter("version", category.version())
                .executeUpdate();
    }

    void forget(CatalogEntryDeleted deleted) {
        String table = switch (deleted.level()) {
            case "PROBLEM_CODE" -> "catalog_problem_code";
            case "CATEGORY" -> "catalog_category";
            default -> null;
        };
        if (table != null) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE id = :id AND version < :version")
                    .setParameter("id", deleted.entryId()).setParameter("version", deleted.version())
                    .executeUpdate();
        }
    }

    /** 422 naming every problem code and category that the catalogue does not know or has retired. */
    public void requireUsable(List<String> problemCodes, List<String> categories) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> usableCodes = usable("catalog_problem_code", problemCodes);
        Set<String> usableCategories = usable("catalog_category", categories);
        for (int i = 0; i < problemCodes.size(); i++) {
            if (!usableCodes.contains(problemCodes.get(i))) {
                violations.add(new Problem.Violation("problemCodes[" + i + "]",
                        "'" + problemCodes.get(i) + "' is not a problem code of the catalogue in use"));
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            if (!usableCategories.contains(categories.get(i))) {
                violations.add(new Problem.Violation("categories[" + i + "]",
                        "'" + categories.get(i) + "' is not a service category of the catalogue in use"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(422, UNKNOWN_ENTRY, "Unknown catalogue entry",
                    "An article may name only problem codes and categories that the catalogue has and has not retired.",
                    violations);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> usable(String table, List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createNativeQuery(
                        "SELECT code FROM " + table + " WHERE NOT retired AND code IN (:codes)")
                .setParameter("codes", codes).getResultList());
    }
}
