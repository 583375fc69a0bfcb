package dev.servicedesk.workorder.estimate;

/** How the customer pays for an estimated service. Only a card or a boleto (carnê) is paid in instalments. */
public enum PaymentMethod {
    PIX, CARD, BOLETO, CASH, TRANSFER;

    public boolean allowsInstalments() {
        return this == CARD || this == BOLETO;
    }
}
