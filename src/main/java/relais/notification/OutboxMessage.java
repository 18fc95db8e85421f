package relais.notification;

import java.time.Instant;
import java.util.UUID;

/** A mail as the outbox keeps it, with where its delivery stands; lang is null when unknown. */
public record OutboxMessage(UUID id, String to, String recipientName, String subject, String body, String cause,
        String reference, Instant createdAt, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
        Instant sentAt, String lang) {
}
