package relais.report;

import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.report.internal.ReportEventRows;
import relais.report.internal.ReportRows;
import relais.shared.ConflictException;
import relais.shared.NotFoundException;

/**
 * Where cases are kept: a case is locked for one step at a time, and each step is written with its history lines and
 * the news other modules react to (published in the step's transaction, so neither is kept without the other).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Cases {

    private final ReportRows reports;
    private final ReportEventRows history;
    private final CompanyManagement companies;
    private final ApplicationEventPublisher events;

    /** The case, locked until the step's transaction ends, so two managers never close it twice. */
    Report lock(ReportId id) {
        return reports.lock(id).orElseThrow(() -> NotFoundException.of("report", id));
    }

    Report added(Report.Change filed) {
        reports.insert(filed.report());
        append(filed);
        return filed.report();
    }

    Report saved(Report.Change step) {
        reports.update(step.report());
        append(step);
        return step.report();
    }

    /** Files a new case and tells the news that {@code news} makes of it. */
    Report added(Report.Change filed, Function<Report, ?> news) {
        return told(added(filed), news);
    }

    /** Saves a step and tells the news that {@code news} makes of the case after it. */
    Report saved(Report.Change step, Function<Report, ?> news) {
        return told(saved(step), news);
    }

    private Report told(Report report, Function<Report, ?> news) {
        events.publishEvent(news.apply(report));
        return report;
    }

    private void append(Report.Change change) {
        for (CaseEntry entry : change.entries()) {
            history.append(change.report().id(), entry.actor().id(), entry.actor().name(), entry.kind(), entry.text(),
                    entry.subject(), entry.body(), entry.data());
        }
    }

    /** The client person a case is about; a report about an address nobody has names none. */
    Person clientPerson(Report report) {
        if (report.personId() == null) {
            throw new ConflictException(null, "report.conflict.noPerson", "This report names no known person");
        }
        return companies.personOrThrow(new PersonId(report.personId()));
    }
}
