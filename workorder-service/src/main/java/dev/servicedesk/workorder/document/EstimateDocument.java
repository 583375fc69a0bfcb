package dev.servicedesk.workorder.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The estimate (orçamento prévio, CDC art. 40) the customer approves before the work starts: every line of labour,
 * parts and materials and equipment, payment conditions, start and end dates, and how long it stays valid.
 *
 * <p>Line totals, the subtotal and the total are computed here, so that the printed figures always add up.
 *
 * @param version       the estimate's version within the order, from 1; a changed estimate needs a new approval
 * @param validUntil    null for the legal default, {@value #DEFAULT_VALIDITY_DAYS} days after the day it was issued
 * @param product       null when the order is for a service, not a product
 * @param discount      an amount taken off the subtotal, zero or more; null for none
 * @param payment       null when not yet agreed
 * @param startDate     planned start of the work, null when not yet agreed
 * @param endDate       planned end of the work, null when not yet agreed
 * @param terms         terms and conditions as plain text; line breaks are kept
 * @param freeOfCharge  null when the customer pays; otherwise what covers the cost
 */
public record EstimateDocument(
        String orderNumber,
        int version,
        Instant issuedAt,
        LocalDate validUntil,
        CustomerContact customer,
        ProblemDetails problem,
        String description,
        ProductDetails product,
        List<Line> lines,
        BigDecimal discount,
        Payment payment,
        LocalDate startDate,
        LocalDate endDate,
        String terms,
        FreeOfCharge freeOfCharge) {

    /** CDC art. 40 §1: an estimate is valid for ten days unless it says otherwise. */
    public static final int DEFAULT_VALIDITY_DAYS = 10;

    public EstimateDocument {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(problem, "problem");
        if (version < 1) {
            throw new IllegalArgumentException("an estimate's version starts at 1, got " + version);
        }
        lines = List.copyOf(Objects.requireNonNullElse(lines, List.of()));
        discount = Objects.requireNonNullElse(discount, BigDecimal.ZERO);
        if (discount.signum() < 0) {
            throw new IllegalArgumentException("a discount is an amount taken off, zero or more; got " + discount);
        }
        if (validUntil == null) {
            validUntil = LocalDate.ofInstant(issuedAt, DocumentFormats.SAO_PAULO).plusDays(DEFAULT_VALIDITY_DAYS);
        }
    }

    public BigDecimal subtotal() {
        return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasDiscount() {
        return discount.signum() > 0;
    }

    public BigDecimal total() {
        return subtotal().subtract(discount);
    }

    public boolean isFreeOfCharge() {
        return freeOfCharge != null;
    }

    /** What the customer pays: the total, or nothing when the order is free of charge. */
    public BigDecimal amountDue() {
        return isFreeOfCharge() ? BigDecimal.ZERO : total();
    }

    /**
     * One itemised line.
     *
     * @param quantity   hours, units, metres...: fractions allowed
     * @param thirdParty true for a service a third party performs (CDC art. 40 §3: the customer answers only for the
     *                   third-party services the estimate names)
     */
    public record Line(LineKind kind, String description, BigDecimal quantity, BigDecimal unitPrice, boolean thirdParty) {

        public Line {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }

        /** Quantity times unit price, to the cent, rounded half-even as the estimate itself rounds it. */
        public BigDecimal total() {
            return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    /** The three kinds of cost CDC art. 40 asks an estimate to itemise. */
    public enum LineKind {
        LABOUR("Mão de obra"),
        PARTS("Peças e materiais"),
        EQUIPMENT("Equipamentos");

        private final String label;

        LineKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How the customer pays: a method and a number of instalments (1 for a single payment). */
    public record Payment(PaymentMethod method, int instalments) {

        public Payment {
            Objects.requireNonNull(method, "method");
            if (instalments < 1) {
                throw new IllegalArgumentException("at least one instalment, got " + instalments);
            }
        }

        public boolean isSinglePayment() {
            return instalments == 1;
        }
    }

    public enum PaymentMethod {
        PIX("PIX"),
        CARD("Cartão"),
        BOLETO("Boleto"),
        CASH("Dinheiro"),
        TRANSFER("Transferência bancária");

        private final String label;

        PaymentMethod(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
