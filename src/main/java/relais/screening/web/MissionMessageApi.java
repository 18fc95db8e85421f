package relais.screening.web;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import relais.account.RelaisUser;
import relais.mission.MissionId;
import relais.screening.internal.MissionMessages;

/** A mission's conversation for its freelancer and client participants; account managers read it. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MissionMessageApi {

    record PostRequest(String text) {
    }

    private final MissionMessages messages;
    private final Reminders reminders;

    @GetMapping("/api/missions/{id}/messages")
    List<MessageJson> list(@PathVariable MissionId id, @AuthenticationPrincipal RelaisUser user) {
        return messages.conversation(id, user).entries().stream()
                .map(e -> MessageJson.of(e.message(), e.reportForm(), null))
                .toList();
    }

    @PostMapping("/api/missions/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    MessageJson post(@PathVariable MissionId id, @RequestBody PostRequest body, @AuthenticationPrincipal RelaisUser user) {
        var message = messages.post(id, user, body.text());
        return MessageJson.of(message, null, reminders.after(message.screening(), LocaleContextHolder.getLocale()));
    }
}
