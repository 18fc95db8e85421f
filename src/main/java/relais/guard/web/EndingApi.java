package relais.guard.web;

import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.EndingQuery;
import relais.guard.EndingRelationship;
import relais.guard.EndingRelationships;
import relais.guard.GuardManagement;

/** Protected relationships ending soon: every one for account managers, a freelancer's own for them. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EndingApi {

    record EndingJson(String freelancerId, String personId, String companyId, LocalDate protectedUntil) {

        static EndingJson of(EndingRelationship e) {
            return new EndingJson(e.freelancerId(), e.personId(), e.companyId(), e.protectedUntil());
        }
    }

    private final EndingRelationships ending;
    private final GuardManagement guard;

    @GetMapping("/relationships/ending")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    List<EndingJson> all(@RequestParam(required = false) String within, @RequestParam(required = false) String on) {
        return ending.all(EndingQuery.parse(within, on, guard.today())).stream().map(EndingJson::of).toList();
    }

    @GetMapping("/me/relationships/ending")
    @PreAuthorize("hasRole('FREELANCER')")
    List<EndingJson> mine(@RequestParam(required = false) String within, @RequestParam(required = false) String on,
            @AuthenticationPrincipal RelaisUser user) {
        return ending.of(new FreelancerId(user.freelancerId()), EndingQuery.parse(within, on, guard.today())).stream()
                .map(EndingJson::of).toList();
    }
}
