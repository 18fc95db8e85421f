package relais.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One accounting entry (écriture): lines on one journal, one date and one supporting document, whose debits equal
 * its credits. An unbalanced entry cannot be built.
 *
 * @param validDate the day the entry was recorded in Relais (ValidDate)
 */
public record FecEntry(FecJournal journal, LocalDate date, String pieceRef, LocalDate pieceDate, String label,
        LocalDate validDate, List<Line> lines) {

    /**
     * One line: an amount on the debit or the credit side of an account, with the auxiliary account (client company,
     * freelancer) where the account has one.
     */
    public record Line(FecAccount account, String auxiliaryNumber, String auxiliaryLabel, BigDecimal debit,
            BigDecimal credit) {

        public Line {
            if (debit.signum() < 0 || credit.signum() < 0 || (debit.signum() == 0) == (credit.signum() == 0)) {
                throw new IllegalArgumentException("a line is either a debit or a credit, positive: " + debit + " / " + credit);
            }
        }

        public static Line debit(FecAccount account, BigDecimal amount) {
            return new Line(account, null, null, amount, BigDecimal.ZERO);
        }

        public static Line credit(FecAccount account, BigDecimal amount) {
            return new Line(account, null, null, BigDecimal.ZERO, amount);
        }

        public static Line debit(FecAccount account, String auxiliaryNumber, String auxiliaryLabel, BigDecimal amount) {
            return new Line(account, auxiliaryNumber, auxiliaryLabel, amount, BigDecimal.ZERO);
        }

        public static Line credit(FecAccount account, String auxiliaryNumber, String auxiliaryLabel, BigDecimal amount) {
            return new Line(account, auxiliaryNumber, auxiliaryLabel, BigDecimal.ZERO, amount);
        }
    }

    public FecEntry {
        lines = List.copyOf(lines);
        if (lines.size() < 2) {
            throw new IllegalArgumentException("an entry has at least two lines: " + pieceRef);
        }
        if (totalDebit(lines).compareTo(totalCredit(lines)) != 0) {
            throw new IllegalArgumentException("entry " + pieceRef + " is not balanced: debit " + totalDebit(lines)
                    + ", credit " + totalCredit(lines));
        }
    }

    public BigDecimal totalDebit() {
        return totalDebit(lines);
    }

    private static BigDecimal totalDebit(List<Line> lines) {
        return lines.stream().map(Line::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal totalCredit(List<Line> lines) {
        return lines.stream().map(Line::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
