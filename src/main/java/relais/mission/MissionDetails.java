package relais.mission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import relais.shared.MoneyJson;

/** A new mission as typed by an account manager (often history, with past dates), before validation. */
public record MissionDetails(String freelancerId, String companyId, List<String> participantIds, String title,
        LocalDate agreedOn, LocalDate introducedOn, LocalDate startOn, LocalDate endOn, MoneyJson dayRate,
        BigDecimal days) {
}
