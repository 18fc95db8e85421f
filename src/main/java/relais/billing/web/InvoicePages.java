package relais.billing.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import relais.account.RelaisUser;
import relais.billing.Invoice;
import relais.billing.InvoiceFilter;
import relais.billing.InvoiceId;
import relais.billing.InvoiceKind;
import relais.billing.InvoiceStatus;
import relais.billing.Invoices;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.shared.InvalidInputException;
import relais.shared.InputCheck;
import relais.shared.web.FormErrors;
import relais.shared.web.FormValues;

/**
 * The invoice pages: each freelancer their own (self-billed) invoices, each client user their company's, never
 * the other side's; account managers the whole register, narrowed by kind, status, company, freelancer and issue
 * dates. A PDF is served only to someone who may see its invoice; anyone else gets the 404 of an unknown one.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvoicePages {

    private final Invoices invoices;
    private final BillingViews views;
    private final FormErrors formErrors;

    /** The register's filter as typed, for drawing its form again. */
    record FilterForm(String kind, String status, String companyId, String freelancerId, String from, String to) {
    }

    /** A company or freelancer the register may be narrowed to. */
    record Choice(UUID id, String name) {
    }

    @GetMapping("/invoices")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String companyId, @RequestParam(defaultValue = "") String freelancerId,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @AuthenticationPrincipal RelaisUser user, Model model) {
        var typed = new FilterForm(kind, status, companyId, freelancerId, from, to);
        Map<String, String> errors = Map.of();
        List<Invoice> found;
        if (user.isAccountManager()) {
            try {
                found = invoices.visibleTo(user, filter(typed));
            } catch (InvalidInputException refused) {
                errors = formErrors.of(refused);
                found = List.of();
            }
            var all = invoices.visibleTo(user, InvoiceFilter.ALL);
            model.addAttribute("companies", choices(all, Invoice::companyId, true));
            model.addAttribute("freelancers", choices(all, Invoice::freelancerId, false));
        } else {
            found = invoices.visibleTo(user, InvoiceFilter.ALL);
        }
        model.addAttribute("invoices", views.invoices(found.stream()
                .sorted(Comparator.comparing(Invoice::issuedOn).thenComparing(Invoice::number).reversed()).toList()));
        model.addAttribute("filter", typed);
        model.addAttribute("kinds", List.of(InvoiceKind.values()).stream().map(Enum::name).toList());
        model.addAttribute("statuses", List.of(InvoiceStatus.values()).stream().map(Enum::name).toList());
        model.addAttribute("errors", errors);
        return "billing/invoices";
    }

    @GetMapping("/invoices/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable InvoiceId id, @AuthenticationPrincipal RelaisUser user) {
        var invoice = invoices.find(id, user).orElseThrow(() -> relais.shared.NotFoundException.of("invoice", id));
        byte[] pdf = invoices.pdf(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(invoice.number() + ".pdf").build().toString())
                .body(pdf);
    }

    private static InvoiceFilter filter(FilterForm typed) {
        var values = new FormValues();
        var check = new InputCheck();
        var kind = values.choice("kind", typed.kind(), InvoiceKind.class);
        var status = values.choice("status", typed.status(), InvoiceStatus.class);
        var from = values.date("from", typed.from());
        var to = values.date("to", typed.to());
        UUID company = check.optional("companyId", typed.companyId(), () -> PageInput.choiceId(typed.companyId()));
        UUID freelancer = check.optional("freelancerId", typed.freelancerId(), () -> PageInput.choiceId(typed.freelancerId()));
        PageInput.throwIfInvalid(values, check);
        return new InvoiceFilter(kind, status, company == null ? null : new CompanyId(company),
                freelancer == null ? null : new FreelancerId(freelancer), from, to);
    }

    /** The companies (buyers of client invoices) or freelancers (sellers of self-billed ones) of the register. */
    private static List<Choice> choices(List<Invoice> all, java.util.function.Function<Invoice, Object> idOf,
            boolean companies) {
        var byId = new LinkedHashMap<UUID, String>();
        for (Invoice i : all) {
            boolean clientSide = i.kind() == InvoiceKind.CLIENT || i.kind() == InvoiceKind.CLIENT_CREDIT_NOTE;
            Object id = idOf.apply(i);
            if (id == null || clientSide != companies) {
                continue;
            }
            UUID value = id instanceof CompanyId c ? c.value() : ((FreelancerId) id).value();
            byId.putIfAbsent(value, companies ? i.buyer().name() : i.seller().name());
        }
        return byId.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::name)).toList();
    }
}
