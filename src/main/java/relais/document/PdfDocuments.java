package relais.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdfwriter.compress.COSWriterCompressionPool;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

    /** Read from the application once, parsed once per rendering running at the same time (not per document). */
    private static final ParsedFonts FONTS_PARSED = new ParsedFonts(font("DejaVuSans.ttf"), font("DejaVuSans-Bold.ttf"));

    static {
        XmlFactories.remember();
    }

    /**
     * What becomes of a rendered document before it is closed: it must be saved, as bytes, by this code (PDFBox writes
     * the font subsets at the save). Factur-X adds its XML and metadata to the open document, then saves it once.
     */
    @FunctionalInterface
    public interface Completion {
        byte[] save(PDDocument rendered) throws IOException;
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

    /**
     * The PDF/A-3b of {@link #renderArchivable(String, Map, Locale)}, handed open to {@code completion}, which adds to
     * it and saves it: what a Factur-X needs, without saving the pages and parsing them again.
     */
    public byte[] renderArchivable(String template, Map<String, ?> model, Locale locale, Completion completion) {
        return render(template, model, locale, true, completion);
    }

    private byte[] render(String template, Map<String, ?> model, Locale locale, boolean archivable) {
        return render(template, model, locale, archivable, PdfDocuments::save);
    }

    private byte[] render(String template, Map<String, ?> model, Locale locale, boolean archivable,
            Completion completion) {
        String xhtml = xhtml(template, model, locale);
        var faces = FONTS_PARSED.borrow();
        try (var document = new PDDocument()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            if (archivable) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B);
                builder.useColorProfile(SRGB_PROFILE);
            }
            builder.useFont(embedded(document, faces.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(embedded(document, faces.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            return completion.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the document " + template, e);
        } finally {
            // Only now: the save above subset the fonts from these parsed faces.
            FONTS_PARSED.giveBack(faces);
        }
    }

    /** How many font pairs were parsed since the start (tests check they are reused). */
    static int parsedFonts() {
        return FONTS_PARSED.parsedCount();
    }

    /** The face as a subset font of this document, made when the layout first needs it. */
    private static PDFontSupplier embedded(PDDocument document, TrueTypeFont face) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                try {
                    if (font == null) {
                        font = PDType0Font.load(document, face, true);
                    }
                    return font;
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not embed the document font", e);
                }
            }
        };
    }

    /** Saved as openhtmltopdf saves: object streams only from PDF 1.5 on (PDF/A-3 is PDF 1.7). */
    private static byte[] save(PDDocument document) throws IOException {
        var pdf = new ByteArrayOutputStream();
        document.save(pdf, document.getVersion() < COSWriterCompressionPool.MINIMUM_SUPPORTED_VERSION
                ? CompressParameters.NO_COMPRESSION : CompressParameters.DEFAULT_COMPRESSION);
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
