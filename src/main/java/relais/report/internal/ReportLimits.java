package relais.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import relais.shared.PlatformDates;
import relais.freelancer.FreelancerId;
import relais.shared.ParisCalendar;
import relais.shared.TooManyRequestsException;

/**
 * A freelancer files at most so many reports a Paris calendar day, so nobody floods the account managers' queue.
 * The day's count is read in the database under a lock held until the filing transaction ends, so it holds across
 * app nodes and parallel requests.
 *
 * <p>Each report is also judged by a verdict and so costs one from the verdict budget; the web adapters spend it
 * before the filing transaction starts. Spending it inside would take a second pooled connection while holding
 * one, and a burst of filings waiting on each other's lock could then exhaust the pool.
 */
@Component
public class ReportLimits {

    private final ReportRows reports;
    private final Clock clock;
    private final int perDay;

    ReportLimits(ReportRows reports, Clock clock,
            @Value("${relais.report.max-per-day:20}") int perDay) {
        if (perDay < 1) {
            throw new IllegalArgumentException("relais.report.max-per-day must be at least 1, not " + perDay);
        }
        this.reports = reports;
        this.clock = clock;
        this.perDay = perDay;
    }

    /** Call inside the filing transaction, before anything is written: the refusal then leaves nothing behind. */
    public void checkDailyCap(FreelancerId freelancer) {
        LocalDate today = ParisCalendar.today(clock);
        Instant dayStart = today.atStartOfDay(PlatformDates.PARIS).toInstant();
        Instant nextDay = today.plusDays(1).atStartOfDay(PlatformDates.PARIS).toInstant();
        reports.lockFilingsOf(freelancer);
        if (reports.countFiledBetween(freelancer, dayStart, nextDay) >= perDay) {
            throw new TooManyRequestsException("report.limit.perDay", new Object[] {perDay},
                    "You have already filed " + perDay + " reports today, the most allowed in one day: you can file "
                            + "the next one tomorrow. If it is urgent, write to your account manager.",
                    Duration.between(clock.instant(), nextDay));
        }
    }
}
