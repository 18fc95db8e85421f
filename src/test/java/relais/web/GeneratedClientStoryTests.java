package relais.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import relais.shared.PlatformDates;
import relais.support.Fixtures;
import relais.support.IntegrationTest;
import relaisapi.ApiClient;
import relaisapi.ApiException;
import relaisapi.api.ActivityReportsApi;
import relaisapi.api.BriefsApi;
import relaisapi.api.CompaniesApi;
import relaisapi.api.FreelancersApi;
import relaisapi.api.InvoicesApi;
import relaisapi.api.MissionsApi;
import relaisapi.api.PaymentsApi;
import relaisapi.api.PayoutsApi;
import relaisapi.api.PeopleApi;
import relaisapi.model.ActivityDeclaration;
import relaisapi.model.BriefRequest;
import relaisapi.model.CompanyDetails;
import relaisapi.model.ExecutedRequest;
import relaisapi.model.FreelancerDetails;
import relaisapi.model.InvitationBody;
import relaisapi.model.InvoiceJson;
import relaisapi.model.MoneyJson;
import relaisapi.model.PaymentRequest;
import relaisapi.model.PayoutJson;
import relaisapi.model.PersonDetails;
import relaisapi.model.Quote;
import relaisapi.model.Selection;
import relaisapi.model.ShortlistBody;

/**
 * One story end to end, driven only through the Java client that openapi-generator makes from the document Relais
 * serves (src/test/resources/openapi.json, kept equal to it by ApiDocumentationTests): a client company's brief, the
 * freelancer it selects, a month of work, its two invoices, the client's payment and the freelancer's payout. Each
 * call runs as the role that may make it (account manager, client user, freelancer), logged in with HTTP Basic.
 */
@IntegrationTest
class GeneratedClientStoryTests {

    @LocalServerPort
    int port;

    @Test
    void fromABriefToThePayoutThroughTheGeneratedClient() throws ApiException {
        int n = Fixtures.next();
        String domain = "generated" + n + ".example";
        String clientEmail = "claire" + n + "@" + domain;
        String freelancerEmail = "hugo" + n + "@freelance.example";
        ApiClient manager = as(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD);
        ApiClient client = as(clientEmail, Fixtures.PASSWORD);
        ApiClient freelancer = as(freelancerEmail, Fixtures.PASSWORD);

        // The account manager records the parties, with what invoicing needs.
        String siren = Fixtures.siren();
        String companyId = new CompaniesApi(manager).createCompany(new CompanyDetails().name("Générée " + n).siren(siren)
                .emailDomains(List.of(domain)).billingAddress("3 avenue de la Gare\n69002 Lyon")
                .invoiceEmail("factures@" + domain).vatNumber(vatNumber(siren)).poRequired(false)).getId();
        String contactId = new PeopleApi(manager).createPerson(new PersonDetails().fullName("Claire Générée")
                .emails(List.of(clientEmail)).companyId(companyId).password(Fixtures.PASSWORD)).getId();
        String freelancerId = new FreelancersApi(manager).createFreelancer(new FreelancerDetails().fullName("Hugo Généré")
                .email(freelancerEmail).password(Fixtures.PASSWORD).siret("44306184100047")
                .iban("FR7630006000011234567890189").vatStatus(FreelancerDetails.VatStatusEnum.FRANCHISE)
                .address("8 rue des Lilas\n33000 Bordeaux").contractSignedOn(LocalDate.of(2024, 1, 2))
                .title("Développeur Java").skills(List.of("Java", "Spring Boot")).languages(List.of("fr"))
                .dayRate(euros("600.00"))).getId();

        // Brief → invitation → quote → shortlist → selection: the introduction, and the mission agreed that day.
        LocalDate startOn = LocalDate.now(PlatformDates.PARIS).plusMonths(2).withDayOfMonth(1);
        var briefs = new BriefsApi(client);
        var brief = briefs.postBrief(new BriefRequest().title("Reprise d’une API de facturation")
                .description("Une API Spring Boot à reprendre.").skills(List.of("Java", "Spring Boot"))
                .languages(List.of("fr")).startOn(startOn).durationDays(new BigDecimal("20")).daysPerWeek(5)
                .workMode(BriefRequest.WorkModeEnum.REMOTE).budgetDayRate(euros("800.00")).profilesWanted(1).nda(false));
        assertThat(brief.getStatus()).isEqualTo("SUBMITTED");
        assertThat(brief.getShortlistDueAt()).isAfter(brief.getSubmittedAt());
        String invitationId = new BriefsApi(manager).inviteFreelancer(brief.getId(),
                new InvitationBody().freelancerId(freelancerId)).getId();
        var proposed = new BriefsApi(freelancer).acceptInvitation(invitationId,
                new Quote().days(new BigDecimal("20")).dayRate(euros("600.00")).message("Disponible dès le début."));
        assertThat(proposed.getStatus()).isEqualTo("PROPOSED");
        assertThat(new BriefsApi(manager).sendShortlist(brief.getId(),
                new ShortlistBody().proposalIds(List.of(invitationId))).getStatus()).isEqualTo("SHORTLISTED");
        var shortlisted = briefs.listProposals(brief.getId());
        assertThat(shortlisted).singleElement().satisfies(proposal -> {
            assertThat(proposal.getFreelancer().getId()).isEqualTo(freelancerId);
            assertThat(proposal.getClientDayRate().getAmount()).as("600.00 and the platform's 15 %").isEqualTo("690.00");
            assertThat(proposal.getClientTotal().getAmount()).isEqualTo("13800.00");
        });
        var selected = briefs.selectProposal(invitationId, new Selection());
        assertThat(selected.getStatus()).isEqualTo("SELECTED");
        assertThat(selected.getFreelancer().getEmail()).isEqualTo(freelancerEmail);
        var mission = new MissionsApi(manager).getMission(selected.getMissionId());
        assertThat(mission.getFreelancerId()).isEqualTo(freelancerId);
        assertThat(mission.getParticipantIds()).contains(contactId);
        assertThat(mission.getStartOn()).isEqualTo(startOn);

        // A month of work: the freelancer declares ten days, the client validates them and two invoices are issued.
        String month = startOn.toString().substring(0, 7);
        String reportId = new ActivityReportsApi(freelancer).declareActivity(selected.getMissionId(),
                new ActivityDeclaration().month(month).days(new BigDecimal("10"))).getId();
        assertThatThrownBy(() -> new ActivityReportsApi(freelancer).declareActivity(selected.getMissionId(),
                new ActivityDeclaration().month(month).days(new BigDecimal("2"))))
                .as("a month is declared once").isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(refused.getResponseBody()).contains("\"field\":\"month\"");
                });
        var validated = new ActivityReportsApi(client).validateActivityReport(reportId, null);
        assertThat(validated.getStatus()).isEqualTo("VALIDATED");
        assertThat(validated.getInvoices()).hasSize(2);
        InvoiceJson clientInvoice = kind(validated.getInvoices(), "CLIENT");
        InvoiceJson selfBilled = kind(validated.getInvoices(), "SELF_BILLED");
        assertThat(clientInvoice.getNumber()).matches("F-\\d{4}-\\d{5}");
        assertThat(selfBilled.getNumber()).startsWith("AF-");
        assertThat(clientInvoice.getDocumentType()).isEqualTo("380");
        assertThat(selfBilled.getDocumentType()).isEqualTo("389");
        assertThat(clientInvoice.getServicePeriod().getFrom()).isEqualTo(startOn);
        assertThat(clientInvoice.getNet().getAmount()).as("10 days at 690.00").isEqualTo("6900.00");
        assertThat(clientInvoice.getVat().getAmount()).isEqualTo("1380.00");
        assertThat(clientInvoice.getTotal().getAmount()).isEqualTo("8280.00");
        assertThat(clientInvoice.getAmountDue().getAmount()).isEqualTo("8280.00");
        assertThat(selfBilled.getTotal().getAmount()).as("10 days at 600.00, VAT franchise").isEqualTo("6000.00");
        assertThat(new InvoicesApi(client).listInvoices(null, null, null, null, null, null, null, null))
                .extracting(InvoiceJson::getId).contains(clientInvoice.getId()).doesNotContain(selfBilled.getId());
        assertThat(new InvoicesApi(freelancer).getInvoice(selfBilled.getId()).getNumber()).isEqualTo(selfBilled.getNumber());
        PayoutJson waiting = awaitPayout(freelancer, selfBilled.getId(), "WAITING");
        assertThat(waiting.getAmount().getAmount()).isEqualTo("6000.00");

        // The client pays the platform's invoice in full: the invoice is paid and the freelancer's payout payable.
        var payment = new PaymentsApi(manager).recordPayment(clientInvoice.getId(), new PaymentRequest()
                .amount(euros("8280.00")).paidOn(clientInvoice.getIssuedOn().toString()).reference("VIR " + n));
        assertThat(payment.getInvoice().getStatus()).isEqualTo("PAID");
        assertThat(new InvoicesApi(client).getInvoice(clientInvoice.getId()).getAmountDue().getAmount()).isEqualTo("0.00");
        PayoutJson payable = awaitPayout(freelancer, selfBilled.getId(), "PAYABLE");

        // The payout leaves in a SEPA transfer; once the bank executed it, the payout and the self-billed invoice are paid.
        var payouts = new PayoutsApi(manager);
        var transfer = payouts.issueTransfer();
        assertThat(transfer.getPayoutIds()).contains(payable.getId());
        assertThat(new BigDecimal(transfer.getTotal().getAmount())).isGreaterThanOrEqualTo(new BigDecimal("6000.00"));
        assertThat(payout(freelancer, selfBilled.getId()).getStatus()).isEqualTo("SENT");
        var executed = payouts.confirmTransferExecuted(transfer.getId(), new ExecutedRequest().on(transfer.getRequestedOn()));
        assertThat(executed.getExecutedOn()).isEqualTo(transfer.getRequestedOn());
        var paid = payout(freelancer, selfBilled.getId());
        assertThat(paid.getStatus()).isEqualTo("PAID");
        assertThat(paid.getPaidOn()).isEqualTo(transfer.getRequestedOn());
        assertThat(paid.getAmount().getAmount()).isEqualTo("6000.00");
        assertThat(new InvoicesApi(freelancer).getInvoice(selfBilled.getId()).getStatus()).isEqualTo("PAID");
    }

    private ApiClient as(String email, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        var api = new ApiClient();
        api.updateBaseUri("http://localhost:" + port);
        api.setRequestInterceptor(request -> request.header("Authorization", basic));
        return api;
    }

    private static MoneyJson euros(String amount) {
        return new MoneyJson().amount(amount).currency("EUR");
    }

    private static String vatNumber(String siren) {
        return "FR%02d%s".formatted((12 + 3 * (Long.parseLong(siren) % 97)) % 97, siren);
    }

    private static InvoiceJson kind(List<InvoiceJson> invoices, String kind) {
        return invoices.stream().filter(i -> kind.equals(i.getKind())).findFirst().orElseThrow();
    }

    /** Payouts follow invoices and payments in the background: wait (with a deadline) for the one awaited. */
    private static PayoutJson awaitPayout(ApiClient freelancer, String invoiceId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var found = payoutOrNull(freelancer, invoiceId);
            return found != null && status.equals(found.getStatus());
        });
        return payout(freelancer, invoiceId);
    }

    private static PayoutJson payout(ApiClient freelancer, String invoiceId) {
        var found = payoutOrNull(freelancer, invoiceId);
        assertThat(found).as("payout of invoice %s", invoiceId).isNotNull();
        return found;
    }

    private static PayoutJson payoutOrNull(ApiClient freelancer, String invoiceId) {
        try {
            return new PayoutsApi(freelancer).listPayouts(null).stream().filter(p -> invoiceId.equals(p.getInvoiceId()))
                    .findFirst().orElse(null);
        } catch (ApiException e) {
            throw new AssertionError(e.getCode() + " " + e.getResponseBody(), e);
        }
    }
}
