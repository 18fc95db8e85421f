package relais.freelancer.web;

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
import relais.freelancer.FreelancerDetails;
import relais.freelancer.FreelancerId;
import relais.freelancer.FreelancerManagement;
import relais.shared.NotFoundException;

@RestController
@PreAuthorize("hasRole('ACCOUNT_MANAGER')") // unless an operation says otherwise
@RequestMapping("/api")
class FreelancerApi {

    private final FreelancerManagement freelancers;

    FreelancerApi(FreelancerManagement freelancers) {
        this.freelancers = freelancers;
    }

    @PostMapping("/freelancers")
    @ResponseStatus(HttpStatus.CREATED)
    FreelancerView create(@RequestBody FreelancerDetails body) {
        return FreelancerView.of(freelancers.create(body));
    }

    @PutMapping("/freelancers/{id}")
    FreelancerView update(@PathVariable FreelancerId id, @RequestBody FreelancerDetails body) {
        return FreelancerView.of(freelancers.update(id, body));
    }

    @GetMapping("/freelancers")
    List<FreelancerView> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "50") int limit) {
        return freelancers.search(q, Math.clamp(limit, 1, 200)).stream().map(FreelancerView::of).toList();
    }

    /** A freelancer reads their own profile; anyone else's is simply not found. */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/freelancers/{id}")
    FreelancerView freelancer(@PathVariable FreelancerId id, @AuthenticationPrincipal RelaisUser user) {
        if (!user.isAccountManager() && !id.value().equals(user.freelancerId())) {
            throw NotFoundException.of("freelancer", id);
        }
        return FreelancerView.of(freelancers.freelancerOrThrow(id));
    }

    @PreAuthorize("hasRole('FREELANCER')")
    @GetMapping("/me/freelancer")
    FreelancerView me(@AuthenticationPrincipal RelaisUser user) {
        return FreelancerView.of(freelancers.freelancerOrThrow(new FreelancerId(user.freelancerId())));
    }
}
