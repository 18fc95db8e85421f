package relais.company.web;

import java.util.List;

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
import relais.shared.NotFoundException;

/** Client companies and their groups, for account managers; a client user reads their own company. */
@RestController
@PreAuthorize("hasRole('ACCOUNT_MANAGER')") // unless an operation says otherwise
@RequestMapping("/api")
class CompanyApi {

    record GroupJson(String id, String name) {
    }

    record GroupRequest(String name) {
    }

    private final CompanyManagement companies;

    CompanyApi(CompanyManagement companies) {
        this.companies = companies;
    }

    @PostMapping("/companies")
    @ResponseStatus(HttpStatus.CREATED)
    CompanyView create(@RequestBody CompanyDetails body) {
        return CompanyView.of(companies.create(body));
    }

    @PutMapping("/companies/{id}")
    CompanyView update(@PathVariable CompanyId id, @RequestBody CompanyDetails body) {
        return CompanyView.of(companies.update(id, body));
    }

    @GetMapping("/companies")
    List<CompanyView> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
        return companies.searchCompanies(q, Math.clamp(limit, 1, 200)).stream().map(CompanyView::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/companies/{id}")
    CompanyView company(@PathVariable CompanyId id, @AuthenticationPrincipal RelaisUser user) {
        if (!user.isAccountManager() && !(user.isClient() && id.value().equals(user.companyId()))) {
            throw NotFoundException.of("company", id);
        }
        return CompanyView.of(companies.companyOrThrow(id));
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    GroupJson createGroup(@RequestBody GroupRequest body) {
        var group = companies.createGroup(body.name());
        return new GroupJson(group.id().toString(), group.name());
    }

    @GetMapping("/groups")
    List<GroupJson> groups() {
        return companies.groups().stream().map(g -> new GroupJson(g.id().toString(), g.name())).toList();
    }
}
