package dev.servicedesk.reporting.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Renders the service report as PDF (A4, pt-BR), as workorder-service renders its documents: a Qute template makes
 * the XHTML, Open HTML to PDF lays it out with the embedded Liberation Sans. Blocks: call it from a worker thread.
 */
@ApplicationScoped
public class ServiceReportPdf {

    private static final String FONT_FAMILY = "Liberation Sans";
    private static final Pattern NOT_ALLOWED_IN_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    @CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance serviceReport(ServiceReportDocument report);
    }

    private final byte[] regular = font("/liberation/LiberationSans-Regular.ttf");
    private final byte[] bold = font("/liberation/LiberationSans-Bold.ttf");

    public byte[] render(ServiceReport report) {
        String xhtml = Templates.serviceReport(ServiceReportDocument.of(report)).render();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(NOT_ALLOWED_IN_XML.matcher(xhtml).replaceAll(""), null)
                .useExternalResourceAccessControl(ServiceReportPdf::isEmbedded,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(ServiceReportPdf::isEmbedded,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("Servicedesk")
                .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400,
                        PdfRendererBuilder.FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700,
                        PdfRendererBuilder.FontStyle.NORMAL, true)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the service report as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** The report reads no file and no network resource. */
    private static boolean isEmbedded(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith("data:");
    }

    private static byte[] font(String resource) {
        try (InputStream in = ServiceReportPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read font " + resource, e);
        }
    }
}
