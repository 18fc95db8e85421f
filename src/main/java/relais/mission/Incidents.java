package relais.mission;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.mission.internal.IncidentRows;
import relais.shared.ConflictException;
import relais.shared.NotFoundException;

/**
 * Incidents on missions: declared by the freelancer or a client person of the mission, seen by both sides and the
 * account managers, handled and closed by an account manager. Internal notes are read by account managers only.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Incidents {

    /** The account managers' queue shows this many incidents of each status at most. */
    public static final int QUEUE_SIZE = 200;

    private final IncidentRows incidents;
    private final VisibleMissions missions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    public Incident declare(MissionId missionId, RelaisUser user, String category, String description) {
        var mission = missions.visible(missionId, user);
        MissionSide side = MissionRoles.isItsFreelancer(user, mission) ? MissionSide.FREELANCER
                : MissionRoles.isParticipant(user, mission) ? MissionSide.CLIENT : null;
        if (side == null) {
            throw new AccessDeniedException("the mission's freelancer and client people declare its incidents");
        }
        var incident = Incident.declare(Incident.newId(), mission, category, description, MissionActor.of(user), side,
                clock.instant());
        incidents.insert(incident);
        events.publishEvent(new IncidentDeclared(incident.id(), missionId, incident.category(), user.displayName()));
        return incident;
    }

    @Transactional
    public Incident take(IncidentId id, RelaisUser manager) {
        return save(incidentOrThrow(id).take(MissionActor.of(manager)));
    }

    @Transactional
    public IncidentNote note(IncidentId id, RelaisUser manager, String text) {
        String said = incidentOrThrow(id).note(text);
        var note = new IncidentNote(UUID.randomUUID(), id, MissionActor.of(manager), said, clock.instant());
        incidents.insertNote(note);
        return note;
    }

    @Transactional
    public Incident close(IncidentId id, RelaisUser manager, String resolution) {
        var closed = save(incidentOrThrow(id).close(resolution, MissionActor.of(manager), clock.instant()));
        events.publishEvent(new IncidentClosed(id, closed.missionId()));
        return closed;
    }

    /** An incident the caller may see: account managers, and whoever may see its mission. */
    public Incident incident(IncidentId id, RelaisUser user) {
        var incident = incidentOrThrow(id);
        missions.visible(incident.missionId(), user);
        return incident;
    }

    public List<Incident> ofMission(MissionId missionId, RelaisUser user) {
        missions.visible(missionId, user);
        return incidents.ofMission(missionId);
    }

    /** The internal notes: for account managers only. */
    public List<IncidentNote> notes(IncidentId id, RelaisUser user) {
        if (!user.isAccountManager()) {
            throw new AccessDeniedException("internal notes are for account managers");
        }
        return incidents.notes(id);
    }

    public List<Incident> queue(IncidentStatus status) {
        return incidents.queue(status, QUEUE_SIZE);
    }

    private Incident save(Incident changed) {
        if (!incidents.update(changed)) {
            throw new ConflictException(null, "mission.incident.conflict.closed",
                    "This incident is closed; it can no longer change.");
        }
        return changed;
    }

    private Incident incidentOrThrow(IncidentId id) {
        return incidents.byId(id).orElseThrow(() -> NotFoundException.of("incident", id));
    }

}
