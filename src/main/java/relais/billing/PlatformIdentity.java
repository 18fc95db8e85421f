package relais.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import relais.freelancer.BankAccount;
import relais.shared.Siren;
import relais.shared.VatNumber;

/**
 * Who the platform is on its invoices ({@code relais.platform.*}): the seller to clients and the buyer from
 * freelancers, and the account clients pay into.
 */
@ConfigurationProperties("relais.platform")
public record PlatformIdentity(String name, String siren, String vatNumber, String address, String iban,
        String email) {

    /** A platform that could not legally invoice stops Relais at start rather than on its first invoice. */
    public PlatformIdentity {
        if (name == null || name.isBlank() || address == null || address.isBlank()) {
            throw new IllegalArgumentException("relais.platform.name and relais.platform.address are required");
        }
        siren = new Siren(siren).value();
        vatNumber = new VatNumber(vatNumber).value();
        iban = new BankAccount(iban).iban();
    }

    public Invoice.Party party() {
        return new Invoice.Party(name, siren, null, vatNumber, address, email);
    }
}
