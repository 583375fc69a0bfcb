package dev.servicedesk.workorder.order;

import java.time.Instant;

/** A task of the order's checklist, copied from its standard order, and who ticked it when. */
public record ChecklistItem(String task, boolean done, String doneBy, Instant doneAt) {

    static ChecklistItem pending(String task) {
        return new ChecklistItem(task, false, null, null);
    }

    ChecklistItem doneBy(String by, Instant at) {
        return new ChecklistItem(task, true, by, at);
    }
}
