package relais.freelancer;

import java.time.LocalDate;
import java.util.List;

import relais.shared.MoneyJson;

/** A freelancer as typed by an account manager, before validation; a password opens their login. */
public record FreelancerDetails(String fullName, String email, String siret, String iban, VatStatus vatStatus,
        String vatNumber, LocalDate contractSignedOn, String title, List<String> skills, MoneyJson dayRate,
        String password, String address, List<String> languages) {
}
