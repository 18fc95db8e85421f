package relais.notification;

import java.time.Instant;
import java.util.UUID;

/** A message shown in the app to one account; lang is the language it is written in, null when unknown. */
public record AppNotification(UUID id, UUID accountId, String title, String body, String link, Instant createdAt,
        Instant readAt, String lang) {
}
