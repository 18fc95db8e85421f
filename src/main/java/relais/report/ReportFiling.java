package relais.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.guard.DirectWorkAnswer;
import relais.guard.GuardManagement;
import relais.shared.ParisCalendar;
import relais.guard.VerdictTexts;
import relais.report.internal.ReportLimits;
import relais.shared.EmailAddress;
import relais.shared.Ids;
import relais.shared.InputCheck;

/**
 * A freelancer files a report. The verdict on the report's date decides: free, the report is answered and closed at
 * once; protected, a case opens with a response target two French working days later. The freelancer is told
 * either way, once the filing has committed.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReportFiling {

    private static final int MAX_TEXT = 10_000;

    private final Cases cases;
    private final ReportLimits limits;
    private final GuardManagement guard;
    private final VerdictTexts verdictTexts;
    private final Clock clock;

    /** A report and the verdict it was judged by. */
    public record Filed(Report report, DirectWorkAnswer answer) {
    }

    /**
     * Files a report. Its verdict must already be paid from the freelancer's verdict budget (see
     * {@link relais.account.VerdictBudget}), outside this transaction.
     */
    @Transactional
    public Filed file(RelaisUser freelancerUser, ReportRequest request) {
        var freelancer = new FreelancerId(freelancerUser.freelancerId());
        var named = checked(request);
        limits.checkDailyCap(freelancer);

        DirectWorkAnswer answer = named.askedPersonId() != null
                ? guard.checkPerson(freelancer, named.personId(), request.receivedOn(), false)
                : guard.checkEmail(freelancer, named.email(), request.receivedOn(), false);
        UUID resolved = answer.person() == null ? null : UUID.fromString(answer.person().id());
        String personName = answer.person() != null ? answer.person().fullName()
                : named.email() != null ? named.email() : "—";
        var report = cases.added(Report.file(ReportId.random(), freelancer, Actor.of(freelancerUser),
                new Report.Named(named.askedPersonId(), resolved, named.email()), request.receivedOn(), request.channel(),
                blankToNull(request.text()), answer.verdict(), verdictTexts.headline(answer.verdict(), freelancerUser.locale()),
                clock.instant()), filed -> filed.isOpen()
                        ? new ReportOpened(filed.id(), freelancer, personName, filed.dueOn())
                        : new ReportAnswered(filed.id(), freelancer, personName));
        return new Filed(report, answer);
    }

    /** Who the report names as typed (the person's id parsed, the address normalised), once the request is valid. */
    private Report.Named checked(ReportRequest request) {
        LocalDate today = ParisCalendar.today(clock);
        var check = new InputCheck();
        boolean hasPerson = request.personId() != null && !request.personId().isBlank();
        boolean hasEmail = request.email() != null && !request.email().isBlank();
        if (hasPerson == hasEmail) {
            check.problem(hasPerson ? "email" : "personId", "report.validation.who",
                    "give either personId or email (exactly one)");
        }
        UUID personId = hasPerson ? check.field("personId", () -> Ids.parseField(request.personId())) : null;
        String email = hasEmail ? check.field("email", () -> new EmailAddress(request.email()).value()) : null;
        check.date("receivedOn", check.required("receivedOn", request.receivedOn()));
        check.required("channel", request.channel());
        if (request.receivedOn() != null && request.receivedOn().isAfter(today)) {
            check.problem("receivedOn", "report.validation.future", "must not be in the future");
        }
        if (request.text() != null && request.text().length() > MAX_TEXT) {
            check.problem("text", "report.validation.long", "must be at most 10,000 characters long");
        } else {
            check.text("text", request.text(), MAX_TEXT, true);
        }
        check.throwIfInvalid();
        return new Report.Named(hasPerson ? request.personId().trim() : null, personId, email);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
