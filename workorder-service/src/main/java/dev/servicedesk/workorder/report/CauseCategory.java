package dev.servicedesk.workorder.report;

/** What caused the problem (seed 004 asks for it, staff problems included). */
public enum CauseCategory {
    PRODUCT_DEFECT, WEAR, MISUSE, INSTALLATION, STAFF_ERROR, OTHER;

    /** A staff error or another cause is only useful to management with words that say what it was. */
    public boolean needsText() {
        return this == STAFF_ERROR || this == OTHER;
    }
}
