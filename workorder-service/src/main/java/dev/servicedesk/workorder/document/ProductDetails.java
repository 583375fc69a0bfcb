package dev.servicedesk.workorder.document;

import java.time.LocalDate;

/** The product serviced (seed 004); any part may be null when the customer does not know it. */
public record ProductDetails(String brand, String model, String serialNumber, LocalDate purchaseDate) {
}
