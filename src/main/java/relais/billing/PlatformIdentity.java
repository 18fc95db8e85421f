package relais.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the platform is on its invoices ({@code relais.platform.*}): the seller to clients and the buyer from
 * freelancers, and the account clients pay into.
 */
@ConfigurationProperties("relais.platform")
public record PlatformIdentity(String name, String siren, String vatNumber, String address, String iban,
        String email) {

    public Invoice.Party party() {
        return new Invoice.Party(name, siren, null, vatNumber, address, email);
    }
}
