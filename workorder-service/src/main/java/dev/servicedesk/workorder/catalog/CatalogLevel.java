package dev.servicedesk.workorder.catalog;

import dev.servicedesk.platform.problem.ProblemException;
import java.util.Arrays;

/** The four levels of the catalogue, top to bottom, each with the name the API gives its collection. */
public enum CatalogLevel {
    DEPARTMENT("departments", "department"),
    PROVIDER("providers", "provider"),
    CATEGORY("categories", "service category"),
    PROBLEM_CODE("problem-codes", "problem code");

    /** The collections as a path template's regular expression: {@code /api/v1/catalog/{level}}. */
    public static final String PATHS = "departments|providers|categories|problem-codes";

    private final String path;
    private final String label;

    CatalogLevel(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public static CatalogLevel ofPath(String path) {
        return Arrays.stream(values()).filter(level -> level.path.equals(path)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No catalogue collection '" + path + "'."));
    }

    /** The level above, or null for departments. */
    public CatalogLevel parent() {
        return this == DEPARTMENT ? null : values()[ordinal() - 1];
    }

    /** The level below, or null for problem codes. */
    public CatalogLevel child() {
        return this == PROBLEM_CODE ? null : values()[ordinal() + 1];
    }

    public String path() {
        return path;
    }

    /** How people call an entry of this level, e.g. in a problem's detail. */
    public String label() {
        return label;
    }

    /** The name of the field by which an entry of the level below refers to its parent at this level. */
    String childrensParentField() {
        return switch (this) {
            case DEPARTMENT -> "department";
            case PROVIDER -> "provider";
            case CATEGORY -> "category";
            case PROBLEM_CODE -> throw new IllegalStateException("Problem codes have no entries below them");
        };
    }
}
