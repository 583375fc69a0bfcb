package dev.servicedesk.workorder.part;

import dev.servicedesk.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every part of one order: planned from the kit, used by the technician, and the defective ones removed. */
public record OrderParts(List<PlannedPart> planned, List<UsedPart> used, List<RemovedPart> removed) {

    public OrderParts {
        planned = List.copyOf(planned);
        used = List.copyOf(used);
        removed = List.copyOf(removed);
    }

    /** An order is not completed with a part the customer has not consented to (CDC art. 21 and 70). */
    public void requireAuthorised(String orderNumber) {
        List<String> waiting = used.stream().filter(UsedPart::awaitsAuthorisation).map(UsedPart::partNumber).toList();
        if (!waiting.isEmpty()) {
            throw ProblemException.conflict("part-not-authorised", "A part lacks the customer's authorisation",
                    "Order " + orderNumber + " used parts that are not new and original without the customer's "
                            + "recorded authorisation (CDC art. 21): " + String.join(", ", waiting) + ".");
        }
    }

    /** The parts' share of the final costs: the sum of the used parts' line totals, in BRL. */
    public BigDecimal usedCost() {
        return used.stream().map(UsedPart::lineTotal)
                .reduce(BigDecimal.ZERO.setScale(UsedPart.MONEY_SCALE), BigDecimal::add);
    }

    /** How many used parts came from each provenance, every provenance present. */
    public Map<Provenance, Integer> usedByProvenance() {
        Map<Provenance, Integer> counts = new EnumMap<>(Provenance.class);
        for (Provenance provenance : Provenance.values()) {
            counts.put(provenance, 0);
        }
        used.forEach(part -> counts.merge(part.provenance(), 1, Integer::sum));
        return counts;
    }
}
