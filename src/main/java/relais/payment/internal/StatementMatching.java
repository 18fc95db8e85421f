package relais.payment.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import relais.billing.Invoice;
import relais.billing.InvoiceStatus;
import relais.shared.Money;

/**
 * Which invoices a statement line pays. The line names client invoice numbers (F-YYYY-NNNNN, any case, anywhere in
 * its text, never as part of a longer number). One invoice named: paid with the line's amount when it can take it
 * (partly or fully). Several named: each is paid in full, and only when the line's amount is exactly what they
 * still owe together; a bank transfer covering several invoices is made for their sum, anything else needs a
 * person. Anything unclear leaves the line unmatched, with the reason.
 */
public final class StatementMatching {

    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])F-(\\d{4})-(\\d{5})(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    /** Why a line was left for a person to settle. */
    public enum Reason {
        NO_REFERENCE, UNKNOWN_INVOICE, CANCELLED, TOO_MUCH, AMOUNT_MISMATCH, CURRENCY
    }

    /** One invoice's share of a line. */
    public record Share(Invoice invoice, Money amount) {
    }

    /** Either the shares (matched) or the reason (unmatched); {@code numbers} are those the line names. */
    public record Outcome(List<String> numbers, List<Share> shares, Reason reason) {

        public boolean matched() {
            return reason == null;
        }
    }

    private StatementMatching() {
    }

    /** The invoice numbers a text names, upper-cased, each once, in the order written. */
    public static Set<String> numbers(String text) {
        var found = new LinkedHashSet<String>();
        if (text != null) {
            var matcher = NUMBER.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group().toUpperCase(Locale.ROOT));
            }
        }
        return found;
    }

    /** What the line pays, given the client invoices by number as they stand now. */
    public static Outcome match(Money amount, String remittance, Map<String, Invoice> invoices) {
        List<String> numbers = List.copyOf(numbers(remittance));
        if (numbers.isEmpty()) {
            return unmatched(numbers, Reason.NO_REFERENCE);
        }
        var named = new ArrayList<Invoice>();
        for (String number : numbers) {
            Invoice invoice = invoices.get(number);
            if (invoice == null) {
                return unmatched(numbers, Reason.UNKNOWN_INVOICE);
            }
            if (invoice.status() == InvoiceStatus.CANCELLED) {
                return unmatched(numbers, Reason.CANCELLED);
            }
            if (!invoice.amountDue().currency().equals(amount.currency())) {
                return unmatched(numbers, Reason.CURRENCY);
            }
            named.add(invoice);
        }
        if (named.size() == 1) {
            Invoice invoice = named.getFirst();
            return amount.amount().compareTo(invoice.amountDue().amount()) > 0
                    ? unmatched(numbers, Reason.TOO_MUCH)
                    : new Outcome(numbers, List.of(new Share(invoice, amount)), null);
        }
        BigDecimal owed = named.stream().map(i -> i.amountDue().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (owed.compareTo(amount.amount()) != 0 || named.stream().anyMatch(i -> i.amountDue().amount().signum() == 0)) {
            return unmatched(numbers, Reason.AMOUNT_MISMATCH);
        }
        return new Outcome(numbers, named.stream().map(i -> new Share(i, i.amountDue())).toList(), null);
    }

    private static Outcome unmatched(List<String> numbers, Reason reason) {
        return new Outcome(numbers, List.of(), reason);
    }
}
