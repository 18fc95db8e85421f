package relais.mission.web;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.mission.web.AftercareAnswers.Created;
import relais.mission.web.AftercareAnswers.StatusOnly;
import relais.mission.Extension;
import relais.mission.ExtensionId;
import relais.mission.Extensions;
import relais.mission.MissionId;

/** Extensions (avenants) in the API: the freelancer or an account manager proposes, a client person answers. */
@RestController
@RequestMapping("/api")
class ExtensionApi {

    record ProposalRequest(BigDecimal days, LocalDate endOn) {
    }

    @Schema(name = "ExtensionAcceptance")
    record AcceptRequest(String purchaseOrder) {
    }

    record DeclineRequest(String reason) {
    }

    /** An extension as its readers see it. */
    record ExtensionJson(String id, String missionId, String status, BigDecimal days, LocalDate endOn,
            String proposedBy, String proposedAt, String answeredBy, String answeredAt, String purchaseOrder,
            String declineReason) {

        static ExtensionJson of(Extension e) {
            return new ExtensionJson(e.id().toString(), e.missionId().toString(), e.status().name(), e.days(),
                    e.endOn(), e.proposedBy().name(), e.proposedAt().toString(),
                    e.decidedBy() == null ? null : e.decidedBy().name(),
                    e.decidedAt() == null ? null : e.decidedAt().toString(), e.purchaseOrder(), e.declineReason());
        }
    }

    private final Extensions extensions;

    ExtensionApi(Extensions extensions) {
        this.extensions = extensions;
    }

    @PostMapping("/missions/{id}/extensions")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    @ResponseStatus(HttpStatus.CREATED)
    Created propose(@PathVariable MissionId id, @RequestBody ProposalRequest body, @AuthenticationPrincipal RelaisUser user) {
        var extension = extensions.propose(id, user, body.days(), body.endOn());
        return new Created(extension.id().toString(), extension.status().name());
    }

    @GetMapping("/missions/{id}/extensions")
    @PreAuthorize("isAuthenticated()")
    List<ExtensionJson> ofMission(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user) {
        return extensions.ofMission(id, user).stream().map(ExtensionJson::of).toList();
    }

    @GetMapping("/extensions/{id}")
    @PreAuthorize("isAuthenticated()")
    ExtensionJson extension(@PathVariable ExtensionId id, @AuthenticationPrincipal RelaisUser user) {
        return ExtensionJson.of(extensions.extension(id, user));
    }

    @PostMapping("/extensions/{id}/accept")
    @PreAuthorize("hasRole('CLIENT')")
    StatusOnly accept(@PathVariable ExtensionId id, @RequestBody(required = false) AcceptRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return new StatusOnly(extensions.accept(id, user, body == null ? null : body.purchaseOrder()).status().name());
    }

    @PostMapping("/extensions/{id}/decline")
    @PreAuthorize("hasRole('CLIENT')")
    StatusOnly decline(@PathVariable ExtensionId id, @RequestBody DeclineRequest body,
            @AuthenticationPrincipal RelaisUser user) {
        return new StatusOnly(extensions.decline(id, user, body.reason()).status().name());
    }
}
