package relais.company;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import relais.shared.EmailAddress;
import relais.shared.Siren;
import relais.shared.Siret;
import relais.shared.VatNumber;

/**
 * A client legal entity. Its mail domains tell which addresses belong to it; public providers never do. Its
 * {@code commissionRate} is the platform's share added to freelancers' rates in what it pays (0.15 = 15 %).
 */
public record Company(CompanyId id, String name, Siren siren, Siret siret, VatNumber vatNumber, String billingAddress,
        EmailAddress invoiceEmail, boolean poRequired, UUID groupId, List<String> emailDomains,
        PaymentTerms paymentTerms, BigDecimal commissionRate) {

    public Company {
        emailDomains = List.copyOf(emailDomains);
    }

    /**
     * What the company still lacks before the platform may invoice it, by field name; empty when ready. Every client
     * company is taken as registered for VAT (a French company buying services for its business is, and invoices
     * to it must carry its number since the 2026 e-invoicing rules), so the VAT number is always needed.
     */
    public List<String> missingToBeInvoiced() {
        var missing = new ArrayList<String>();
        if (billingAddress == null || billingAddress.isBlank()) {
            missing.add("billingAddress");
        }
        if (invoiceEmail == null) {
            missing.add("invoiceEmail");
        }
        if (vatNumber == null) {
            missing.add("vatNumber");
        }
        return List.copyOf(missing);
    }
}
