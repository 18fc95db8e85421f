package relais.guard.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import relais.guard.engine.DeclarationStatus;
import relais.guard.engine.ReferralDeclaration;
import relais.guard.engine.ReferralFact;
import relais.guard.engine.RelationshipFacts;


/**
 * The referred person's name as the freelancer may see it: only once the declaration is confirmed, from the
 * referral it became (which is then part of the freelancer's own facts). Before that, only what they typed.
 */
final class DeclarationNames {

    private DeclarationNames() {
    }

    /** Declaration id → referred person's name, for the confirmed declarations only. */
    static Map<String, String> confirmed(List<ReferralDeclaration> declarations, RelationshipFacts facts) {
        Map<String, String> names = new HashMap<>();
        for (ReferralDeclaration declaration : declarations) {
            if (declaration.status() == DeclarationStatus.CONFIRMED) {
                facts.referrals().stream().filter(r -> r.id().equals(declaration.referralId())).findFirst()
                        .map(ReferralFact::referredId).flatMap(facts::person)
                        .ifPresent(person -> names.put(declaration.id(), person.fullName()));
            }
        }
        return names;
    }
}
