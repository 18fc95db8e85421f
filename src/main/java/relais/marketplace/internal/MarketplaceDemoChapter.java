package relais.marketplace.internal;

import java.math.BigDecimal;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.demo.DemoChapter;
import relais.demo.DemoLogins;
import relais.demo.DemoStory;
import relais.marketplace.Brief;
import relais.marketplace.BriefRequest;
import relais.marketplace.Briefs;
import relais.marketplace.Proposals;
import relais.marketplace.Quote;
import relais.marketplace.Selection;
import relais.marketplace.WorkMode;
import relais.shared.MoneyJson;

/**
 * A brief of Acme at each stage: one just posted, one with invitations out, one shortlisted for Marc to choose
 * from, one filled (Léa selected: the introduction) and one closed.
 */
@Component
@Order(50)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MarketplaceDemoChapter implements DemoChapter {

    private final Briefs briefs;
    private final Proposals proposals;
    private final AccountManagement accounts;

    @Override
    public void tell(DemoStory story) {
        var claire = user(DemoLogins.MANAGER_EMAIL);
        var marc = user(DemoLogins.CLIENT_EMAIL);
        var lea = user(DemoLogins.FREELANCER_EMAIL);
        var start = story.today().plusWeeks(3);

        briefs.post(brief("Application mobile d’inventaire", List.of("Kotlin", "Android"), start, "20"), marc);

        var invited = briefs.post(brief("Tableau de bord qualité", List.of("Java", "htmx", "PostgreSQL"), start, "15"), marc);
        briefs.invite(invited.id(), story.lea().toString(), claire);
        briefs.invite(invited.id(), story.hugo().toString(), claire);

        var shortlisted = briefs.post(brief("Migration vers Java 21", List.of("Java", "Spring"), start, "30"), marc);
        var offer = briefs.invite(shortlisted.id(), story.lea().toString(), claire);
        proposals.accept(offer.id(), new Quote(new BigDecimal("28"), new MoneyJson("680.00", "EUR"),
                "J’ai mené deux migrations Java 17 vers 21 cette année, tests compris."), lea);
        briefs.shortlist(shortlisted.id(), List.of(offer.id().toString()), claire);

        var filled = briefs.post(brief("Portail fournisseurs : nouvelles fonctions", List.of("Java", "htmx"), start, "10"), marc);
        var chosen = briefs.invite(filled.id(), story.lea().toString(), claire);
        proposals.accept(chosen.id(), new Quote(null, null,
                "Je connais déjà votre portail : je peux reprendre là où nous l’avions laissé."), lea);
        briefs.shortlist(filled.id(), List.of(chosen.id().toString()), claire);
        proposals.select(chosen.id(), new Selection("PO-DEMO-0042", List.of()), marc);

        Brief closed = briefs.post(brief("Audit de sécurité", List.of("Sécurité", "OWASP"), start, "5"), marc);
        briefs.close(closed.id(), "Le besoin est couvert en interne finalement.", marc);
    }

    private static BriefRequest brief(String title, List<String> skills, java.time.LocalDate start, String days) {
        return new BriefRequest(null, null, title, "Contexte et livrables détaillés lors du premier échange.", skills,
                List.of(skills.getFirst()), List.of("fr"), start, new BigDecimal(days), 5, WorkMode.HYBRID, "Lyon",
                new MoneyJson("800.00", "EUR"), 1, false, null);
    }

    private RelaisUser user(String email) {
        return accounts.byEmail(email).orElseThrow();
    }
}
