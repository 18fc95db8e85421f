package relais.company.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import relais.company.CompanyDetails;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.PersonDetails;
import relais.company.PersonId;
import relais.shared.Ids;
import relais.shared.NotFoundException;

@RestController
@RequestMapping("/api")
class CompanyApi {

    record MoveRequest(String companyId, LocalDate on) {
    }

    record GroupRequest(String name) {
    }

    private final CompanyManagement companies;

    CompanyApi(CompanyManagement companies) {
        this.companies = companies;
    }

    @PostMapping("/companies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    CompanyView create(@RequestBody CompanyDetails body) {
        return CompanyView.of(companies.create(body));
    }

    @PutMapping("/companies/{id}")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    CompanyView update(@PathVariable CompanyId id, @RequestBody CompanyDetails body) {
        return CompanyView.of(companies.update(id, body));
    }

    @GetMapping("/companies")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    List<CompanyView> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
        return companies.searchCompanies(q, Math.clamp(limit, 1, 200)).stream().map(CompanyView::of).toList();
    }

    @GetMapping("/companies/{id}")
    CompanyView company(@PathVariable CompanyId id, @AuthenticationPrincipal RelaisUser user) {
        if (!user.isAccountManager() && !(user.isClient() && id.value().equals(user.companyId()))) {
            throw NotFoundException.of("company", id);
        }
        return CompanyView.of(companies.companyOrThrow(id));
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    Map<String, String> createGroup(@RequestBody GroupRequest body) {
        var group = companies.createGroup(body.name());
        return Map.of("id", group.id().toString(), "name", group.name());
    }

    @GetMapping("/groups")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    List<Map<String, String>> groups() {
        return companies.groups().stream().map(g -> Map.of("id", g.id().toString(), "name", g.name())).toList();
    }

    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PersonView createPerson(@RequestBody PersonDetails body) {
        return PersonView.of(companies.createPerson(body));
    }

    record PersonUpdate(String fullName, List<String> emails) {
    }

    @PutMapping("/people/{id}")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PersonView updatePerson(@PathVariable String id, @RequestBody PersonUpdate body) {
        return PersonView.of(companies.updatePerson(new PersonId(Ids.parse(id, "person")), body.fullName(), body.emails()));
    }

    @PostMapping("/people/{id}/company-moves")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    PersonView move(@PathVariable String id, @RequestBody MoveRequest body) {
        return PersonView.of(companies.move(new PersonId(Ids.parse(id, "person")), body.companyId(), body.on()));
    }

    /** Account managers search everyone; a client user sees the people of their own company. */
    @GetMapping("/people")
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'CLIENT')")
    List<PersonView> people(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String companyId,
            @RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal RelaisUser user) {
        CompanyId company = user.isClient() ? new CompanyId(user.companyId())
                : companyId == null ? null : new CompanyId(Ids.parse(companyId, "company"));
        return companies.searchPeople(q, company, Math.clamp(limit, 1, 200)).stream().map(PersonView::of).toList();
    }

    @GetMapping("/people/{id}")
    PersonView person(@PathVariable String id, @AuthenticationPrincipal RelaisUser user) {
        var person = companies.personOrThrow(new PersonId(Ids.parse(id, "person")));
        if (!user.isAccountManager() && !(user.isClient() && person.companyId().value().equals(user.companyId()))) {
            throw NotFoundException.of("person", id);
        }
        return PersonView.of(person);
    }
}
