package dev.servicedesk.intake.channel;

/** How a customer reached us. */
public enum Channel {
    PHONE, EMAIL, FAX, WEB_FORM, CHAT, WHATSAPP, PARTNER_API
}
