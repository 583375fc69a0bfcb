package dev.servicedesk.knowledge.catalog;

import dev.servicedesk.platform.problem.Problem;
import dev.servicedesk.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local copy of the service catalogue, kept from servicedesk.catalog.v1: the problem codes and categories an
 * article may name. A newer version of an entry replaces an older one; an older one arriving late changes nothing.
 * When a code is gone from the catalogue altogether, a {@link CatalogEntryGone} tells the articles that name it.
 */
@ApplicationScoped
public class CatalogView {

    static final String UNKNOWN_ENTRY = "catalog-entry-unknown";

    private final EntityManager entityManager;
    private final Event<CatalogEntryGone> gone;

    CatalogView(EntityManager entityManager, Event<CatalogEntryGone> gone) {
        this.entityManager = entityManager;
        this.gone = gone;
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
        CatalogEntryGone.Level level = switch (deleted.level()) {
            case "PROBLEM_CODE" -> CatalogEntryGone.Level.PROBLEM_CODE;
            case "CATEGORY" -> CatalogEntryGone.Level.CATEGORY;
            default -> null;
        };
        if (level == null) {
            return;
        }
        String table = table(level);
        entityManager.createNativeQuery("DELETE FROM " + table + " WHERE id = :id AND version < :version")
                .setParameter("id", deleted.entryId()).setParameter("version", deleted.version())
                .executeUpdate();
        boolean codeStillKnown = !entityManager.createNativeQuery("SELECT 1 FROM " + table + " WHERE code = :code")
                .setParameter("code", deleted.code()).getResultList().isEmpty();
        if (!codeStillKnown) {
            gone.fire(new CatalogEntryGone(level, deleted.code()));
        }
    }

    /**
     * 422 naming every problem code and category that the catalogue does not know or has retired. A code the article
     * already names ({@code kept...}) may stay while the catalogue knows it, even retired: editing an article's text
     * does not force its authors to follow the catalogue's later retirements.
     */
    public void requireUsable(List<String> problemCodes, List<String> categories, Collection<String> keptProblemCodes,
            Collection<String> keptCategories) {
        List<Problem.Violation> violations = new ArrayList<>();
        refuseUnusable(CatalogEntryGone.Level.PROBLEM_CODE, "problemCodes", problemCodes, keptProblemCodes,
                "problem code", violations);
        refuseUnusable(CatalogEntryGone.Level.CATEGORY, "categories", categories, keptCategories, "service category",
                violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(422, UNKNOWN_ENTRY, "Unknown catalogue entry",
                    "An article may name only problem codes and categories that the catalogue has and has not retired.",
                    violations);
        }
    }

    /** Of these codes, the ones the catalogue has retired. */
    public List<String> retired(CatalogEntryGone.Level level, List<String> codes) {
        Map<String, Boolean> known = retiredByCode(level, codes);
        return codes.stream().filter(code -> known.getOrDefault(code, false)).toList();
    }

    private void refuseUnusable(CatalogEntryGone.Level level, String field, List<String> codes,
            Collection<String> kept, String what, List<Problem.Violation> violations) {
        Map<String, Boolean> known = retiredByCode(level, codes);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Boolean retired = known.get(code);
            if (retired == null || retired && !kept.contains(code)) {
                violations.add(new Problem.Violation(field + "[" + i + "]",
                        "'" + code + "' is not a " + what + " of the catalogue in use"));
            }
        }
    }

    /** The codes the catalogue knows, each with whether it is retired (every entry carrying it is). */
    private Map<String, Boolean> retiredByCode(CatalogEntryGone.Level level, List<String> codes) {
        Map<String, Boolean> known = new HashMap<>();
        if (codes.isEmpty()) {
            return known;
        }
        List<?> rows = entityManager.createNativeQuery("SELECT code, bool_and(retired) FROM " + table(level)
                        + " WHERE code IN (:codes) GROUP BY code")
                .setParameter("codes", codes).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            known.put((String) columns[0], (Boolean) columns[1]);
        }
        return known;
    }

    private static String table(CatalogEntryGone.Level level) {
        return switch (level) {
            case PROBLEM_CODE -> "catalog_problem_code";
            case CATEGORY -> "catalog_category";
        };
    }
}
