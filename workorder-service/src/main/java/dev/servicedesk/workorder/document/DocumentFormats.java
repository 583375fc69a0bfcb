package dev.servicedesk.workorder.document;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the documents print values, in Brazilian Portuguese: {@code {format:money(document.total)}} in a template.
 * Times are shown in São Paulo's time zone, whatever the server's.
 */
@TemplateExtension(namespace = "format")
public final class DocumentFormats {

    public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private static final DecimalFormatSymbols PT_BR = DecimalFormatSymbols.getInstance(Locale.of("pt", "BR"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(SAO_PAULO);

    private DocumentFormats() {
    }

    /** {@code R$ 1.234,56}; a negative amount as {@code -R$ 1.234,56}. Rounded half up to the cent. */
    public static String money(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", PT_BR);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String digits = format.format(amount.abs());
        return (amount.signum() < 0 && !"0,00".equals(digits) ? "-R$ " : "R$ ") + digits;
    }

    /** {@code 2}, {@code 1,5}, {@code 1.000}: no decimals when there are none. */
    public static String quantity(BigDecimal quantity) {
        DecimalFormat format = new DecimalFormat("#,##0.###", PT_BR);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(quantity);
    }

    /** {@code 23/11/2026}. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code 23/11/2026 14:30}, in São Paulo. */
    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
