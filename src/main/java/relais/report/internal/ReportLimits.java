package relais.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.account.RelaisUser;
import relais.account.VerdictBudget;
import relais.freelancer.FreelancerId;
import relais.guard.ParisCalendar;
import relais.shared.TooManyRequestsException;

/**
 * What a report may cost: each one is judged by a verdict, so it is paid from the same verdict budget as the
 * direct-work questions, and a freelancer files at most so many a Paris calendar day, so nobody floods the account
 * managers' queue. The day's count is read in the database under a lock, so it holds across app nodes.
 */
@Component
public class ReportLimits {

    private final ReportRows reports;
    private final VerdictBudget verdicts;
    private final Clock clock;
    private final int perDay;

    ReportLimits(ReportRows reports, VerdictBudget verdicts, Clock clock,
            @Value("${relais.report.max-per-day:20}") int perDay) {
        if (perDay < 1) {
            throw new IllegalArgumentException("relais.report.max-per-day must be at least 1, not " + perDay);
        }
        this.reports = reports;
        this.verdicts = verdicts;
        this.clock = clock;
        this.perDay = perDay;
    }

    /**
     * Call inside the filing transaction, before the verdict is computed: past today's cap nothing is spent; else
     * one verdict is taken from the freelancer's budget. Either refusal leaves nothing written.
     */
    public void admit(RelaisUser freelancerUser) {
        var freelancer = new FreelancerId(freelancerUser.freelancerId());
        LocalDate today = ParisCalendar.today(clock);
        Instant dayStart = today.atStartOfDay(ParisCalendar.PARIS).toInstant();
        Instant nextDay = today.plusDays(1).atStartOfDay(ParisCalendar.PARIS).toInstant();
        reports.lockFilingsOf(freelancer);
        if (reports.countFiledBetween(freelancer, dayStart, nextDay) >= perDay) {
            throw new TooManyRequestsException("report.limit.perDay", new Object[] {perDay},
                    "You have already filed " + perDay + " reports today, the most allowed in one day: you can file "
                            + "the next one tomorrow. If it is urgent, write to your account manager.",
                    Duration.between(clock.instant(), nextDay));
        }
        verdicts.spend(freelancerUser);
    }
}
