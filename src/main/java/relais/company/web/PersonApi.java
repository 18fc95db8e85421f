package relais.company.web;

import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.PersonDetails;
import relais.company.PersonId;
import relais.company.PersonManagement;
import relais.shared.NotFoundException;

/** The people of client companies: account managers record and move them; a client user sees their colleagues. */
@RestController
@PreAuthorize("hasRole('ACCOUNT_MANAGER')") // unless an operation says otherwise
@RequestMapping("/api/people")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonApi {

    record PersonUpdate(String fullName, List<String> emails) {
    }

    record MoveRequest(String companyId, LocalDate on) {
    }

    private final PersonManagement people;
    private final CompanyManagement companies;

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonView create(@RequestBody PersonDetails body) {
        return PersonView.of(people.createPerson(body));
    }

    @PutMapping("/{id}")
    PersonView update(@PathVariable PersonId id, @RequestBody PersonUpdate body) {
        return PersonView.of(people.updatePerson(id, body.fullName(), body.emails()));
    }

    @PostMapping("/{id}/company-moves")
    PersonView move(@PathVariable PersonId id, @RequestBody MoveRequest body) {
        return PersonView.of(people.move(id, body.companyId(), body.on()));
    }

    /** Account managers search everyone; a client user sees the people of their own company. */
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    @GetMapping
    List<PersonView> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) CompanyId companyId,
            @RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal RelaisUser user) {
        CompanyId company = user.isClient() ? new CompanyId(user.companyId()) : companyId;
        return companies.searchPeople(q, company, Math.clamp(limit, 1, 200)).stream().map(PersonView::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/{id}")
    PersonView person(@PathVariable PersonId id, @AuthenticationPrincipal RelaisUser user) {
        var person = companies.personOrThrow(id);
        if (!user.isAccountManager() && !(user.isClient() && person.companyId().value().equals(user.companyId()))) {
            throw NotFoundException.of("person", id);
        }
        return PersonView.of(person);
    }
}
