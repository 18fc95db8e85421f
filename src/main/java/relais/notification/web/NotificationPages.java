package relais.notification.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import relais.account.RelaisUser;
import relais.notification.MessageId;
import relais.notification.Notifications;
import relais.shared.NotFoundException;

/** Each account's in-app notifications, and the outbox that account managers read. */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String mine(@AuthenticationPrincipal RelaisUser user, Model model) {
        model.addAttribute("notifications", notifications.of(user.id().value(), 100));
        return "notification/list";
    }

    @PostMapping("/notifications/read")
    String markRead(@AuthenticationPrincipal RelaisUser user) {
        notifications.markAllRead(user.id().value());
        return "redirect:/notifications";
    }

    @GetMapping("/outbox")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String outbox(Model model) {
        model.addAttribute("messages", notifications.outbox(200));
        return "notification/outbox";
    }

    @GetMapping("/outbox/{id}")
    @PreAuthorize("hasRole('ACCOUNT_MANAGER')")
    String message(@PathVariable MessageId id, Model model) {
        model.addAttribute("message", notifications.outboxMessage(id.value())
                .orElseThrow(() -> NotFoundException.of("message", id)));
        return "notification/message";
    }
}
