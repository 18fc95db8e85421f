package relais.freelancer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import relais.shared.EmailAddress;
import relais.shared.Money;
import relais.shared.Siret;
import relais.shared.VatNumber;

class FreelancerTest {

    static Freelancer complete() {
        return new Freelancer(new FreelancerId(java.util.UUID.randomUUID()), "Léa Dubois", new EmailAddress("lea@example.fr"),
                new Siret("44306184100047"), new BankAccount("FR7630006000011234567890189"), VatStatus.FRANCHISE, null,
                LocalDate.of(2024, 1, 5), "Développeuse", List.of("Java"), Money.euros("650.00"),
                "5 rue Mercière, 69002 Lyon", List.of("fr"));
    }

    @Test
    void aCompleteProfileMayAccept() {
        assertThat(complete().missingToAccept()).isEmpty();
        assertThat(complete().readyToAccept()).isTrue();
    }

    @Test
    void namesEveryMissingFieldInTheApiSpelling() {
        var f = complete();
        var empty = new Freelancer(f.id(), f.fullName(), f.email(), null, null, null, null, null, null, List.of(), null,
                " ", List.of());
        assertThat(empty.missingToAccept()).containsExactly("siret", "iban", "vatStatus", "address", "contractSignedOn");
    }

    @Test
    void anInvoiceNeedsTheSiretTheVatStatusAndTheAddressOnly() {
        var f = complete();
        var empty = new Freelancer(f.id(), f.fullName(), f.email(), null, null, null, null, null, null, List.of(), null,
                " ", List.of());
        assertThat(empty.missingToBeInvoiced()).containsExactly("siret", "vatStatus", "address");
        assertThat(complete().missingToBeInvoiced()).isEmpty();
    }

    @Test
    void aLiableFreelancerNeedsTheirVatNumber() {
        var f = complete();
        var liable = new Freelancer(f.id(), f.fullName(), f.email(), f.siret(), f.bankAccount(), VatStatus.LIABLE, null,
                f.contractSignedOn(), f.title(), f.skills(), f.dayRate(), f.address(), f.languages());
        assertThat(liable.missingToAccept()).containsExactly("vatNumber");
        var withNumber = new Freelancer(f.id(), f.fullName(), f.email(), f.siret(), f.bankAccount(), VatStatus.LIABLE,
                new VatNumber("FR83404833048"), f.contractSignedOn(), f.title(), f.skills(), f.dayRate(), f.address(),
                f.languages());
        assertThat(withNumber.missingToAccept()).isEmpty();
    }

    @Test
    void clientsSeeTheFirstNameAndTheInitialOfTheLastName() {
        assertThat(complete().displayName()).isEqualTo("Léa D.");
    }
}
