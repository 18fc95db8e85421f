package relais.company;

import java.util.List;

/**
 * A company as typed by an account manager (API body or web form), before validation. {@code commissionRate} is a
 * decimal string ("0.15"); absent, the platform's rate applies; absent terms are NET_60.
 */
public record CompanyDetails(String name, String siren, String siret, String vatNumber, String billingAddress,
        String invoiceEmail, Boolean poRequired, String groupId, List<String> emailDomains, PaymentTerms paymentTerms,
        String commissionRate) {
}
