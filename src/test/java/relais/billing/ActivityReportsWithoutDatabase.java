package relais.billing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import relais.billing.internal.ActivityReportRows;
import relais.company.Company;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.mission.Mission;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.mission.MissionStatus;
import relais.shared.Money;
import relais.support.FuzzUsers;

/**
 * {@link ActivityReports} over stand-ins for the database and the other modules, for tests that only exercise its
 * checks: one mission of {@link FuzzUsers}' freelancer and client, started long ago, with one submitted report, and
 * every write accepted.
 */
public final class ActivityReportsWithoutDatabase {

    public static final Mission MISSION = new Mission(new MissionId(UUID.randomUUID()),
            new FreelancerId(FuzzUsers.FREELANCER.freelancerId()), new CompanyId(FuzzUsers.CLIENT.companyId()),
            Set.of(new PersonId(FuzzUsers.CLIENT.personId())), "Refonte", LocalDate.of(2001, 1, 2),
            LocalDate.of(2001, 1, 2), LocalDate.of(2001, 1, 2), null, null, null, MissionStatus.IN_PROGRESS,
            Money.euros("500"), new BigDecimal("100000"));

    public static final ActivityReport SUBMITTED = ActivityReport.declare(ActivityReport.newId(), MISSION,
            java.time.YearMonth.of(2026, 10), new BigDecimal("12.5"), null, false, FuzzUsers.NOW.instant());

    private ActivityReportsWithoutDatabase() {
    }

    @SuppressWarnings("unchecked")
    public static ActivityReports create() {
        var rows = mock(ActivityReportRows.class);
        when(rows.byId(any())).thenReturn(Optional.of(SUBMITTED));
        when(rows.validatedDays(any())).thenReturn(BigDecimal.ZERO);
        when(rows.update(any(), any())).thenReturn(true);
        var missions = mock(MissionManagement.class);
        when(missions.mission(any())).thenReturn(Optional.of(MISSION));
        when(missions.lockedMission(any())).thenReturn(MISSION);
        var companies = mock(CompanyManagement.class);
        when(companies.companyOrThrow(any())).thenReturn(mock(Company.class));
        return new ActivityReports(rows, mock(InvoiceIssuer.class), missions, companies,
                mock(ApplicationEventPublisher.class), FuzzUsers.NOW, mock(ObjectProvider.class));
    }
}
