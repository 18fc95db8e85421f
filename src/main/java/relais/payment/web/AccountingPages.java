package relais.payment.web;

import java.time.Clock;
import java.time.Year;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import relais.payment.AccountingExport;
import relais.shared.InvalidInputException;
import relais.shared.ParisCalendar;
import relais.shared.web.FormErrors;

/**
 * The account managers' accounting page: a year, and its FEC to download. A year refused is drawn beside its field
 * and nothing is downloaded.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountingPages {

    private final AccountingExport export;
    private final FormErrors formErrors;
    private final Clock clock;

    @GetMapping("/accounting")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String page(Model model) {
        // The usual export is the year just closed.
        return page(String.valueOf(Year.from(ParisCalendar.today(clock)).minusYears(1).getValue()), Map.of(), model);
    }

    @GetMapping("/accounting/fec")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String download(@RequestParam(defaultValue = "") String year, Model model, HttpServletResponse response)
            throws java.io.IOException {
        Year chosen;
        try {
            chosen = AccountingYear.parse(year, clock);
        } catch (InvalidInputException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(year, formErrors.of(refused), model);
        }
        AccountingApi.download(export, chosen, response);
        return null;
    }

    private String page(String year, Map<String, String> errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("errors", errors);
        return "payment/accounting";
    }
}
