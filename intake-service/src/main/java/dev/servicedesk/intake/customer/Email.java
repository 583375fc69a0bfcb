package dev.servicedesk.intake.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, stored in lower case so that one mailbox is one address. */
public record Email(String value) {

    static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public Email {
        if (value == null || value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()
                || value.indexOf('@') > 64) {
            throw new InvalidValueException("not an e-mail address (e.g. maria@example.com.br)");
        }
    }

    public static Email parse(String text) {
        return new Email(text == null ? null : text.strip().toLowerCase(Locale.ROOT));
    }

    /** {@code m***@e***.com.br}: the first letter of the mailbox and of the domain, and the domain's suffix. */
    public String masked() {
        int at = value.indexOf('@');
        String domain = value.substring(at + 1);
        return value.charAt(0) + "***@" + domain.charAt(0) + "***" + domain.substring(domain.indexOf('.'));
    }
}
