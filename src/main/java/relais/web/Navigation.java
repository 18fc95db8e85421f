package relais.web;

import java.util.List;

import relais.account.Role;

/** What each role finds in the top navigation. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> of(Role role) {
        return switch (role) {
            case ACCOUNT_MANAGER -> List.of(new NavItem("/companies", "nav.companies"), new NavItem("/people", "nav.people"),
                    new NavItem("/freelancers", "nav.freelancers"), new NavItem("/missions", "nav.missions"),
                    new NavItem("/briefs", "nav.briefs"), new NavItem("/guard", "nav.guard"), new NavItem("/cases", "nav.cases"), new NavItem("/screening", "nav.screening"), new NavItem("/activity-reports", "nav.managerActivityReports"),
                    new NavItem("/invoices", "nav.invoiceRegister"), new NavItem("/payments", "payment.in.nav"),
                    new NavItem("/overdue-invoices", "nav.overdue"), new NavItem("/transfers", "payment.out.nav.transfers"),
                    new NavItem("/accounting", "payment.fec.nav"), new NavItem("/outbox", "nav.outbox"),
                    new NavItem("/attestations", "attestation.nav.ACCOUNT_MANAGER"));
            case FREELANCER -> List.of(new NavItem("/missions", "nav.myMissions"), new NavItem("/invitations", "nav.invitations"), new NavItem("/profile", "nav.profile"), new NavItem("/direct-work", "nav.directWork"),
                    new NavItem("/protected-clients", "nav.protectedClients"), new NavItem("/relationships/ending", "ending.nav.mine"), new NavItem("/reports", "nav.reports"),
                    new NavItem("/activity-reports", "nav.activityReports"), new NavItem("/invoices", "nav.invoices"),
                    new NavItem("/payouts", "payment.out.nav.payouts"), new NavItem("/attestations", "attestation.nav.FREELANCER"));
            case CLIENT -> List.of(new NavItem("/briefs", "nav.companyBriefs"), new NavItem("/missions", "nav.companyMissions"), new NavItem("/bound-freelancers", "nav.boundFreelancers"),
                    new NavItem("/referrals/pending", "nav.referralsToConfirm"), new NavItem("/activity-reports", "nav.reportsToValidate"),
                    new NavItem("/invoices", "nav.companyInvoices"));
        };
    }
}
