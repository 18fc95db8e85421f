package relais.report;

import org.springframework.stereotype.Component;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonId;
import relais.report.internal.ReportEventRows;
import relais.report.internal.ReportRows;
import relais.shared.ConflictException;
import relais.shared.NotFoundException;

/** Where cases are kept: a case is locked for one step at a time, and each step is written with its history lines. */
@Component
class Cases {

    private final ReportRows reports;
    private final ReportEventRows history;
    private final CompanyManagement companies;

    Cases(ReportRows reports, ReportEventRows history, CompanyManagement companies) {
        this.reports = reports;
        this.history = history;
        this.companies = companies;
    }

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
