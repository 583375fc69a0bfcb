package dev.servicedesk.intake.customer;

public enum PhoneKind {
    MOBILE, LANDLINE, WHATSAPP
}
