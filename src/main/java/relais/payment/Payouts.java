package relais.payment;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import relais.account.RelaisUser;
import relais.freelancer.FreelancerId;
import relais.payment.internal.PayoutRows;

/**
 * Payouts as their readers may know them: an account manager sees every one, a freelancer their own; client users
 * have no business with them. Payouts of cancelled invoices are left out (nothing is owed).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Payouts {

    /** The most a list answers (API.md: a larger result asks for paging). */
    public static final int MOST_UNPAGED = 10_000;

    private final PayoutRows rows;

    /** The payouts {@code user} may see, in {@code status} (or all when null), newest first (at most 10,001). */
    public List<Payout> visibleTo(RelaisUser user, PayoutStatus status) {
        if (user.isAccountManager()) {
            return rows.list(null, status);
        }
        if (user.isFreelancer() && user.freelancerId() != null) {
            return rows.list(new FreelancerId(user.freelancerId()), status);
        }
        throw new AccessDeniedException("payouts are for freelancers and account managers");
    }
}
