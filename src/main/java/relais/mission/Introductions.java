package relais.mission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.company.CompanyId;
import relais.company.PersonId;
import relais.freelancer.FreelancerId;
import relais.shared.Money;
import relais.shared.MoneyJson;
import relais.shared.ParisCalendar;

/**
 * The mission that a client's choice of a freelancer creates: agreed and introduced that same day (Paris), so that
 * the guard protects the client's people for the freelancer from that day on.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Introductions {

    private final MissionManagement missions;
    private final Clock clock;

    /**
     * The participants are the client's people the freelancer now knows (the brief's contact first); the client day
     * rate is the quote's and the purchase order the one given at selection (null when none).
     */
    @Transactional
    public Mission introduce(FreelancerId freelancer, CompanyId company, List<PersonId> participants, String title,
            LocalDate startOn, Money dayRate, BigDecimal days, Money clientDayRate, String purchaseOrder) {
        LocalDate today = ParisCalendar.today(clock);
        return missions.create(new MissionDetails(freelancer.toString(), company.toString(),
                participants.stream().map(PersonId::toString).toList(), title, today, today, startOn, null,
                MoneyJson.of(dayRate), days), clientDayRate, purchaseOrder);
    }
}
