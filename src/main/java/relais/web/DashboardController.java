package relais.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.mission.MissionManagement;

/** The home page: each role lands on its own dashboard. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DashboardController {

    private final MissionManagement missions;
    private final CompanyManagement companies;
    private final FreelancerManagement freelancers;
    private final relais.report.ReportManagement reports;
    private final java.time.Clock clock;
    private final relais.payment.CashForecasts cashForecasts;

    @GetMapping("/")
    String home(@AuthenticationPrincipal RelaisUser user, Model model) {
        return switch (user.role()) {
            case FREELANCER -> {
                model.addAttribute("freelancer", freelancers.freelancerOrThrow(new FreelancerId(user.freelancerId())));
                model.addAttribute("missions", missions.overviews(missions.missionsOf(new FreelancerId(user.freelancerId()))));
                yield "dashboard/freelancer";
            }
            case CLIENT -> {
                model.addAttribute("company", companies.companyOrThrow(new CompanyId(user.companyId())));
                model.addAttribute("missions", missions.overviews(missions.missionsWith(new CompanyId(user.companyId()))));
                yield "dashboard/client";
            }
            case ACCOUNT_MANAGER -> {
                model.addAttribute("missions", missions.overviews(missions.search("", 10)));
                var open = reports.openQueue();
                var today = java.time.LocalDate.now(clock);
                model.addAttribute("openCases", open.size());
                model.addAttribute("overdueCases", open.stream().filter(r -> r.isOverdue(today)).count());
                model.addAttribute("cash", cashForecasts.weekly());
                yield "dashboard/manager";
            }
        };
    }
}
