package relais.company.web;

import java.util.List;

import relais.company.Company;

/** The JSON face of a company. */
public record CompanyView(String id, String name, String siren, String siret, String vatNumber, String billingAddress,
        String invoiceEmail, boolean poRequired, String groupId, List<String> emailDomains, String paymentTerms,
        String commissionRate) {

    public static CompanyView of(Company company) {
        return new CompanyView(company.id().toString(), company.name(), company.siren().value(),
                company.siret() == null ? null : company.siret().value(),
                company.vatNumber() == null ? null : company.vatNumber().value(), company.billingAddress(),
                company.invoiceEmail() == null ? null : company.invoiceEmail().value(), company.poRequired(),
                company.groupId() == null ? null : company.groupId().toString(), company.emailDomains(),
                company.paymentTerms().name(), company.commissionRate().stripTrailingZeros().toPlainString());
    }
}
