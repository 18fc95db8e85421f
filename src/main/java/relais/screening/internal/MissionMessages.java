package relais.screening.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.guard.GuardManagement;
import relais.mission.Mission;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.screening.MessageScreener;
import relais.shared.InputCheck;
import relais.shared.NotFoundException;

/**
 * Mission conversations. A message is always delivered, flagged or not: screening informs the sender, the
 * freelancer and the account managers, it never blocks.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MissionMessages {

    public static final int MAX_LENGTH = 5_000;

    /** A conversation as one reader sees it; {@code reportForm} is set only on offers made to that reader. */
    public record Conversation(Mission mission, List<Entry> entries, boolean canWrite) {
    }

    public record Entry(MissionMessage message, String reportForm) {
    }

    /** A flagged message for the account managers' queue, with its mission's title. */
    public record QueueEntry(MissionMessage message, String missionTitle) {
    }

    private final MissionMessageRows rows;
    private final MissionManagement missions;
    private final MessageScreener screener;
    private final GoDirectOffers offers;
    private final GuardManagement guard;

    public Conversation conversation(MissionId missionId, RelaisUser reader) {
        Mission mission = readable(missionId, reader);
        List<Entry> entries = rows.ofMission(mission.id().value()).stream()
                .map(m -> new Entry(m, reader.isFreelancer() ? offers.reportFormFor(mission, m, m.sentOn()).orElse(null) : null))
                .toList();
        return new Conversation(mission, entries, MessageAccess.canWrite(reader, mission));
    }

    /** Screens and delivers the message; tells the freelancer when it is a protected client's proposal to go direct. */
    @Transactional
    public MissionMessage post(MissionId missionId, RelaisUser author, String text) {
        Mission mission = readable(missionId, author);
        if (!MessageAccess.canWrite(author, mission)) {
            throw new AccessDeniedException("account managers read mission conversations, they do not write in them");
        }
        String body = checked(text);
        var message = rows.insert(new MissionMessage(UUID.randomUUID(), mission.id().value(), author.id().value(),
                author.role(), author.displayName(), author.isClient() ? author.personId() : null, body, null,
                screener.screen(body)));
        LocalDate today = guard.today();
        offers.reportFormFor(mission, message, today).ifPresent(form -> offers.tellFreelancer(mission, message, form));
        return message;
    }

    /** Flagged messages of all missions, newest first, for the account managers. */
    public List<QueueEntry> queue(int limit) {
        Map<UUID, String> titles = new HashMap<>();
        return rows.flagged(limit).stream()
                .map(m -> new QueueEntry(m, titles.computeIfAbsent(m.missionId(),
                        id -> missions.mission(new MissionId(id)).map(Mission::title).orElse(""))))
                .toList();
    }

    private static String checked(String text) {
        var check = new InputCheck();
        String body = text == null ? null : text.strip();
        check.required("text", body);
        if (body != null && body.length() > MAX_LENGTH) {
            check.problem("text", "screening.validation.long", "must be at most 5,000 characters long", MAX_LENGTH);
        } else {
            check.text("text", body, MAX_LENGTH, true);
        }
        check.throwIfInvalid();
        return body;
    }

    /** Unknown missions and missions the user takes no part in both answer 404. */
    private Mission readable(MissionId missionId, RelaisUser user) {
        Mission mission = missions.mission(missionId)
                .orElseThrow(() -> NotFoundException.of("mission", missionId));
        if (!MessageAccess.canRead(user, mission)) {
            throw NotFoundException.of("mission", missionId);
        }
        return mission;
    }
}
