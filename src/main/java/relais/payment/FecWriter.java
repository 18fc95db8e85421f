package relais.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes entries as the lines of a FEC file (article A.47 A-1 of the Livre des procédures fiscales): a header, then
 * one line per entry line in the 18 standard columns, tab separated; dates as {@code yyyyMMdd}, amounts with a
 * decimal comma and no thousands separator. Entries are numbered per journal as they come (1, 2, 3… with no gap),
 * so they must come in date order. Holds nothing but the counters: memory does not grow with the file.
 */
public final class FecWriter {

    public static final String HEADER = String.join("\t", "JournalCode", "JournalLib", "EcritureNum", "EcritureDate",
            "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit",
            "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");

    /** Windows line ends, as the accounting software that reads FEC files expects them. */
    static final String LINE_END = "\r\n";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Tabs, line breaks and every other control or separator character would break the columns or the lines. */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u0085]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final Writer out;
    private final Map<FecJournal, Integer> lastNumber = new EnumMap<>(FecJournal.class);
    private long entries;
    private long lines;

    /** Writes the header at once. */
    public FecWriter(Writer out) {
        this.out = out;
        put(HEADER);
        put(LINE_END);
    }

    public void write(FecEntry entry) {
        int number = lastNumber.merge(entry.journal(), 1, Integer::sum);
        String ecritureNum = entryNumber(entry.journal(), number);
        for (FecEntry.Line line : entry.lines()) {
            put(entry.journal().name());
            column(entry.journal().label());
            column(ecritureNum);
            column(date(entry.date()));
            column(line.account().number());
            column(line.account().label());
            column(text(line.auxiliaryNumber()));
            column(text(line.auxiliaryLabel()));
            column(text(entry.pieceRef()));
            column(date(entry.pieceDate()));
            column(text(entry.label()));
            column(amount(line.debit()));
            column(amount(line.credit()));
            column("");
            column("");
            column(date(entry.validDate()));
            column("");
            column("");
            put(LINE_END);
            lines++;
        }
        entries++;
    }

    public long entries() {
        return entries;
    }

    public long lines() {
        return lines;
    }

    /** VE000001, AC000001, BQ000001…: sequential within the journal and the year. */
    static String entryNumber(FecJournal journal, int number) {
        return journal.name() + String.format("%06d", number);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** 1234,50: two decimals, a comma, no thousands separator. */
    static String amount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** A label on one line and in one column: control characters become a space, spaces are not doubled. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return SPACES.matcher(UNSAFE.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
    }

    private void column(String value) {
        put("\t");
        put(value);
    }

    private void put(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
