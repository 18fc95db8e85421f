package relais.report.web;

import java.time.LocalDate;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.report.BuyoutId;
import relais.report.BuyoutQuotes;
import relais.report.BuyoutRequest;
import relais.report.Buyouts;
import relais.report.ReportId;

/** Buy-outs: quoted by account managers (on a case or not) and by client users for their own company. */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BuyoutApi {

    record OverrideRequest(String fee, String reason) {
    }

    record PaidRequest(LocalDate on) {
    }

    private final BuyoutQuotes quotes;
    private final Buyouts buyouts;

    @PostMapping("/reports/{id}/buyouts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    BuyoutJson quoteForCase(@PathVariable ReportId id, @RequestBody(required = false) BuyoutRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(quotes.quoteForCase(user, id, body == null ? null : body.requestedOn()));
    }

    @PostMapping("/buyouts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    BuyoutJson quote(@RequestBody BuyoutRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(quotes.quote(user, body, null));
    }

    @GetMapping("/buyouts/{id}")
    @PreAuthorize("hasAnyRole('CLIENT', 'ACCOUNT_MANAGER')")
    BuyoutJson buyout(@PathVariable BuyoutId id, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.visibleTo(user, id));
    }

    @PostMapping("/buyouts/{id}/override")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    BuyoutJson override(@PathVariable BuyoutId id, @RequestBody OverrideRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.override(id, user, body.fee(), Locale.ROOT, body.reason()));
    }

    @PostMapping("/buyouts/{id}/paid")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    BuyoutJson paid(@PathVariable BuyoutId id, @RequestBody PaidRequest body, @AuthenticationPrincipal RelaisUser user) {
        return BuyoutJson.of(buyouts.pay(id, user, body.on()).buyout());
    }
}
