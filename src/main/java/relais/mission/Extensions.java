package relais.mission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.mission.internal.ExtensionRows;
import relais.mission.internal.MissionRows;
import relais.shared.ConflictException;
import relais.shared.NotFoundException;

/**
 * Extensions (avenants) of missions: the freelancer or an account manager proposes more days, a client person of the
 * mission accepts (with a purchase order when the company requires one) or declines. Whoever may not see the
 * mission is answered as if it did not exist; whoever sees it but stands on the wrong side is refused.
 */
@Service
public class Extensions {

    private final ExtensionRows extensions;
    private final VisibleMissions missions;
    private final MissionRows missionRows;
    private final CompanyManagement companies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Extensions(ExtensionRows extensions, VisibleMissions missions, MissionRows missionRows, CompanyManagement companies,
            ApplicationEventPublisher events, Clock clock) {
        this.missionRows = missionRows;
        this.extensions = extensions;
        this.missions = missions;
        this.companies = companies;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Extension propose(MissionId missionId, RelaisUser user, BigDecimal days, LocalDate endOn) {
        var mission = missions.visibleLocked(missionId, user);
        if (!user.isAccountManager() && !MissionRoles.isItsFreelancer(user, mission)) {
            throw new AccessDeniedException("the mission's freelancer or an account manager proposes its extensions");
        }
        var extension = Extension.propose(Extension.newId(), mission, days, endOn, MissionActor.of(user), clock.instant());
        extensions.insert(extension);
        events.publishEvent(new ExtensionProposed(extension.id(), missionId, user.displayName(), user.isAccountManager()));
        return extension;
    }

    @Transactional
    public Extension accept(ExtensionId id, RelaisUser user, String purchaseOrder) {
        var mission = answerable(id, user);
        var extension = extensionOrThrow(id);
        boolean poRequired = companies.companyOrThrow(mission.companyId()).poRequired();
        var accepted = extension.accept(mission, purchaseOrder, poRequired, MissionActor.of(user), clock.instant());
        saveAnswer(accepted);
        var extended = mission.extendedBy(accepted.days(), accepted.endOn());
        if (!java.util.Objects.equals(extended.plannedEndOn(), mission.plannedEndOn())) {
            missionRows.updatePlannedEnd(mission.id(), extended.plannedEndOn());
        }
        events.publishEvent(new ExtensionAnswered(id, mission.id(), ExtensionStatus.ACCEPTED, user.displayName()));
        return accepted;
    }

    @Transactional
    public Extension decline(ExtensionId id, RelaisUser user, String reason) {
        var mission = answerable(id, user);
        var declined = extensionOrThrow(id).decline(mission, reason, MissionActor.of(user), clock.instant());
        saveAnswer(declined);
        events.publishEvent(new ExtensionAnswered(id, mission.id(), ExtensionStatus.DECLINED, user.displayName()));
        return declined;
    }

    /** The extensions of a mission the caller may see, newest first. */
    public List<Extension> ofMission(MissionId missionId, RelaisUser user) {
        missions.visible(missionId, user);
        return extensions.ofMission(missionId);
    }

    public Extension extension(ExtensionId id, RelaisUser user) {
        var extension = extensionOrThrow(id);
        missions.visible(extension.missionId(), user);
        return extension;
    }

    /** The mission of an extension, locked, when the caller is one of its client people. */
    private Mission answerable(ExtensionId id, RelaisUser user) {
        var mission = missions.visibleLocked(extensionOrThrow(id).missionId(), user);
        if (!MissionRoles.isParticipant(user, mission)) {
            throw new AccessDeniedException("the mission's client people answer its extensions");
        }
        return mission;
    }

    private void saveAnswer(Extension answered) {
        if (!extensions.answer(answered)) {
            throw new ConflictException(null, "conflict.mission.changed",
                    "The mission changed meanwhile; reload it and try again.");
        }
    }

    private Extension extensionOrThrow(ExtensionId id) {
        return extensions.byId(id).orElseThrow(() -> NotFoundException.of("extension", id));
    }


}
