package relais.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The document font's regular and bold faces, parsed once and lent to one document at a time. Parsing a TrueType
 * file (its tables, its character map, its glyph widths) was about a sixth of a Factur-X's CPU when openhtmltopdf
 * did it again for every document. A parsed font reads its glyphs lazily from its data, so two documents never share
 * one at once: each rendering borrows a pair and gives it back after the document is saved (PDFBox subsets the font
 * at the save, from this same parsed font). The pool grows to the number of renderings ever run at once, and keeps
 * at most {@link #KEPT} pairs for the next ones.
 */
final class ParsedFonts {

    static final int KEPT = 8;

    /** One regular and one bold face, for one document at a time. */
    record Faces(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final byte[] regular;
    private final byte[] bold;
    private final Queue<Faces> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger parsed = new AtomicInteger();

    ParsedFonts(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** A pair no other document is using, parsed now if every kept pair is lent. */
    Faces borrow() {
        var faces = idle.poll();
        if (faces != null) {
            return faces;
        }
        parsed.incrementAndGet();
        return new Faces(parse(regular), parse(bold));
    }

    /** Gives a pair back once its document is saved (or given up). */
    void giveBack(Faces faces) {
        if (idle.size() < KEPT) {
            idle.add(faces);
        }
    }

    /** How many pairs were parsed so far: as many as renderings ever ran at once, not one per document. */
    int parsedCount() {
        return parsed.get();
    }

    private static TrueTypeFont parse(byte[] font) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not parse the document font", e);
        }
    }
}
