package relais.payment.web;

import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import relais.payment.PayoutId;
import relais.payment.Transfer;
import relais.payment.TransferId;
import relais.payment.Transfers;
import relais.shared.MoneyJson;

/** SEPA transfers in the API (account managers): issue one, download its pain.001, confirm the bank executed it. */
@RestController
@RequestMapping("/api/transfers")
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TransferApi {

    record ExecutedRequest(LocalDate on) {
    }

    /** A transfer just issued, with the payable payouts left out for want of an IBAN. */
    record IssuedJson(String id, String messageId, List<String> payoutIds, MoneyJson total, LocalDate requestedOn,
            List<String> leftWithoutIban) {
    }

    record TransferJson(String id, String messageId, int payoutCount, MoneyJson total, LocalDate requestedOn,
            LocalDate executedOn) {

        static TransferJson of(Transfer t) {
            return new TransferJson(t.id().toString(), t.messageId(), t.payoutCount(), MoneyJson.of(t.total()),
                    t.requestedOn(), t.executedOn());
        }
    }

    private final Transfers transfers;

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedJson> issue(@AuthenticationPrincipal RelaisUser user) {
        var issued = transfers.issue(user);
        var t = issued.transfer();
        return ResponseEntity.status(201).body(new IssuedJson(t.id().toString(), t.messageId(),
                issued.payoutIds().stream().map(PayoutId::toString).toList(), MoneyJson.of(t.total()), t.requestedOn(),
                issued.leftWithoutIban().stream().map(PayoutId::toString).toList()));
    }

    @GetMapping(path = "/{id}/xml")
    ResponseEntity<String> xml(@PathVariable TransferId id, @AuthenticationPrincipal RelaisUser user) {
        var transfer = transfers.find(id, user);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + transfer.messageId() + ".xml\"")
                .body(transfers.xml(id, user));
    }

    @PostMapping("/{id}/executed")
    TransferJson executed(@PathVariable TransferId id, @RequestBody(required = false) ExecutedRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return TransferJson.of(transfers.executed(id, body == null ? null : body.on(), user));
    }
}
