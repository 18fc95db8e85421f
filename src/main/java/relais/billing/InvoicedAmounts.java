package relais.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;

/**
 * What a freelancer invoiced a client company, read from the issued invoices: the buy-out fee's base (PROTECTION.md,
 * "Buy-out fee on real amounts").
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InvoicedAmounts {

    private final JdbcClient jdbc;

    /**
     * The net (excl. VAT) of the freelancer's self-billed invoices for that company issued in {@code [from, until)},
     * less the self-billed credit notes against those invoices: a cancelled month was never really invoiced.
     */
    public BigDecimal selfBilledNet(FreelancerId freelancer, CompanyId company, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                select coalesce(sum(case when kind = 'SELF_BILLED' then net else -net end), 0)
                from invoice
                where freelancer_id = :freelancer and company_id = :company
                  and (kind = 'SELF_BILLED' and issued_on >= :from and issued_on < :until
                    or kind = 'SELF_BILLED_CREDIT_NOTE'
                       and credited_invoice_issued_on >= :from and credited_invoice_issued_on < :until)
                """).param("freelancer", freelancer.value()).param("company", company.value())
                .param("from", from).param("until", until).query(BigDecimal.class).single().setScale(2);
    }
}
