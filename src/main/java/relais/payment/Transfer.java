package relais.payment;

import java.time.Instant;
import java.time.LocalDate;

import relais.shared.Money;

/**
 * A SEPA credit transfer file: every payout payable when it was issued, to be executed by the bank on
 * {@code requestedOn}; {@code executedOn} once an account manager confirmed the bank did.
 *
 * @param messageId the file's unique message id (at most 35 characters), as the bank reports it back
 */
public record Transfer(TransferId id, String messageId, int payoutCount, Money total, LocalDate requestedOn,
        Instant issuedAt, LocalDate executedOn) {
}
