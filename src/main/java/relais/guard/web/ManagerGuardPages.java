package relais.guard.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.guard.GuardManagement;
import relais.guard.Voice;
import relais.guard.internal.GuardRecords;

/**
 * Account managers: the guard's home, and every relationship of a freelancer or a company with its window and reasons.
 * Policies, claims and referral declarations have their own pages.
 */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
class ManagerGuardPages {

    private final GuardManagement guard;
    private final GuardRecords records;
    private final FreelancerManagement freelancers;
    private final CompanyManagement companies;

    ManagerGuardPages(GuardManagement guard, GuardRecords records, FreelancerManagement freelancers,
            CompanyManagement companies) {
        this.guard = guard;
        this.records = records;
        this.freelancers = freelancers;
        this.companies = companies;
    }

    @GetMapping("/guard")
    String home(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("freelancers", freelancers.search(q, 50));
        model.addAttribute("companies", companies.searchCompanies(q, 50));
        model.addAttribute("claims", records.pendingClaims());
        model.addAttribute("declarations", records.pendingDeclarations());
        model.addAttribute("policies", records.policyVersions());
        return "guard/manager";
    }

    @GetMapping("/guard/freelancers/{id}")
    String freelancer(@PathVariable("id") FreelancerId freelancerId, Model model) {
        var freelancer = freelancers.freelancerOrThrow(freelancerId);
        LocalDate today = guard.today();
        var facts = guard.factsOf(freelancerId);
        model.addAttribute("freelancer", freelancer);
        // An account manager reads about the freelancer, by name: never "your relationships".
        model.addAttribute("voice", Voice.about(freelancer.fullName()));
        model.addAttribute("aboutName", freelancer.fullName());
        model.addAttribute("today", today);
        model.addAttribute("relationships", guard.relationships(freelancerId, today));
        model.addAttribute("chart", TimelineChart.of(guard.timeline(freelancerId), today));
        model.addAttribute("facts", facts);
        model.addAttribute("assessments", guard.referralAssessments(facts));
        model.addAttribute("releases", guard.releasesOf(freelancerId));
        model.addAttribute("claims", records.claimsOf(freelancerId));
        var declarations = records.declarationsOf(freelancerId);
        model.addAttribute("declarations", declarations);
        model.addAttribute("declaredNames", DeclarationNames.confirmed(declarations, facts));
        model.addAttribute("names", guard.personNames(Stream.concat(
                facts.people().keySet().stream(), guard.releasesOf(freelancerId).stream()
                        .map(r -> r.personId()).filter(p -> p != null))
                .map(UUID::fromString).distinct().toList()));
        return "guard/freelancer";
    }

    @GetMapping("/guard/companies/{id}")
    String company(@PathVariable CompanyId id, Model model) {
        var company = companies.companyOrThrow(id);
        LocalDate today = guard.today();
        model.addAttribute("company", company);
        model.addAttribute("today", today);
        model.addAttribute("freelancers", guard.relationshipsAt(company.id(), today));
        return "guard/company";
    }
}
