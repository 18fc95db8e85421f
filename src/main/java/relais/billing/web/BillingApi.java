package relais.billing.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.billing.ActivityReportId;
import relais.billing.ActivityReports;
import relais.billing.InvoiceFilter;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoiceStatus;
import relais.billing.Invoices;
import relais.billing.web.BillingJson.Cancelled;
import relais.billing.web.BillingJson.Created;
import relais.billing.web.BillingJson.InvoiceJson;
import relais.billing.web.BillingJson.Rejected;
import relais.billing.web.BillingJson.ReportJson;
import relais.billing.web.BillingJson.Validated;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.MissionId;
import relais.shared.Ids;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;
import relais.shared.ParisCalendar;
import relais.shared.PlatformDates;

/** Activity reports and invoices in the API: the freelancer declares, the client decides, everyone reads their own. */
@RestController
@RequestMapping("/api")
class BillingApi {

    private static final int MOST_PER_PAGE = 1000;

    @Schema(name = "ActivityDeclaration")
    record DeclareRequest(String month, BigDecimal days, String note, Boolean last) {
    }

    record ValidateRequest(String purchaseOrder, LocalDate on, String note) {
    }

    record ReasonRequest(String reason) {
    }

    private final ActivityReports reports;
    private final Invoices invoices;
    private final Clock clock;

    BillingApi(ActivityReports reports, Invoices invoices, Clock clock) {
        this.reports = reports;
        this.invoices = invoices;
        this.clock = clock;
    }

    @PostMapping("/missions/{id}/activity-reports")
    @PreAuthorize("hasRole('FREELANCER')")
    @ResponseStatus(HttpStatus.CREATED)
    Created declare(@PathVariable MissionId id, @RequestBody DeclareRequest body, @AuthenticationPrincipal RelaisUser user) {
        var check = new InputCheck();
        YearMonth month = check.optional("month", body.month(), () -> month(body.month()));
        check.required("month", body.month());
        check.throwIfInvalid();
        var report = reports.declare(id, user, month, body.days(), body.note(), Boolean.TRUE.equals(body.last()));
        return new Created(report.id().toString(), report.status().name());
    }

    @GetMapping("/missions/{id}/activity-reports")
    @PreAuthorize("isAuthenticated()")
    List<ReportJson> ofMission(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user) {
        return reports.ofMission(id, user).stream().map(ReportJson::of).toList();
    }

    @GetMapping("/activity-reports/{id}")
    @PreAuthorize("isAuthenticated()")
    ReportJson report(@PathVariable ActivityReportId id, @AuthenticationPrincipal RelaisUser user) {
        return ReportJson.of(reports.find(id, user).orElseThrow(() -> NotFoundException.of("activity report", id)));
    }

    @PostMapping("/activity-reports/{id}/validate")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    Validated validate(@PathVariable ActivityReportId id, @RequestBody(required = false) ValidateRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        var request = body == null ? new ValidateRequest(null, null, null) : body;
        var validated = reports.validate(id, user, request.purchaseOrder(), request.on(), request.note());
        LocalDate today = ParisCalendar.today(clock);
        return new Validated(validated.report().id().toString(), validated.report().status().name(),
                validated.invoices().stream().map(i -> InvoiceJson.of(i, today)).toList());
    }

    @PostMapping("/activity-reports/{id}/reject")
    @PreAuthorize("hasRole('CLIENT')")
    Rejected reject(@PathVariable ActivityReportId id, @RequestBody(required = false) ReasonRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        var rejected = reports.reject(id, user, body == null ? null : body.reason());
        return new Rejected(rejected.id().toString(), rejected.status().name());
    }

    @PostMapping("/activity-reports/{id}/cancel")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    Cancelled cancel(@PathVariable ActivityReportId id, @RequestBody(required = false) ReasonRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        var cancelled = reports.cancel(id, user, body == null ? null : body.reason());
        LocalDate today = ParisCalendar.today(clock);
        return new Cancelled(cancelled.report().id().toString(), cancelled.report().status().name(),
                cancelled.creditNotes().stream().map(i -> InvoiceJson.of(i, today)).toList());
    }

    @GetMapping("/invoices")
    @PreAuthorize("isAuthenticated()")
    List<InvoiceJson> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String status,
            @RequestParam(required = false) String companyId, @RequestParam(required = false) String freelancerId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @AuthenticationPrincipal RelaisUser user) {
        var check = new InputCheck();
        var filter = new InvoiceFilter(
                check.optional("kind", kind, () -> choice(kind, InvoiceKind.class)),
                check.optional("status", status, () -> choice(status, InvoiceStatus.class)),
                check.optional("companyId", companyId, () -> new CompanyId(Ids.parseField(companyId))),
                check.optional("freelancerId", freelancerId, () -> new FreelancerId(Ids.parseField(freelancerId))),
                check.optional("from", from, () -> date(from)), check.optional("to", to, () -> date(to)));
        Integer pageNumber = check.optional("page", page, () -> bounded(page, 0, Integer.MAX_VALUE / MOST_PER_PAGE));
        Integer pageSize = check.optional("size", size, () -> bounded(size, 1, MOST_PER_PAGE));
        if ((pageNumber == null) != (pageSize == null) && check.isValid()) {
            check.problem(pageNumber == null ? "page" : "size", "billing.validation.paging",
                    "page and size go together");
        }
        check.throwIfInvalid();
        LocalDate today = ParisCalendar.today(clock);
        var found = pageNumber == null ? invoices.visibleTo(user, filter)
                : invoices.visibleTo(user, filter, pageNumber, pageSize);
        if (pageNumber == null && found.size() > Invoices.MOST_UNPAGED) {
            check.problem("size", "billing.validation.paging.needed",
                    "more than 10,000 invoices match: ask for them by page (page, size)");
            check.throwIfInvalid();
        }
        return found.stream().map(i -> InvoiceJson.of(i, today)).toList();
    }

    @GetMapping("/invoices/{id}")
    @PreAuthorize("isAuthenticated()")
    InvoiceJson invoice(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user) {
        return InvoiceJson.of(invoices.find(id, user).orElseThrow(() -> NotFoundException.of("invoice", id)),
                ParisCalendar.today(clock));
    }

    @GetMapping("/invoices/{id}/pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> pdf(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user) {
        var invoice = invoices.find(id, user).orElseThrow(() -> NotFoundException.of("invoice", id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(invoices.pdf(id, user));
    }

    @GetMapping("/invoices/{id}/xml")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> xml(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(invoices.xml(id, user));
    }

    private static YearMonth month(String text) {
        if (!text.strip().matches("\\d{4}-\\d{2}")) {
            throw new relais.shared.InvalidValueException("billing.validation.month", "must be a month as YYYY-MM");
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            PlatformDates.check(month.atDay(1));
            return month;
        } catch (DateTimeParseException e) {
            throw new relais.shared.InvalidValueException("billing.validation.month", "must be a month as YYYY-MM");
        }
    }

    private static LocalDate date(String text) {
        try {
            return PlatformDates.check(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new relais.shared.InvalidValueException("validation.date", "must be a date as YYYY-MM-DD", text);
        }
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new relais.shared.InvalidValueException("validation.choice", "is not one of the known values");
        }
    }

    private static Integer bounded(String text, int least, int most) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value < least || value > most) {
                throw new relais.shared.InvalidValueException("billing.validation.range",
                        "must be between " + least + " and " + most, least, most);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new relais.shared.InvalidValueException("billing.validation.range",
                    "must be between " + least + " and " + most, least, most);
        }
    }

}
