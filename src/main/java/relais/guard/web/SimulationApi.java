package relais.guard.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import relais.guard.GuardManagement;
import relais.guard.PolicySimulations;
import relais.guard.SimulatedPair;
import relais.guard.SimulatedPolicy;
import relais.guard.SimulationCounts;
import relais.guard.SimulationResult;
import relais.guard.Verdict;
import relais.guard.VerdictTexts;
import relais.guard.Voice;

/** The policy simulator for account managers: what a hypothetical policy would change, computed without writing. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SimulationApi {

    /** Read as raw values so that a wrong type gets its field message from SimulatedPolicy.parse. */
    record SimulationBody(@Schema(types = "integer", example = "12") Object protectionMonths,
            @Schema(types = "boolean") Object countReferrals,
            @Schema(types = "string", format = "date") Object on) {
    }

    record CountsJson(LocalDate on, long protectedNow, long protectedSimulated, long becomeFree, long becomeProtected) {

        static CountsJson of(SimulationCounts c) {
            return new CountsJson(c.on(), c.protectedNow(), c.protectedSimulated(), c.becomeFree(), c.becomeProtected());
        }
    }

    record CompanyJson(String companyId, String companyName, long becomeFree, long becomeProtected) {
    }

    record SideJson(String verdict, LocalDate protectedUntil, boolean openEnded, LocalDate freeFrom, String headline,
            List<String> reasons) {
    }

    record ExampleJson(String freelancerId, String freelancerName, String personId, String personName,
            String companyName, SideJson now, SideJson simulated) {
    }

    record ResultJson(LocalDate on, long protectedNow, long protectedSimulated, long becomeFree, long becomeProtected,
            CountsJson inTwelveMonths, List<CompanyJson> byCompany, List<ExampleJson> examples) {
    }

    private final PolicySimulations simulations;
    private final GuardManagement guard;
    private final VerdictTexts texts;

    @PostMapping("/policies/simulations")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    ResultJson simulate(@RequestBody SimulationBody body) {
        SimulationResult result = simulations.simulate(
                SimulatedPolicy.parse(body.protectionMonths(), body.countReferrals(), body.on(), guard.today()));
        Locale locale = LocaleContextHolder.getLocale();
        SimulationCounts at = result.atDate();
        return new ResultJson(at.on(), at.protectedNow(), at.protectedSimulated(), at.becomeFree(),
                at.becomeProtected(), CountsJson.of(result.inTwelveMonths()),
                result.byCompany().stream().map(c -> new CompanyJson(c.companyId(), c.companyName(), c.becomeFree(),
                        c.becomeProtected())).toList(),
                result.examples().stream().map(e -> example(e, locale)).toList());
    }

    private ExampleJson example(SimulatedPair pair, Locale locale) {
        Voice voice = texts.voiceAbout(pair.freelancerName());
        return new ExampleJson(pair.freelancerId(), pair.freelancerName(), pair.personId(), pair.personName(),
                pair.companyName(), side(pair.now(), locale, voice),
                side(pair.simulated(), locale, voice));
    }

    private SideJson side(Verdict verdict, Locale locale, Voice voice) {
        return new SideJson(verdict.kind().name(), verdict.protectedUntil(), verdict.openEnded(), verdict.freeFrom(),
                texts.headline(verdict, locale, voice),
                verdict.reasons().stream().map(r -> texts.text(r, locale, voice)).toList());
    }
}
