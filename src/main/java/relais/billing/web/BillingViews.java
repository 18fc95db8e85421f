package relais.billing.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import relais.billing.ActivityReport;
import relais.billing.Invoice;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.mission.MissionOverview;
import relais.shared.Money;
import relais.shared.ParisCalendar;

/** Turns billing's records into what the pages show: names instead of ids, months in words, no raw values. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BillingViews {

    private final MissionManagement missions;
    private final Clock clock;

    /** An activity report as its pages show it. */
    record ReportView(String id, String missionId, String missionTitle, String freelancerName, String companyName,
            YearMonth month, String monthInWords, BigDecimal days, String status, boolean last, String note,
            Instant submittedAt, String decidedBy, Instant decidedAt, LocalDate validatedOn, String purchaseOrder,
            String validationNote, String rejectionReason, String cancelReason) {
    }

    /** An invoice as a list shows it. */
    record InvoiceView(String id, String number, String kind, String status, String seller, String buyer,
            LocalDate issuedOn, LocalDate dueOn, Money total, boolean overdue) {
    }

    List<ReportView> reports(Collection<ActivityReport> reports) {
        var overviews = overviews(reports.stream().map(ActivityReport::missionId).distinct().toList());
        return reports.stream().map(r -> view(r, overviews.get(r.missionId()))).toList();
    }

    ReportView report(ActivityReport report) {
        return reports(List.of(report)).getFirst();
    }

    List<InvoiceView> invoices(Collection<Invoice> invoices) {
        LocalDate today = ParisCalendar.today(clock);
        return invoices.stream().map(i -> new InvoiceView(i.id().toString(), i.number(), i.kind().name(),
                i.status().name(), i.seller().name(), i.buyer().name(), i.issuedOn(), i.dueOn(), i.total(),
                i.overdue(today))).toList();
    }

    /** "novembre 2026", "November 2026". */
    static String monthInWords(YearMonth month, Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", language));
    }

    private Map<MissionId, MissionOverview> overviews(List<MissionId> ids) {
        var found = ids.stream().flatMap(id -> missions.mission(id).stream()).toList();
        var byId = new HashMap<MissionId, MissionOverview>();
        missions.overviews(found).forEach(o -> byId.put(o.mission().id(), o));
        return byId;
    }

    private static ReportView view(ActivityReport r, MissionOverview overview) {
        return new ReportView(r.id().toString(), r.missionId().toString(),
                overview == null ? "" : overview.mission().title(), overview == null ? "" : overview.freelancerName(),
                overview == null ? "" : overview.companyName(), r.month(),
                monthInWords(r.month(), LocaleContextHolder.getLocale()), r.days(), r.status().name(), r.last(),
                r.note(), r.submittedAt(), r.decidedBy() == null ? null : r.decidedBy().name(), r.decidedAt(),
                r.validatedOn(), r.purchaseOrder(), r.validationNote(), r.rejectionReason(), r.cancelReason());
    }
}
