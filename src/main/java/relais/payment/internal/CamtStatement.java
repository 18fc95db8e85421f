package relais.payment.internal;

import java.time.LocalDate;
import java.util.List;

import relais.shared.Money;

/**
 * What Relais keeps of one statement of a camt.053 document: its ids (message and statement, together unique) and
 * its booked credit entries, numbered by their place among all the statement's entries.
 */
public record CamtStatement(String version, String messageId, String statementId, String accountIban,
        List<Line> lines) {

    public CamtStatement {
        lines = List.copyOf(lines);
    }

    /** A booked credit entry; {@code remittance} joins every piece of text that may name an invoice. */
    public record Line(int position, Money amount, LocalDate bookedOn, String remittance, String debtorName,
            String entryReference) {
    }
}
