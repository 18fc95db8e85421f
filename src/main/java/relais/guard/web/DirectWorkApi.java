package relais.guard.web;

import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.guard.GuardManagement;
import relais.guard.PersonRef;
import relais.guard.ProtectedClient;
import relais.guard.engine.BoundFreelancer;
import relais.guard.engine.Verdicts;
import relais.shared.Dates;
import relais.shared.InputCheck;

/** Verdicts and protected clients: a freelancer about themselves, an account manager about anyone. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DirectWorkApi {

    record CompanyRef(String id, String name) {
    }

    record ProtectedClientJson(PersonRef person, CompanyRef company, LocalDate protectedUntil, boolean openEnded,
            String via) {

        static ProtectedClientJson of(ProtectedClient client, LocalDate on) {
            return new ProtectedClientJson(
                    new PersonRef(client.person().id(), client.person().fullName(), client.person().companyOn(on)),
                    client.company() == null ? null : new CompanyRef(client.company().id(), client.company().name()),
                    client.protectedUntil(), client.openEnded(), client.via().name());
        }
    }

    record BoundFreelancerJson(String freelancerId, String freelancerName, PersonRef person, LocalDate protectedUntil,
            boolean openEnded, String via) {
    }

    private final GuardManagement guard;
    private final DirectWorkQuestions questions;

    @GetMapping("/me/direct-work")
    @PreAuthorize("hasRole('FREELANCER')")
    VerdictJson mine(@RequestParam(required = false) String person, @RequestParam(required = false) String email,
            @RequestParam(required = false) String on, @AuthenticationPrincipal RelaisUser user) {
        return questions.mine(user, person, email, on).verdict();
    }

    @GetMapping("/freelancers/{id}/direct-work")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    VerdictJson anyones(@PathVariable FreelancerId id, @RequestParam(required = false) String person,
            @RequestParam(required = false) String email, @RequestParam(required = false) String on,
            @AuthenticationPrincipal RelaisUser user) {
        return questions.about(user, id, person, email, on).verdict();
    }

    @GetMapping("/me/protected-clients")
    @PreAuthorize("hasRole('FREELANCER')")
    List<ProtectedClientJson> myClients(@RequestParam(required = false) String on,
            @AuthenticationPrincipal RelaisUser user) {
        return clients(new FreelancerId(user.freelancerId()), day(on));
    }

    @GetMapping("/freelancers/{id}/protected-clients")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    List<ProtectedClientJson> clientsOf(@PathVariable FreelancerId id, @RequestParam(required = false) String on) {
        return clients(id, day(on));
    }

    @GetMapping("/me/bound-freelancers")
    @PreAuthorize("hasRole('CLIENT')")
    List<BoundFreelancerJson> bound(@RequestParam(required = false) String on, @AuthenticationPrincipal RelaisUser user) {
        LocalDate day = day(on);
        String companyId = user.companyId().toString();
        return guard.boundFreelancers(new CompanyId(user.companyId()), day).stream()
                .map(b -> json(b, companyId)).toList();
    }

    private static BoundFreelancerJson json(BoundFreelancer b, String companyId) {
        return new BoundFreelancerJson(b.freelancerId(), b.freelancerName(),
                new PersonRef(b.personId(), b.personName(), companyId), b.protectedUntil(), b.openEnded(),
                b.via().name());
    }

    private List<ProtectedClientJson> clients(FreelancerId freelancer, LocalDate on) {
        return guard.protectedClients(freelancer, on).stream().map(c -> ProtectedClientJson.of(c, on)).toList();
    }

    private LocalDate day(String on) {
        var check = new InputCheck();
        LocalDate day = check.optional("on", on, () -> Dates.parse(on));
        check.throwIfInvalid();
        return day == null ? guard.today() : day;
    }
}
