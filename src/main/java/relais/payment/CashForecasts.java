package relais.payment;

import java.time.Clock;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import relais.billing.OverdueInvoices;
import relais.shared.ParisCalendar;

/** The cash expected from clients per week, as of today in Paris, for the account managers' dashboard. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CashForecasts {

    private final OverdueInvoices invoices;
    private final Clock clock;

    public CashForecast weekly() {
        return CashForecast.of(invoices.unpaid().stream()
                .map(i -> new CashForecast.Due(i.dueOn(), i.amountDue())).toList(), ParisCalendar.today(clock));
    }
}
