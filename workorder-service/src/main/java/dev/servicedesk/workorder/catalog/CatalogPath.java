package dev.servicedesk.workorder.catalog;

/** A problem code with the category, provider and department above it: what reports group orders by. */
public record CatalogPath(String problemCode, String categoryCode, String providerCode, String departmentCode) {
}
