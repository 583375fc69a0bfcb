package dev.servicedesk.workorder.estimate;

import java.math.BigDecimal;
import java.util.List;

/** An estimate's totals in BRL: per kind of line, before and after the discount. Never negative. */
public record EstimateTotals(BigDecimal labour, BigDecimal parts, BigDecimal equipment, BigDecimal subtotal,
        BigDecimal discount, BigDecimal grandTotal) {

    static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    static EstimateTotals of(List<EstimateLine> lines, BigDecimal discount) {
        BigDecimal labour = sumOf(lines, LineKind.LABOUR);
        BigDecimal parts = sumOf(lines, LineKind.PARTS);
        BigDecimal equipment = sumOf(lines, LineKind.EQUIPMENT);
        BigDecimal subtotal = labour.add(parts).add(equipment);
        return new EstimateTotals(labour, parts, equipment, subtotal, discount, subtotal.subtract(discount));
    }

    private static BigDecimal sumOf(List<EstimateLine> lines, LineKind kind) {
        return lines.stream().filter(line -> line.kind() == kind).map(EstimateLine::total)
                .reduce(NONE, BigDecimal::add);
    }
}
