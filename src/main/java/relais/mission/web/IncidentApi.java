package relais.mission.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.mission.web.AftercareAnswers.Created;
import relais.mission.web.AftercareAnswers.StatusOnly;
import relais.mission.Incident;
import relais.mission.IncidentId;
import relais.mission.IncidentNote;
import relais.mission.IncidentStatus;
import relais.mission.Incidents;
import relais.mission.MissionId;

/** Incidents in the API: declared by a side of the mission, handled and closed by an account manager. */
@RestController
@RequestMapping("/api")
class IncidentApi {

    @Schema(name = "IncidentDeclaration")
    record DeclareRequest(String category, String description) {
    }

    record NoteRequest(String text) {
    }

    @Schema(name = "IncidentClosing")
    record CloseRequest(String resolution) {
    }

    record NoteJson(String id, String author, String text, Instant writtenAt) {

        static NoteJson of(IncidentNote n) {
            return new NoteJson(n.id().toString(), n.author().name(), n.text(), n.writtenAt());
        }
    }

    /** An incident as both sides see it; account managers also get the internal notes ({@code null} for the others). */
    record IncidentJson(String id, String missionId, String status, String category, String description,
            String declaredBy, String declaredSide, Instant declaredAt, String assignee, String resolution,
            Instant closedAt, List<NoteJson> notes) {

        static IncidentJson of(Incident i, List<NoteJson> notes) {
            return new IncidentJson(i.id().toString(), i.missionId().toString(), i.status().name(), i.category().name(),
                    i.description(), i.declaredBy().name(), i.declaredSide().name(), i.declaredAt(),
                    i.assignee() == null ? null : i.assignee().name(), i.resolution(), i.closedAt(), notes);
        }
    }

    private final Incidents incidents;

    IncidentApi(Incidents incidents) {
        this.incidents = incidents;
    }

    @PostMapping("/missions/{id}/incidents")
    @PreAuthorize("hasAnyRole('FREELANCER', 'CLIENT')")
    @ResponseStatus(HttpStatus.CREATED)
    Created declare(@PathVariable MissionId id, @RequestBody DeclareRequest body, @AuthenticationPrincipal RelaisUser user) {
        var incident = incidents.declare(id, user, body.category(), body.description());
        return new Created(incident.id().toString(), incident.status().name());
    }

    @GetMapping("/missions/{id}/incidents")
    @PreAuthorize("isAuthenticated()")
    List<IncidentJson> ofMission(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user) {
        return incidents.ofMission(id, user).stream().map(i -> IncidentJson.of(i, null)).toList();
    }

    @GetMapping("/incidents")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    List<IncidentJson> queue(@RequestParam(defaultValue = "OPEN") IncidentStatus status) {
        return incidents.queue(status).stream().map(i -> IncidentJson.of(i, null)).toList();
    }

    @GetMapping("/incidents/{id}")
    @PreAuthorize("isAuthenticated()")
    IncidentJson incident(@PathVariable IncidentId id, @AuthenticationPrincipal RelaisUser user) {
        var incident = incidents.incident(id, user);
        return IncidentJson.of(incident, user.isAccountManager()
                ? incidents.notes(id, user).stream().map(NoteJson::of).toList() : null);
    }

    @PostMapping("/incidents/{id}/take")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    StatusOnly take(@PathVariable IncidentId id, @AuthenticationPrincipal RelaisUser user) {
        return new StatusOnly(incidents.take(id, user).status().name());
    }

    @PostMapping("/incidents/{id}/notes")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    NoteJson note(@PathVariable IncidentId id, @RequestBody NoteRequest body, @AuthenticationPrincipal RelaisUser user) {
        return NoteJson.of(incidents.note(id, user, body.text()));
    }

    @PostMapping("/incidents/{id}/close")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    StatusOnly close(@PathVariable IncidentId id, @RequestBody CloseRequest body, @AuthenticationPrincipal RelaisUser user) {
        return new StatusOnly(incidents.close(id, user, body.resolution()).status().name());
    }
}
