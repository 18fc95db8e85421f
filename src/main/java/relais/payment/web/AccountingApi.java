package relais.payment.web;

import java.time.Clock;
import java.time.Year;

import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import relais.payment.AccountingExport;

/** The accounting export in the API: the FEC of a year, streamed as it is read. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountingApi {

    private final AccountingExport export;
    private final Clock clock;

    @GetMapping("/api/accounting/fec")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    void fec(@RequestParam(required = false) String year, HttpServletResponse response) throws java.io.IOException {
        download(export, AccountingYear.parse(year, clock), response);
    }

    /** The year's FEC as a download named by the convention; written straight to the response as it is read. */
    static void download(AccountingExport export, Year year, HttpServletResponse response) throws java.io.IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(export.fileName(year)).build().toString());
        export.write(year, response.getOutputStream());
    }
}
