package relais.freelancer;

import java.time.LocalDate;
import java.util.List;

import relais.shared.EmailAddress;
import relais.shared.Money;
import relais.shared.Siret;
import relais.shared.VatNumber;

/** A freelancer's profile; a VAT number goes with the LIABLE status only. */
public record Freelancer(FreelancerId id, String fullName, EmailAddress email, Siret siret, BankAccount bankAccount,
        VatStatus vatStatus, VatNumber vatNumber, LocalDate contractSignedOn, String title, List<String> skills,
        Money dayRate) {

    public Freelancer {
        skills = List.copyOf(skills);
    }
}
