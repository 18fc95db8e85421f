package relais.guard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything the default buy-out fee is computed from, kept with the fee so anyone can check it.
 *
 * @param commissionRate       the platform's rate for this client, e.g. 0.15
 * @param invoicedLast12Months the freelancer amount invoiced to that client company over the 12 months before
 *                             the request (excluding VAT)
 * @param protectedUntil       last protected day, null when open-ended
 * @param protectionMonths     the policy's length, used to count the days left when the protection is open-ended
 * @param remainingDays        days of protection bought: from the request date to the last protected day, both
 *                             included
 */
public record BuyoutFeeInputs(BigDecimal commissionRate, BigDecimal invoicedLast12Months, LocalDate requestedOn,
                              LocalDate protectedUntil, boolean openEnded, int protectionMonths, long remainingDays) {
}
