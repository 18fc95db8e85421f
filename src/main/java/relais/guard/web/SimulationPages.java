package relais.guard.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import relais.guard.GuardManagement;
import relais.guard.PolicySimulations;
import relais.guard.SimulatedPolicy;

/** The policy simulator's page: the hypothesis, then what it would change, by company and with examples. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SimulationPages {

    record SimulationForm(String protectionMonths, String countReferrals, String on) {
        static SimulationForm empty() {
            return new SimulationForm("", "true", "");
        }
    }

    private final PolicySimulations simulations;
    private final GuardManagement guard;
    private final relais.shared.web.FormSubmission submission;

    @GetMapping("/guard/simulations")
    String form(Model model) {
        return draw(model, SimulationForm.empty(), Map.of());
    }

    /** The simulation only reads, so the answer is drawn at once rather than after a redirect. */
    @PostMapping("/guard/simulations")
    String simulate(SimulationForm form, Model model) {
        return submission.attempt(() -> {
            var policy = SimulatedPolicy.parse(form.protectionMonths(), form.countReferrals(), form.on(), guard.today());
            model.addAttribute("result", simulations.simulate(policy));
            return draw(model, form, Map.of());
        }, errors -> draw(model, form, errors));
    }

    private String draw(Model model, SimulationForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("result")) {
            model.addAttribute("result", null);
        }
        return "guard/simulation";
    }
}
