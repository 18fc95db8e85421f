package relais.mission.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.account.RelaisUser;
import relais.mission.ExtensionId;
import relais.mission.Extensions;
import relais.mission.IncidentId;
import relais.mission.IncidentStatus;
import relais.mission.Incidents;
import relais.mission.MissionId;
import relais.mission.MissionManagement;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;

/**
 * The pages after a mission's start: extensions and incidents on the mission page, and the account managers'
 * incident queue and incident page. Each write goes back to its page with a flash saying what happened, or draws
 * the page again with the refusal beside its field.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AftercarePages {

    private final MissionManagement missions;
    private final Extensions extensions;
    private final Incidents incidents;
    private final AftercareView view;
    private final FormSubmission submission;
    private final MessageSource messages;

    @PostMapping("/missions/{id}/extensions")
    @PreAuthorize("hasAnyRole('FREELANCER', 'ACCOUNT_MANAGER')")
    String propose(@PathVariable MissionId id, @RequestParam(defaultValue = "") String days,
            @RequestParam(defaultValue = "") String endOn, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return onMission(id, user, model, redirect, "mission.extension.flash.proposed",
                new AftercareView.Failed("propose", "", Map.of("days", days, "endOn", endOn)), () -> {
                    var values = new FormValues();
                    var count = values.number("days", days);
                    var end = values.date("endOn", endOn);
                    values.throwIfInvalid();
                    extensions.propose(id, user, count, end);
                });
    }

    @PostMapping("/extensions/{id}/accept")
    @PreAuthorize("hasRole('CLIENT')")
    String accept(@PathVariable ExtensionId id, @RequestParam(defaultValue = "") String purchaseOrder,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return answer(id, "accept", "purchaseOrder", purchaseOrder, user, model, redirect,
                () -> extensions.accept(id, user, purchaseOrder));
    }

    @PostMapping("/extensions/{id}/decline")
    @PreAuthorize("hasRole('CLIENT')")
    String decline(@PathVariable ExtensionId id, @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return answer(id, "decline", "reason", reason, user, model, redirect,
                () -> extensions.decline(id, user, reason));
    }

    /** A client person's answer to an extension, given on its mission's page with one field. */
    private String answer(ExtensionId id, String form, String field, String value, RelaisUser user, Model model,
            RedirectAttributes redirect, Runnable write) {
        var missionId = extensions.extension(id, user).missionId();
        String flash = "mission.extension.flash." + ("accept".equals(form) ? "accepted" : "declined");
        return onMission(missionId, user, model, redirect, flash,
                new AftercareView.Failed(form, id.toString(), Map.of(field, value)), write);
    }

    @PostMapping("/missions/{id}/incidents")
    @PreAuthorize("hasAnyRole('FREELANCER', 'CLIENT')")
    String declare(@PathVariable MissionId id, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String description, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return onMission(id, user, model, redirect, "mission.incident.flash.declared",
                new AftercareView.Failed("declare", "", Map.of("category", category, "description", description)),
                () -> incidents.declare(id, user, category, description));
    }

    /** A write on the mission page: back to it with a flash, or the page again with the refusal beside its form. */
    private String onMission(MissionId id, RelaisUser user, Model model, RedirectAttributes redirect, String flash,
            AftercareView.Failed failed, Runnable write) {
        var mission = missions.missionOrThrow(id);
        if (!MissionAccess.canSee(user, mission)) {
            throw relais.shared.NotFoundException.of("mission", id);
        }
        return submission.attempt(() -> {
            write.run();
            redirect.addFlashAttribute("flash", say(flash));
            return "redirect:/missions/" + id + "#" + (failed.form().equals("declare") ? "incidents" : "extensions");
        }, errors -> view.page(model, missions.missionOrThrow(id), user, errors, failed));
    }

    @GetMapping("/incidents")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String queue(Model model) {
        var open = incidents.queue(IncidentStatus.OPEN);
        var closed = incidents.queue(IncidentStatus.CLOSED);
        model.addAttribute("open", rows(open));
        model.addAttribute("closed", rows(closed));
        return "mission/incidents";
    }

    /** An incident with the title of its mission, for the queue. */
    record QueueRow(relais.mission.Incident incident, String missionTitle) {
    }

    private List<QueueRow> rows(List<relais.mission.Incident> found) {
        return found.stream().map(i -> new QueueRow(i, missions.mission(i.missionId()).map(m -> m.title()).orElse("")))
                .toList();
    }

    @GetMapping("/incidents/{id}")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String incident(@PathVariable IncidentId id, @AuthenticationPrincipal RelaisUser user, Model model) {
        return incidentPage(id, user, model, Map.of(), "", Map.of());
    }

    @PostMapping("/incidents/{id}/take")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String take(@PathVariable IncidentId id, @AuthenticationPrincipal RelaisUser user, Model model,
            RedirectAttributes redirect) {
        return onIncident(id, user, model, redirect, "mission.incident.flash.taken", "take", Map.of(),
                () -> incidents.take(id, user));
    }

    @PostMapping("/incidents/{id}/notes")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String note(@PathVariable IncidentId id, @RequestParam(defaultValue = "") String text,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return onIncident(id, user, model, redirect, "mission.incident.flash.noted", "note", Map.of("text", text),
                () -> incidents.note(id, user, text));
    }

    @PostMapping("/incidents/{id}/close")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String close(@PathVariable IncidentId id, @RequestParam(defaultValue = "") String resolution,
            @AuthenticationPrincipal RelaisUser user, Model model, RedirectAttributes redirect) {
        return onIncident(id, user, model, redirect, "mission.incident.flash.closed", "close",
                Map.of("resolution", resolution), () -> incidents.close(id, user, resolution));
    }

    private String onIncident(IncidentId id, RelaisUser user, Model model, RedirectAttributes redirect, String flash,
            String form, Map<String, String> typed, Supplier<?> write) {
        incidents.incident(id, user);
        return submission.attempt(() -> {
            write.get();
            redirect.addFlashAttribute("flash", say(flash));
            return "redirect:/incidents/" + id;
        }, errors -> incidentPage(id, user, model, errors, form, typed));
    }

    private String incidentPage(IncidentId id, RelaisUser user, Model model, Map<String, String> errors, String form,
            Map<String, String> typed) {
        var incident = incidents.incident(id, user);
        var mission = missions.missionOrThrow(incident.missionId());
        model.addAttribute("incident", incident);
        model.addAttribute("row", missions.overviews(List.of(mission)).getFirst());
        model.addAttribute("notes", incidents.notes(id, user));
        model.addAttribute("errors", errors);
        model.addAttribute("failed", new AftercareView.Failed(form, id.toString(), typed));
        return "mission/incident";
    }

    private String say(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
