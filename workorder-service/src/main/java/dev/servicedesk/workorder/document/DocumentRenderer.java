package dev.servicedesk.workorder.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders the work-order documents as PDF (A4, Brazilian Portuguese): a Qute template makes the XHTML, Open HTML to
 * PDF lays it out. Rendering blocks; call it from a worker thread.
 */
@ApplicationScoped
public class DocumentRenderer {

    /** The family the templates' CSS asks for; the faces are embedded (subset) in every document. */
    private static final String FONT_FAMILY = "Liberation Sans";

    private static final List<FontFace> LIBERATION_SANS = List.of(
            new FontFace("/liberation/LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new FontFace("/liberation/LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new FontFace("/liberation/LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new FontFace("/liberation/LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    /**
     * Characters XML 1.0 does not allow. The renderer parses the page as XML, so one control character in a customer's
     * text would otherwise fail the whole document; Qute's escaping does not remove them.
     */
    private static final Pattern NOT_ALLOWED_IN_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    @CheckedTemplate(basePath = "documents", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance estimate(EstimateDocument estimate, CompanyConfig company);

        static native TemplateInstance openingReceipt(OpeningReceipt receipt, CompanyConfig company);

        static native TemplateInstance closingReceipt(ClosingReceipt receipt, CompanyConfig company);
    }

    private final CompanyConfig company;
    private final List<LoadedFont> fonts;

    DocumentRenderer(CompanyConfig company) {
        this.company = company;
        this.fonts = LIBERATION_SANS.stream().map(FontFace::load).toList();
    }

    /** The estimate for the customer to approve (orçamento prévio). */
    public byte[] estimate(EstimateDocument estimate) {
        return pdf(Templates.estimate(estimate, company).render());
    }

    /** The receipt given when the order opens (comprovante de abertura da OS). */
    public byte[] openingReceipt(OpeningReceipt receipt) {
        return pdf(Templates.openingReceipt(receipt, company).render());
    }

    /** The receipt given when the order closes, with the service report and the warranty term. */
    public byte[] closingReceipt(ClosingReceipt receipt) {
        return pdf(Templates.closingReceipt(receipt, company).render());
    }

    private byte[] pdf(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(NOT_ALLOWED_IN_XML.matcher(xhtml).replaceAll(""), null)
                .useExternalResourceAccessControl(DocumentRenderer::isEmbedded,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(DocumentRenderer::isEmbedded,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("Servicedesk")
                .toStream(pdf);
        for (LoadedFont font : fonts) {
            builder.useFont(font::open, FONT_FAMILY, font.face().weight(), font.face().style(), true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the document as PDF", e);
        }
        return pdf.toByteArray();
    }

    /** A document carries everything it shows (the signature as a data: URI): it never reads a file or the network. */
    private static boolean isEmbedded(String uri, ExternalResourceType type) {
        return uri != null && uri.startsWith("data:");
    }

    private record FontFace(String resource, int weight, FontStyle style) {

        LoadedFont load() {
            try (InputStream in = DocumentRenderer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is not on the classpath");
                }
                return new LoadedFont(this, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read font " + resource, e);
            }
        }
    }

    private record LoadedFont(FontFace face, byte[] bytes) {

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
