package relais.company;

import java.util.List;

/** A company as typed by an account manager (API body or web form), before validation. */
public record CompanyDetails(String name, String siren, String siret, String vatNumber, String billingAddress,
        String invoiceEmail, Boolean poRequired, String groupId, List<String> emailDomains) {
}
