package dev.servicedesk.intake.request;

public enum CommentKind {
    PRAISE, COMPLAINT, SUGGESTION, OTHER
}
