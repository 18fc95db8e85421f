package relais.freelancer.web;

import java.time.LocalDate;
import java.util.List;

import relais.freelancer.Freelancer;
import relais.shared.MoneyJson;

/** The JSON face of a freelancer. */
public record FreelancerView(String id, String fullName, String email, String siret, String iban, String vatStatus,
        String vatNumber, LocalDate contractSignedOn, String title, List<String> skills, MoneyJson dayRate,
        String address, List<String> languages) {

    public static FreelancerView of(Freelancer f) {
        return new FreelancerView(f.id().toString(), f.fullName(), f.email().value(),
                f.siret() == null ? null : f.siret().value(), f.bankAccount() == null ? null : f.bankAccount().iban(),
                f.vatStatus() == null ? null : f.vatStatus().name(), f.vatNumber() == null ? null : f.vatNumber().value(),
                f.contractSignedOn(), f.title(), f.skills(), MoneyJson.of(f.dayRate()), f.address(), f.languages());
    }
}
