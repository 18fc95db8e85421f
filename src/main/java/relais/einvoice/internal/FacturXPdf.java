package relais.einvoice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.xmpbox.XMPMetadata;
import org.mustangproject.Invoice;
import org.mustangproject.ZUGFeRD.PDFAConformanceLevel;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Turns a PDF/A-3b of the visible pages into a Factur-X: Mustang embeds the CII XML as {@code factur-x.xml}
 * (relationship "Alternative": the XML says the same as the pages) and declares it in the XMP metadata with the
 * Factur-X extension schema and the EN 16931 conformance level.
 *
 * <p>The file depends on the invoice alone, never on the moment it is written: every date Mustang would take from the
 * clock (document information, XMP, the attachment's) is the invoice's issue day at midnight in Paris, and the file
 * identifier PDFBox would draw from the clock is a digest of the invoice's number. So a document rendered on its first
 * download, months after the issue, is the one the issue would have given, byte for byte.
 */
public final class FacturXPdf {

    private static final String PRODUCER = "Relais";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private FacturXPdf() {
    }

    /**
     * Adds the XML to the pages still open as rendered and saves the whole once. Mustang only offers to load saved
     * bytes; its exporter keeps the document in a field its subclasses may set, which is what {@link OpenPages}
     * does, so the pages are neither saved nor parsed an extra time. Whoever opened {@code pages} closes it.
     */
    public static byte[] attach(PDDocument pages, Invoice invoice, String number, LocalDate issuedOn)
            throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        var exporter = new OpenPages(pages, issuedOn, number)
                .setProducer(PRODUCER)
                .setCreator(PRODUCER)
                .setCreatorTool(PRODUCER)
                .setConformanceLevel(PDFAConformanceLevel.BASIC)
                .setProfile(CrossIndustryInvoice.PROFILE);
        exporter.setTransaction(invoice);
        exporter.export(out);
        return out.toByteArray();
    }

    /** Mustang's exporter on a document already open, dating it on the issue day instead of now. */
    private static final class OpenPages extends ZUGFeRDExporterFromA3 {

        private final LocalDate issuedOn;
        private final String number;

        OpenPages(PDDocument pages, LocalDate issuedOn, String number) {
            this.doc = pages;
            this.issuedOn = issuedOn;
            this.number = number;
        }

        @Override
        protected void writeDublinCoreSchema(XMPMetadata xmp) {
            super.writeDublinCoreSchema(xmp);
            var dc = xmp.getDublinCoreSchema();
            List<Calendar> dates = dc.getDates() == null ? List.of() : List.copyOf(dc.getDates());
            if (!dates.isEmpty()) {
                dates.forEach(dc::removeDate);
                dc.addDate(issued());
            }
        }

        @Override
        protected void writeXMLBasicSchema(XMPMetadata xmp) {
            super.writeXMLBasicSchema(xmp);
            var basic = xmp.getXMPBasicSchema();
            if (basic.getCreateDate() != null) {
                basic.setCreateDate(issued());
            }
            if (basic.getModifyDate() != null) {
                basic.setModifyDate(issued());
            }
            if (basic.getMetadataDate() != null) {
                basic.setMetadataDate(issued());
            }
        }

        @Override
        protected void writeDocumentInformation() {
            super.writeDocumentInformation();
            var info = doc.getDocumentInformation();
            info.setCreationDate(issued());
            info.setModificationDate(issued());
        }

        @Override
        public void export(OutputStream output) throws IOException {
            dateAttachments();
            byte[] id = identifier();
            doc.getDocument().getTrailer().setItem(COSName.ID,
                    new COSArray(List.of(new COSString(id), new COSString(id))));
            super.export(output);
        }

        /** Mustang dates the embedded XML when it attaches it; it is the invoice's, so it takes the issue day. */
        private void dateAttachments() throws IOException {
            var names = new PDDocumentNameDictionary(doc.getDocumentCatalog()).getEmbeddedFiles();
            if (names == null || names.getNames() == null) {
                return;
            }
            for (PDComplexFileSpecification file : names.getNames().values()) {
                var embedded = file.getEmbeddedFile();
                if (embedded != null) {
                    embedded.setCreationDate(issued());
                    embedded.setModDate(issued());
                }
            }
        }

        private Calendar issued() {
            return GregorianCalendar.from(issuedOn.atStartOfDay(PARIS));
        }

        private byte[] identifier() {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(number.getBytes(StandardCharsets.UTF_8));
                return Arrays.copyOf(digest, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
