package relais.mission.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import relais.company.PersonId;
import relais.mission.Mission;
import relais.shared.MoneyJson;

/** The JSON face of a mission; endOn is the planned end, actualEndOn the real one once finished. */
public record MissionView(String id, String freelancerId, String companyId, List<String> participantIds, String title,
        LocalDate agreedOn, LocalDate introducedOn, LocalDate startOn, LocalDate endOn, LocalDate actualEndOn,
        LocalDate cancelledOn, String status, MoneyJson dayRate, BigDecimal days, MoneyJson plannedAmount,
        BigDecimal orderedDays) {

    public static MissionView of(Mission m) {
        return new MissionView(m.id().toString(), m.freelancerId().toString(), m.companyId().toString(),
                m.participants().stream().map(PersonId::toString).sorted().toList(), m.title(), m.agreedOn(),
                m.introducedOn(), m.startOn(), m.plannedEndOn(), m.actualEndOn(), m.cancelledOn(), m.status().name(),
                MoneyJson.of(m.dayRate()), m.days(), MoneyJson.of(m.plannedAmount()), m.orderedDays());
    }
}
