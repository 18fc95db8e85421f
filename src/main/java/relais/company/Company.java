package relais.company;

import java.util.List;
import java.util.UUID;

import relais.shared.EmailAddress;
import relais.shared.Siren;
import relais.shared.Siret;
import relais.shared.VatNumber;

/** A client legal entity. Its mail domains tell which addresses belong to it; public providers never do. */
public record Company(CompanyId id, String name, Siren siren, Siret siret, VatNumber vatNumber, String billingAddress,
        EmailAddress invoiceEmail, boolean poRequired, UUID groupId, List<String> emailDomains) {

    public Company {
        emailDomains = List.copyOf(emailDomains);
    }
}
