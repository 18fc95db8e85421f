package relais.company;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** When a client company pays an invoice: 30 or 60 days after it is issued, or 45 days then the end of that month. */
public enum PaymentTerms {
    NET_30, NET_60, EOM_45;

    public LocalDate dueOn(LocalDate issuedOn) {
        return switch (this) {
            case NET_30 -> issuedOn.plusDays(30);
            case NET_60 -> issuedOn.plusDays(60);
            case EOM_45 -> issuedOn.plusDays(45).with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
