/**
 * Tells people what happened: e-mails written to an outbox in the same transaction as their cause and delivered
 * later with retries, and in-app notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package relais.notification;
