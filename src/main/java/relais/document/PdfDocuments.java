package relais.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a document template to PDF. Templates are XHTML (Thymeleaf's XML mode keeps them well formed, which the
 * PDF renderer needs), say their texts with the application's messages, and are set in DejaVu Sans, embedded in
 * every file: it has the French accents, the narrow no-break space and €, and an embedded font is what PDF/A (and
 * so Factur-X) requires.
 */
@Service
public class PdfDocuments {

    /** The family name templates use in CSS: {@code font-family: 'DejaVu Sans'}. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "/documents/fonts/";

    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Read from the application once: a render then parses them from memory, not from the jar. */
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    static {
        XmlFactories.remember();
    }

    private final SpringTemplateEngine templates;

    public PdfDocuments(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates = new SpringTemplateEngine();
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
    }

    /** The XHTML the template gives for this model, before it becomes a PDF (what tests and previews read). */
    public String xhtml(String template, Map<String, ?> model, Locale locale) {
        var context = new Context(locale);
        model.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** The PDF of the template for this model, in the reader's language. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        return render(template, model, locale, false);
    }

    /**
     * The PDF/A-3b of the template for this model: a file meant to be kept for years (an invoice), which can carry
     * attachments such as the XML of a Factur-X. Besides the embedded font, PDF/A wants the colours tied to a
     * declared profile: the JDK's sRGB profile is given as the output intent. The template's {@code <title>} becomes
     * the document's title in its metadata.
     */
    public byte[] renderArchivable(String template, Map<String, ?> model, Locale locale) {
        return render(template, model, locale, true);
    }

    private byte[] render(String template, Map<String, ?> model, Locale locale, boolean archivable) {
        String xhtml = xhtml(template, model, locale);
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (archivable) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
                builder.useColorProfile(SRGB_PROFILE);
            }
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the document " + template, e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream stream = PdfDocuments.class.getResourceAsStream(FONTS + file)) {
            if (stream == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }
}
