package relais.mission.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import relais.account.RelaisUser;
import relais.company.CompanyManagement;
import relais.mission.Extension;
import relais.mission.Extensions;
import relais.mission.IncidentCategory;
import relais.mission.Incidents;
import relais.mission.Mission;
import relais.mission.MissionManagement;
import relais.mission.MissionRoles;
import relais.shared.web.DayCounts;

/**
 * What the mission page shows after the start, for the reader's role: the ordered days, the extensions with the
 * forms to propose or answer one, and the incidents with the form to declare one.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AftercareView {

    /** Which form a refusal came from, so that its messages and typed values come back beside it. */
    record Failed(String form, String target, Map<String, String> typed) {

        static final Failed NONE = new Failed("", "", Map.of());

        public String value(String field) {
            return typed.getOrDefault(field, "");
        }

        public boolean is(String name, Object id) {
            return form.equals(name) && (id == null || target.equals(id.toString()));
        }
    }

    /** An extension with its days written the page's way. */
    record ExtensionRow(Extension extension, String days) {
    }

    private final MissionManagement missions;
    private final Extensions extensions;
    private final Incidents incidents;
    private final CompanyManagement companies;

    /** The mission page, drawn for a first look (no refusal). */
    String page(Model model, Mission mission, RelaisUser user) {
        return page(model, mission, user, Map.of(), Failed.NONE);
    }

    /** The mission page, drawn again with a refusal beside the form it came from. */
    String page(Model model, Mission mission, RelaisUser user, Map<String, String> errors, Failed failed) {
        model.addAttribute("row", missions.overviews(List.of(mission)).getFirst());
        model.addAttribute("errors", errors);
        model.addAttribute("failed", failed);
        model.addAttribute("orderedDays", days(mission.orderedDays()));
        model.addAttribute("extensions", extensions.ofMission(mission.id(), user).stream()
                .map(e -> new ExtensionRow(e, days(e.days()))).toList());
        model.addAttribute("incidents", incidents.ofMission(mission.id(), user));
        model.addAttribute("canPropose", mission.isOngoing()
                && (user.isAccountManager() || MissionRoles.isItsFreelancer(user, mission)));
        boolean answers = MissionRoles.isParticipant(user, mission);
        model.addAttribute("canAnswer", answers);
        model.addAttribute("poRequired", answers && companies.companyOrThrow(mission.companyId()).poRequired());
        model.addAttribute("canDeclare", MissionRoles.isItsFreelancer(user, mission) || answers);
        model.addAttribute("categories", IncidentCategory.values());
        return "mission/view";
    }

    /** Days as the page's language writes them: "12,5" in French, "12.5" in English, "—" when unknown. */
    static String days(BigDecimal days) {
        return days == null ? "—" : DayCounts.of(days, LocaleContextHolder.getLocale());
    }
}
