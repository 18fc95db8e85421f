package relais.demo;

import java.math.BigDecimal;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.mission.Extensions;
import relais.mission.Incidents;
import relais.mission.MissionManagement;

/**
 * After the start of Hugo's audit at Acme: he proposes five more days, which Marc has yet to accept (Acme asks for
 * a purchase order), and Marc declares a delay that no account manager has taken yet. It is told here rather than
 * in the mission module, which the demo depends on.
 */
@Component
@Order(200)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MissionAftercareChapter implements DemoChapter {

    private final MissionManagement missions;
    private final Extensions extensions;
    private final Incidents incidents;
    private final AccountManagement accounts;

    @Override
    public void tell(DemoStory story) {
        var audit = missions.missionsOf(story.hugo()).stream().filter(m -> m.isOngoing()).findFirst().orElseThrow();
        var hugo = accounts.byEmail(DemoLogins.SECOND_FREELANCER_EMAIL).orElseThrow();
        var marc = accounts.byEmail(DemoLogins.CLIENT_EMAIL).orElseThrow();
        extensions.propose(audit.id(), hugo, new BigDecimal("5"), story.today().plusMonths(1));
        incidents.declare(audit.id(), marc, "DELAY",
                "Les maquettes de l’écran d’accueil ont une semaine de retard sur le planning convenu.");
    }
}
