package dev.servicedesk.workorder.document;

/** Why the customer pays nothing for an order, when that is the case. */
public enum FreeOfCharge {
    WARRANTY("garantia"),
    CONTRACT("contrato");

    private final String label;

    FreeOfCharge(String label) {
        this.label = label;
    }

    /** In Portuguese, lower case, as it reads after "coberto por". */
    public String label() {
        return label;
    }
}
