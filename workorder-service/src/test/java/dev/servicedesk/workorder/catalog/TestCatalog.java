package dev.servicedesk.workorder.catalog;

import dev.servicedesk.workorder.estimate.LineKind;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Problem codes for tests, each under a department, provider and category of its own so that tests never share one. */
public final class TestCatalog {

    private TestCatalog() {
    }

    /** What a test's problem code asks of its orders. */
    public record Rules(boolean estimateApproval, boolean signature, boolean productData, Goods goods,
            int responseHours, int resolutionHours) {

        /** A chargeable repair of durable goods that needs an approved estimate and the customer's signature. */
        public static Rules repair() {
            return new Rules(true, true, false, Goods.DURABLE, 24, 72);
        }

        /** A service with no estimate, signature or product data: work may start as soon as it is scheduled. */
        public static Rules simple() {
            return new Rules(false, false, false, Goods.NON_DURABLE, 4, 48);
        }

        public Rules withProductData() {
            return new Rules(estimateApproval, signature, true, goods, responseHours, resolutionHours);
        }

        public Rules withTargets(int response, int resolution) {
            return new Rules(estimateApproval, signature, productData, goods, response, resolution);
        }
    }

    /** Creates a problem code with a fresh code, e.g. {@code T-3F2A9C1B}, through the catalogue's use cases. */
    public static String problemCode(Rules rules) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String code = "T-" + suffix;
        StandardOrder standard = new StandardOrder(Priority.NORMAL, rules.responseHours(), rules.resolutionHours(),
                List.of("Testar o aparelho", "Limpar o local"),
                List.of(new KitPart("P-100", "Resistência 220 V", BigDecimal.ONE)),
                List.of(new EstimateLineTemplate(LineKind.LABOUR, "Mão de obra", BigDecimal.ONE, new BigDecimal("120.00"))),
                "Garantia legal do serviço conforme o CDC, art. 26.", rules.estimateApproval(), rules.signature(),
                rules.productData(), rules.goods());
        QuarkusTransaction.requiringNew().run(() -> {
            CatalogDesk desk = desk();
            CatalogEntry department = desk.create(CatalogLevel.DEPARTMENT,
                    new CatalogDesk.NewEntry("D-" + suffix, "Assistência técnica " + suffix, null, null));
            CatalogEntry provider = desk.create(CatalogLevel.PROVIDER,
                    new CatalogDesk.NewEntry("P-" + suffix, "Equipe própria " + suffix, department.id(), null));
            CatalogEntry category = desk.create(CatalogLevel.CATEGORY,
                    new CatalogDesk.NewEntry("C-" + suffix, "Linha branca " + suffix, provider.id(), null));
            desk.create(CatalogLevel.PROBLEM_CODE,
                    new CatalogDesk.NewEntry(code, "Conserto de geladeira " + suffix, category.id(), standard));
        });
        return code;
    }

    public static void retire(String code) {
        QuarkusTransaction.requiringNew().run(() -> {
            CatalogEntry problemCode = desk().findByCode(CatalogLevel.PROBLEM_CODE, code);
            desk().retire(CatalogLevel.PROBLEM_CODE, problemCode.id(), "*");
        });
    }

    private static CatalogDesk desk() {
        return Arc.container().instance(CatalogDesk.class).get();
    }
}
