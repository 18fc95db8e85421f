package relais.mission.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.company.CompanyId;
import relais.freelancer.FreelancerId;
import relais.mission.Mission;
import relais.mission.MissionDetails;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.shared.NotFoundException;

@RestController
@PreAuthorize("hasRole('ACCOUNT_MANAGER')") // unless an operation says otherwise
@RequestMapping("/api")
class MissionApi {

    record DateRequest(LocalDate on) {
    }

    private final MissionManagement missions;

    MissionApi(MissionManagement missions) {
        this.missions = missions;
    }

    @PostMapping("/missions")
    @ResponseStatus(HttpStatus.CREATED)
    MissionView create(@RequestBody MissionDetails body) {
        return MissionView.of(missions.create(body));
    }

    @PutMapping("/missions/{id}")
    MissionView update(@PathVariable MissionId id, @RequestBody MissionDetails body) {
        return MissionView.of(missions.update(id, body));
    }

    @PostMapping("/missions/{id}/start")
    MissionView start(@PathVariable MissionId id, @RequestBody DateRequest body) {
        return MissionView.of(missions.start(id, body.on()));
    }

    @PostMapping("/missions/{id}/end")
    MissionView end(@PathVariable MissionId id, @RequestBody DateRequest body) {
        return MissionView.of(missions.end(id, body.on()));
    }

    @PostMapping("/missions/{id}/cancel")
    MissionView cancel(@PathVariable MissionId id, @RequestBody DateRequest body) {
        return MissionView.of(missions.cancel(id, body.on()));
    }

    /** Account managers filter freely; freelancers get their own missions, client users their company's. */
    @PreAuthorize("isAuthenticated()")
    @GetMapping("/missions")
    List<MissionView> list(@RequestParam(required = false) FreelancerId freelancerId,
            @RequestParam(required = false) CompanyId companyId, @RequestParam(defaultValue = "") String q,
            @AuthenticationPrincipal RelaisUser user) {
        List<Mission> found;
        if (user.isFreelancer()) {
            found = missions.missionsOf(new FreelancerId(user.freelancerId()));
        } else if (user.isClient()) {
            found = missions.missionsWith(new CompanyId(user.companyId()));
        } else if (freelancerId != null) {
            found = missions.missionsOf(freelancerId);
        } else if (companyId != null) {
            found = missions.missionsWith(companyId);
        } else {
            found = missions.search(q, 200);
        }
        return found.stream().map(MissionView::of).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/missions/{id}")
    MissionView mission(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user) {
        var mission = missions.missionOrThrow(id);
        if (!MissionAccess.canSee(user, mission)) {
            throw NotFoundException.of("mission", id);
        }
        return MissionView.of(mission);
    }
}
