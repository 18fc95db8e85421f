package relais.freelancer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import relais.shared.EmailAddress;
import relais.shared.Money;
import relais.shared.Siret;
import relais.shared.VatNumber;

/**
 * A freelancer's profile; a VAT number goes with the LIABLE status only. {@code languages} are ISO 639-1 codes;
 * {@code address} is their postal address, which invoices need.
 */
public record Freelancer(FreelancerId id, String fullName, EmailAddress email, Siret siret, BankAccount bankAccount,
        VatStatus vatStatus, VatNumber vatNumber, LocalDate contractSignedOn, String title, List<String> skills,
        Money dayRate, String address, List<String> languages) {

    public Freelancer {
        skills = List.copyOf(skills);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /**
     * What the profile still lacks before the freelancer may accept an invitation (and so be invoiced through the
     * platform): the names of the missing fields, in the API's spelling; empty when ready.
     */
    public List<String> missingToAccept() {
        var missing = new ArrayList<String>();
        if (siret == null) {
            missing.add("siret");
        }
        if (bankAccount == null) {
            missing.add("iban");
        }
        if (vatStatus == null) {
            missing.add("vatStatus");
        } else if (vatStatus == VatStatus.LIABLE && vatNumber == null) {
            missing.add("vatNumber");
        }
        if (address == null || address.isBlank()) {
            missing.add("address");
        }
        if (contractSignedOn == null) {
            missing.add("contractSignedOn");
        }
        return List.copyOf(missing);
    }

    /**
     * What a self-billed invoice must name and this profile lacks: the SIRET (and so the SIREN), the VAT status that
     * decides the rate, and the address.
     */
    public List<String> missingToBeInvoiced() {
        var missing = new ArrayList<String>();
        if (siret == null) {
            missing.add("siret");
        }
        if (vatStatus == null) {
            missing.add("vatStatus");
        }
        if (address == null || address.isBlank()) {
            missing.add("address");
        }
        return List.copyOf(missing);
    }

    public boolean readyToAccept() {
        return missingToAccept().isEmpty();
    }

    /** "Léa D." — how a client sees the freelancer before choosing them. */
    public String displayName() {
        String[] parts = fullName.trim().split("\\s+");
        if (parts.length < 2) {
            return parts[0];
        }
        return parts[0] + " " + parts[parts.length - 1].substring(0, 1).toUpperCase() + ".";
    }
}
