package relais.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import relais.shared.CursorJdbc;
import relais.shared.PlatformDates;

/**
 * The issued documents for the books (the accounting export): read in issue order through a database cursor, so a
 * year of documents is never held in memory at once.
 */
@Service
public class InvoiceLedger {

    /** Rows fetched per round trip while a year is read. */
    static final int FETCH_SIZE = 500;

    private static final String SELECT = """
            select i.id, i.number, i.kind, i.issued_on, i.currency, i.net, i.vat, i.total, i.credited_invoice_number,
                   i.created_at, i.buyer ->> 'siren' as buyer_siren, i.buyer ->> 'name' as buyer_name,
                   i.seller ->> 'siren' as seller_siren, i.seller ->> 'name' as seller_name, c.code as freelancer_code
            from invoice i left join billing_freelancer_code c on c.freelancer_id = i.freelancer_id
            """;

    private final JdbcClient jdbc;

    InvoiceLedger(DataSource dataSource) {
        this.jdbc = CursorJdbc.client(dataSource, FETCH_SIZE);
    }

    /**
     * Every document issued in {@code year}, of every kind and status, by issue date, then in the order written.
     * Runs in the caller's transaction, which must be open (PostgreSQL reads through a cursor only inside one); the
     * caller closes the stream.
     */
    public Stream<LedgerInvoice> issuedIn(Year year) {
        return jdbc.sql(SELECT + """
                where i.issued_on >= :from and i.issued_on < :until
                order by i.issued_on, i.created_at, i.number""")
                .param("from", year.atDay(1)).param("until", year.plusYears(1).atDay(1))
                .query(InvoiceLedger::ledgerInvoice).stream();
    }

    /** The documents with these ids (those that exist), for the entries that refer to them: payments, payouts. */
    public Map<InvoiceId, LedgerInvoice> byIds(Collection<InvoiceId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where i.id in (:ids)")
                .param("ids", ids.stream().map(InvoiceId::value).distinct().toList())
                .query(InvoiceLedger::ledgerInvoice).stream()
                .collect(Collectors.toMap(LedgerInvoice::id, Function.identity()));
    }

    private static LedgerInvoice ledgerInvoice(ResultSet rs, int row) throws SQLException {
        var kind = InvoiceKind.valueOf(rs.getString("kind"));
        String code;
        String name;
        if (kind.isClients()) {
            code = rs.getString("buyer_siren");
            name = rs.getString("buyer_name");
        } else {
            boolean freelancerSells = kind != InvoiceKind.EARLY_PAYMENT_FEE;
            String freelancerCode = rs.getString("freelancer_code");
            code = freelancerCode != null ? freelancerCode : rs.getString(freelancerSells ? "seller_siren" : "buyer_siren");
            name = rs.getString(freelancerSells ? "seller_name" : "buyer_name");
        }
        LocalDate recordedOn = rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(PlatformDates.PARIS)
                .toLocalDate();
        return new LedgerInvoice(new InvoiceId(rs.getObject("id", UUID.class)), rs.getString("number"), kind,
                rs.getObject("issued_on", LocalDate.class), rs.getString("currency").strip(), rs.getBigDecimal("net"),
                rs.getBigDecimal("vat"), rs.getBigDecimal("total"), rs.getString("credited_invoice_number"), code, name,
                recordedOn);
    }
}
