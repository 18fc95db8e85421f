package relais.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often the sender looks for due messages
 * @param firstRetry wait after the first failure; each further failure doubles it up to longestRetry
 * @param maxAttempts after this many failures a message is FAILED and stays visible with its last error
 */
@ConfigurationProperties("relais.mail")
public record MailDeliveryProperties(String from, Duration pollInterval, Duration firstRetry, Duration longestRetry,
        int maxAttempts, int batchSize) {

    public MailDeliveryProperties {
        from = from == null ? "Relais <no-reply@relais.fr>" : from;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
        longestRetry = longestRetry == null ? Duration.ofHours(1) : longestRetry;
        maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
        batchSize = batchSize <= 0 ? 20 : batchSize;
    }

    public Duration retryAfter(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
