package relais.payment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import relais.payment.DunningWorld;
import relais.shared.Money;
import relais.shared.MoneyFormat;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relais.support.WebSession;

/**
 * The account managers' overdue list (companies by their oldest overdue invoice, each invoice with days late,
 * amount due, penalties and reminders sent) and the cash expected per week on their dashboard; other roles are
 * refused the list.
 */
@IntegrationTest
class OverduePagesTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static Document page(WebSession session, String path) {
        var page = session.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.html());
    }

    /** An amount as a French page writes it, with its no-break spaces made plain as Jsoup's text() makes them. */
    static String euros(String amount) {
        return flat(MoneyFormat.format(Money.euros(amount), Locale.FRENCH));
    }

    static String flat(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }

    static String text(Element element) {
        return flat(element.text());
    }

    @Test
    void companiesComeByTheirOldestOverdueInvoiceWithDaysLatePenaltiesAndReminders() {
        var recent = DunningWorld.create(fixtures, jdbc);
        String recentInvoice = recent.invoice(10, "1200.00");
        var older = DunningWorld.create(fixtures, jdbc);
        String young = older.invoice(3, "600.00");
        String old = older.invoice(40, "2400.00", "1200.00", "PARTIALLY_PAID");
        older.reminded(old, 7);
        older.reminded(old, 30);
        String paid = older.invoice(50, "900.00", "0.00", "PAID");

        var html = page(fixtures.managerSession(), "/overdue-invoices");

        Element olderSection = html.selectFirst("[data-company=" + older.companyId() + "]");
        Element recentSection = html.selectFirst("[data-company=" + recent.companyId() + "]");
        assertThat(olderSection).isNotNull();
        assertThat(recentSection).isNotNull();
        assertThat(html.select("section.overdue-company").indexOf(olderSection))
                .isLessThan(html.select("section.overdue-company").indexOf(recentSection));
        assertThat(olderSection.selectFirst("h2").text()).isEqualTo(older.companyName());
        assertThat(olderSection.select("tbody tr")).extracting(tr -> tr.attr("data-number")).containsExactly(old, young);
        assertThat(text(olderSection)).doesNotContain(paid)
                .contains("2 factures en retard : " + euros("1800.00") + " restant dû");

        Element oldRow = olderSection.selectFirst("tr[data-number=" + old + "]");
        assertThat(oldRow.selectFirst(".days-late").text()).isEqualTo("40");
        // 1200 × 12.15 % × 40 / 365 = 15.978… → 15.98
        assertThat(text(oldRow.selectFirst(".penalties"))).isEqualTo(euros("15.98"));
        assertThat(text(oldRow)).contains(euros("1200.00"));
        assertThat(oldRow.select(".reminders li")).extracting(li -> li.attr("data-step")).containsExactly("7", "30");
        assertThat(oldRow.selectFirst(".reminders li").text()).startsWith("Relance à 7 jours, ");

        Element youngRow = olderSection.selectFirst("tr[data-number=" + young + "]");
        assertThat(youngRow.selectFirst(".reminders").text()).isEqualTo("Aucune pour l’instant");
        assertThat(recentSection.selectFirst("tr[data-number=" + recentInvoice + "] .days-late").text()).isEqualTo("10");
    }

    @Test
    void otherRolesAreRefusedTheList() {
        String email = "overdue-" + Fixtures.next() + "@free.fr";
        fixtures.freelancerId("Olivier Outside", email, Fixtures.PASSWORD);
        var world = DunningWorld.create(fixtures, jdbc);
        String client = "buyer" + Fixtures.next() + "@" + world.invoiceEmail().substring(world.invoiceEmail().indexOf('@') + 1);
        fixtures.person("Chloé Client", client, world.companyId(), Fixtures.PASSWORD);

        assertThat(WebSession.logIn(port, email, Fixtures.PASSWORD).get("/overdue-invoices").status()).isEqualTo(403);
        assertThat(WebSession.logIn(port, client, Fixtures.PASSWORD).get("/overdue-invoices").status()).isEqualTo(403);
    }

    @Test
    void theDashboardShowsTheCashExpectedPerWeekOverdueFirstInThePagesLanguage() {
        var world = DunningWorld.create(fixtures, jdbc);
        world.invoice(-10, "7332.53");
        world.invoice(5, "100.00");
        LocalDate today = DunningWorld.today();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekOfMine = today.plusDays(10).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        var rows = page(fixtures.managerSession(), "/").select("#cash-forecast tbody tr");

        assertThat(rows).hasSize(13);
        assertThat(rows.getFirst().attr("data-week")).isEqualTo("overdue");
        assertThat(rows.getFirst().selectFirst("th").text()).isEqualTo("En retard");
        assertThat(text(rows.getFirst().selectFirst(".cash-figure"))).isEqualTo(euros(due("due_on < :from", today, today)));
        assertThat(rows.get(1).attr("data-week")).isEqualTo(monday.toString());
        assertThat(text(rows.get(1).selectFirst("th"))).startsWith("Semaine du ").doesNotContain(monday.toString());
        Element mine = rows.stream().filter(r -> r.attr("data-week").equals(weekOfMine.toString())).findFirst().orElseThrow();
        assertThat(text(mine.selectFirst(".cash-figure")))
                .isEqualTo(euros(due("due_on >= :from and due_on < :to", weekOfMine, weekOfMine.plusDays(7))));
        assertThat(mine.selectFirst(".cash-bar").attr("aria-hidden")).isEqualTo("true");
    }

    /** What the platform's clients still owe on invoices due within the condition, as the database sums it. */
    private String due(String condition, LocalDate from, LocalDate to) {
        BigDecimal sum = jdbc.sql("select coalesce(sum(amount_due), 0) from invoice where kind = 'CLIENT'"
                + " and status in ('ISSUED', 'PARTIALLY_PAID') and amount_due > 0 and " + condition)
                .param("from", from).param("to", to).query(BigDecimal.class).single();
        return sum.setScale(2).toPlainString();
    }
}
