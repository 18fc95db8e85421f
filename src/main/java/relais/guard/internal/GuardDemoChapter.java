package relais.guard.internal;

import org.springframework.stereotype.Component;
import relais.demo.DemoChapter;
import relais.demo.DemoStory;
import relais.guard.DeclarerRole;

/**
 * The guard's part of the demo: Marc (Acme Industrie), Léa's client, recommended her to Karim at Acme Labs, a
 * company of the same group, three months ago. Karim is therefore protected as long as Marc is.
 */
@Component
class GuardDemoChapter implements DemoChapter {

    private final ReferralRows referrals;

    GuardDemoChapter(ReferralRows referrals) {
        this.referrals = referrals;
    }

    @Override
    public void tell(DemoStory story) {
        referrals.insert(story.lea().value(), story.marc().value(), story.karim().value(),
                story.today().minusMonths(3), "Recommandée lors du comité groupe", DeclarerRole.CLIENT, null,
                "Marc Lefebvre");
    }
}
