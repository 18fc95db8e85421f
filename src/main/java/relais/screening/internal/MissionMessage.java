package relais.screening.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import relais.account.Role;
import relais.shared.ParisCalendar;
import relais.screening.Category;
import relais.screening.Screening;

/**
 * One message of a mission's conversation and what screening found in it. {@code personId} is the client person
 * the author speaks for, null for the freelancer.
 */
public record MissionMessage(UUID id, UUID missionId, UUID authorAccountId, Role authorRole, String authorName,
        UUID personId, String body, Instant createdAt, Screening screening) {

    public boolean byClient() {
        return authorRole == Role.CLIENT;
    }

    public boolean proposesGoingDirect() {
        return screening.categories().contains(Category.GO_DIRECT);
    }

    /** The French day it was sent on, the day a report about it says it was received. */
    public LocalDate sentOn() {
        return LocalDate.ofInstant(createdAt, ParisCalendar.PARIS);
    }
}
