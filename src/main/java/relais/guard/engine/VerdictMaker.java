package relais.guard.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import relais.guard.CompanyFact;
import relais.guard.Explanation;
import relais.guard.PersonFact;
import relais.guard.Verdict;
import relais.guard.VerdictKind;
import relais.guard.Via;

/** Builds verdicts from facts whose protection has been computed once. */
final class VerdictMaker {

    private final RelationshipFacts facts;
    private final Protection protection;

    VerdictMaker(RelationshipFacts facts, Protection protection) {
        this.facts = facts;
        this.protection = protection;
    }

    Verdict forPerson(String personId, LocalDate on) {
        Optional<DateSpan> stretch = protection.stretchOn(personId, on);
        return stretch.isPresent() ? protectedVerdict(personId, on, stretch.get()) : freeVerdict(personId, on);
    }

    private Verdict protectedVerdict(String personId, LocalDate on, DateSpan stretch) {
        Explainer explainer = new Explainer(facts, protection);
        // Only what reaches from the date to the stretch's end explains this protection and how long it lasts.
        explainer.chain(personId, new DateSpan(on, stretch.end()));
        List<Explanation> cautions = new ArrayList<>();
        if (stretch.openEnded()) {
            explainer.openMissions().stream()
                    .filter(grant -> grant.span().openEnded())
                    .map(explainer::openEndedCaution)
                    .distinct()
                    .forEach(cautions::add);
        }
        ReleaseCut.reaching(facts, personId).stream()
                .filter(release -> release.effectiveOn().isAfter(on))
                .filter(release -> stretch.openEnded() || !release.effectiveOn().isAfter(stretch.dayAfter()))
                .sorted(Comparator.comparing(ReleaseFact::effectiveOn))
                .map(Explainer::releaseAhead)
                .forEach(cautions::add);
        return new Verdict(VerdictKind.PROTECTED, stretch.end(), stretch.openEnded(), stretch.dayAfter(), personId,
                explainer.reasons(), cautions, name(personId));
    }

    private Verdict freeVerdict(String personId, LocalDate on) {
        Explainer explainer = new Explainer(facts, protection);
        Optional<DateSpan> last = protection.lastStretchBefore(personId, on);
        Optional<ReleaseFact> wholeRelease = latestWholeRelease(personId, on)
                .filter(release -> last.isEmpty() || !release.effectiveOn().isBefore(last.get().dayAfter()));
        LocalDate freeFrom;
        if (wholeRelease.isPresent()) {
            ReleaseFact release = wholeRelease.get();
            freeFrom = release.effectiveOn();
            explainer.add(explainer.released(release, personId));
            protection.whollyReleased(personId).stream()
                    .filter(grant -> release.equals(grant.cutBy()) && !grant.uncut().start().isAfter(on))
                    .forEach(explainer::window);
            last.filter(ended -> freeFrom.equals(ended.dayAfter())).ifPresent(ended -> explainer.chain(personId, ended));
        } else if (last.isPresent()) {
            DateSpan ended = last.get();
            freeFrom = ended.dayAfter();
            explainer.add(releaseThatEnded(personId, ended.end(), new HashSet<>())
                    .filter(release -> ReleaseCut.reaching(facts, personId).contains(release))
                    .map(release -> explainer.released(release, personId))
                    .orElseGet(() -> windowEnded(ended)));
            explainer.chain(personId, ended);
        } else {
            freeFrom = null;
            explainer.add(new Explanation.NoRelationship(personId, name(personId)));
        }
        List<Explanation> reasons = new ArrayList<>(explainer.reasons());
        reasons.addAll(referralsNotCounted(personId, on));
        List<Explanation> cautions = facts.companyOf(personId, on)
                .flatMap(company -> knownCompanyCaution(company, personId, on))
                .map(List::of).orElse(List.of());
        return new Verdict(VerdictKind.FREE, null, false, freeFrom, personId, reasons, cautions, name(personId));
    }

    /**
     * The latest release that took a whole window of the person, among the windows opened by {@code on}: such a
     * window protected no day, so the release is what left the person free.
     */
    private Optional<ReleaseFact> latestWholeRelease(String personId, LocalDate on) {
        return protection.whollyReleased(personId).stream()
                .filter(grant -> !grant.uncut().start().isAfter(on))
                .map(Grant::cutBy)
                .max(Comparator.comparing(ReleaseFact::effectiveOn)
                        .thenComparing(release -> String.valueOf(release.id())));
    }

    /**
     * A caution when the freelancer has someone else protected at the company (or its group) on that date: if
     * one of them made the introduction, it is a referral to declare. It names the companies where those people
     * are (never the people), and the asked-about company when that is another one of the same group.
     */
    Optional<Explanation> knownCompanyCaution(CompanyFact company, String exceptPersonId, LocalDate on) {
        List<CompanyFact> where = protection.personIds().stream()
                .filter(id -> !id.equals(exceptPersonId))
                .filter(id -> protection.isProtected(id, on))
                .map(id -> facts.companyOf(id, on))
                .flatMap(Optional::stream)
                .filter(company::sameCompanyOrGroup)
                .distinct()
                .sorted(Comparator.comparing(CompanyFact::name, NameOrder.NAMES).thenComparing(CompanyFact::id))
                .toList();
        return where.isEmpty() ? Optional.empty() : Optional.of(Explainer.knownCompany(where, company));
    }

    /**
     * The release that made a stretch end on {@code end}: one cutting a grant of the person, or, for an inherited
     * window, one that cut the referrer's stretch (a company release reaches both, yet only the referrer's window
     * shows the cut).
     */
    private Optional<ReleaseFact> releaseThatEnded(String personId, LocalDate end, Set<String> seen) {
        if (!seen.add(personId)) {
            return Optional.empty();
        }
        for (Grant grant : protection.grantsOf(personId)) {
            if (!end.equals(grant.span().end())) {
                continue;
            }
            if (grant.cutBy() != null) {
                return Optional.of(grant.cutBy());
            }
            if (grant.via() == Via.REFERRAL) {
                Optional<ReleaseFact> upstream = releaseThatEnded(grant.referral().referrerId(), end, seen);
                if (upstream.isPresent()) {
                    return upstream;
                }
            }
        }
        return Optional.empty();
    }

    private static Explanation windowEnded(DateSpan ended) {
        return new Explanation.WindowEnded(ended.end(), ended.dayAfter());
    }

    private List<Explanation> referralsNotCounted(String personId, LocalDate on) {
        return facts.referrals().stream()
                .filter(referral -> referral.referredId().equals(personId) && !referral.on().isAfter(on))
                .sorted(Comparator.comparing(ReferralFact::on))
                .flatMap(referral -> protection.assessment(referral).stream())
                .filter(assessment -> !assessment.counted())
                .<Explanation>map(Explanation.ReferralNotCounted::new)
                .toList();
    }

    private String name(String personId) {
        return facts.person(personId).map(PersonFact::fullName).orElse(null);
    }
}
