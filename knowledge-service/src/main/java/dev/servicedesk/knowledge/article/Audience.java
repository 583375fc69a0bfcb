package dev.servicedesk.knowledge.article;

/** Who may read a published article: staff only, or also partners and customers. */
public enum Audience {
    INTERNAL, PUBLIC
}
