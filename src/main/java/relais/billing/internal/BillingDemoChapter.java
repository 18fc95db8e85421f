package relais.billing.internal;

import java.math.BigDecimal;
import java.time.YearMonth;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import relais.account.AccountManagement;
import relais.account.RelaisUser;
import relais.billing.ActivityReports;
import relais.demo.DemoChapter;
import relais.demo.DemoLogins;
import relais.demo.DemoStory;
import relais.mission.Mission;
import relais.mission.MissionManagement;

/**
 * Léa's months on Acme's supplier portal: the first two validated by Claire when the history was brought over
 * (dated back then), one rejected by Marc and declared again, which he validated with his purchase order, and the
 * latest still waiting for him. So each side finds reports in every state and invoices to download.
 */
@Component
@Order(300)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BillingDemoChapter implements DemoChapter {

    private static final String PURCHASE_ORDER = "BC-2026-118";

    private final ActivityReports reports;
    private final MissionManagement missions;
    private final AccountManagement accounts;

    @Override
    public void tell(DemoStory story) {
        var claire = user(DemoLogins.MANAGER_EMAIL);
        var marc = user(DemoLogins.CLIENT_EMAIL);
        var lea = story.leaLogin();
        Mission portal = missions.missionsOf(story.lea()).stream()
                .filter(m -> m.companyId().equals(story.acme()) && m.title().startsWith("Refonte du portail"))
                .findFirst().orElseThrow();
        YearMonth now = YearMonth.from(story.today());

        for (int monthsAgo : new int[] {6, 5}) {
            YearMonth month = now.minusMonths(monthsAgo);
            var report = reports.declare(portal.id(), lea, month, days("19"), null, false);
            reports.validate(report.id(), claire, PURCHASE_ORDER, month.plusMonths(1).atDay(3),
                    "Reprise de l’historique : validé par Marc Lefebvre par courriel.");
        }

        YearMonth disputed = now.minusMonths(4);
        var first = reports.declare(portal.id(), lea, disputed, days("22"), "Dont deux jours de recette.", false);
        reports.reject(first.id(), marc, "Nous avions convenu de 18 jours ce mois-ci : la recette est incluse.");
        var again = reports.declare(portal.id(), lea, disputed, days("18"), "Recette incluse, comme convenu.", false);
        reports.validate(again.id(), marc, PURCHASE_ORDER, null, null);

        reports.declare(portal.id(), lea, now.minusMonths(3), days("20.5"),
                "Mise en production le dernier jeudi du mois.", false);
    }

    private static BigDecimal days(String days) {
        return new BigDecimal(days);
    }

    private RelaisUser user(String email) {
        return accounts.byEmail(email).orElseThrow();
    }
}
