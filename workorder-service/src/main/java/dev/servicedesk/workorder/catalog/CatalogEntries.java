package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.http.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The entries of every level of the catalogue. */
@ApplicationScoped
public class CatalogEntries {

    private final EntityManager entityManager;

    CatalogEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<CatalogEntry> find(CatalogLevel level, UUID id) {
        return Optional.ofNullable(entityManager.find(entityClass(level), id));
    }

    public Optional<CatalogEntry> findByCode(CatalogLevel level, String code) {
        return query(level, "from " + entityName(level) + " where code = :code").setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** What a list of entries of one level may be narrowed by; every field is optional. */
    public record Filter(UUID parentId, Boolean retired, String text) {
    }

    /** Ordered by code, so that pages are stable. The text matches code or name, ignoring case and accents. */
    public Page<CatalogEntry> search(CatalogLevel level, Filter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.parentId() != null) {
            where.add("e." + level.parent().childrensParentField() + ".id = :parent");
            parameters.put("parent", filter.parentId());
        }
        if (filter.retired() != null) {
            where.add(filter.retired() ? "e.retiredAt is not null" : "e.retiredAt is null");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("e.searchText like :text escape '!'");
            parameters.put("text", "%" + SearchText.of(filter.text()).replaceAll("([!%_])", "!$1") + "%");
        }
        String from = "from " + entityName(level) + " e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        TypedQuery<CatalogEntry> items = query(level, "select e " + from + " order by e.code");
        TypedQuery<Long> total = entityManager.createQuery("select count(e) " + from, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<CatalogEntry> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(found, page, size, total.getSingleResult());
    }

    public boolean hasChildren(CatalogEntry entry) {
        CatalogLevel child = entry.level().child();
        return child != null && !entityManager.createQuery("select 1 from " + entityName(child) + " e where e."
                        + entry.level().childrensParentField() + ".id = :id", Integer.class)
                .setParameter("id", entry.id()).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether any work order, open or long closed, was opened for the problem code: orders and reports name it. */
    public boolean usedByOrders(ProblemCode problemCode) {
        return !entityManager.createNativeQuery("SELECT 1 FROM work_order WHERE problem_code = :code LIMIT 1")
                .setParameter("code", problemCode.code()).getResultList().isEmpty();
    }

    public void persist(CatalogEntry entry) {
        entityManager.persist(entry);
    }

    /** Waits for the orders being opened for the entry to commit, and keeps new ones out until this one ends. */
    public void lockForDeletion(CatalogEntry entry) {
        entityManager.lock(entry, LockModeType.PESSIMISTIC_WRITE);
    }

    public void remove(CatalogEntry entry) {
        entityManager.remove(entry);
    }

    public void flush() {
        entityManager.flush();
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<CatalogEntry> query(CatalogLevel level, String jpql) {
        return (TypedQuery<CatalogEntry>) entityManager.createQuery(jpql, entityClass(level));
    }

    private static String entityName(CatalogLevel level) {
        return entityClass(level).getSimpleName();
    }

    private static Class<? extends CatalogEntry> entityClass(CatalogLevel level) {
        return switch (level) {
            case DEPARTMENT -> Department.class;
            case PROVIDER -> Provider.class;
            case CATEGORY -> ServiceCategory.class;
            case PROBLEM_CODE -> ProblemCode.class;
        };
    }
}
