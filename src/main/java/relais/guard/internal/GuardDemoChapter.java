package relais.guard.internal;

import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import relais.demo.DemoChapter;
import relais.demo.DemoStory;
import relais.guard.DeclarerRole;

/**
 * The guard's part of the demo: Marc (Acme Industrie), Léa's client, recommended her to Karim at Acme Labs, a
 * company of the same group, three months ago (a referral Marc declared, so it counts). Two weeks ago Léa declared
 * that Marc also recommended her to Sophie Garnier: that declaration waits for Marc's confirmation.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GuardDemoChapter implements DemoChapter {

    private final ReferralRows referrals;
    private final DeclarationRows declarations;

    @Override
    public void tell(DemoStory story) {
        referrals.insert(UUID.randomUUID(), story.lea().value(), story.marc().value(), story.karim().value(),
                story.today().minusMonths(3), "Recommandée lors du comité groupe", DeclarerRole.CLIENT, null,
                "Marc Lefebvre");
        declarations.insert(new DeclarationRows.NewDeclaration(story.lea().value(), story.marc().value(),
                "sophie.garnier@acme-industrie.fr", null, story.today().minusWeeks(2), "Présentée par Marc en réunion",
                null, "Léa Dubois", null));
    }
}
