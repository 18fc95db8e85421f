package relais.guard.web;

import relais.account.RelaisUser;
import relais.account.RequestThrottle;

/** The per-account limit on verdict requests; past it, 429 with Retry-After. */
public final class DirectWorkThrottle {

    private final RequestThrottle throttle;

    public DirectWorkThrottle(RequestThrottle throttle) {
        this.throttle = throttle;
    }

    void acquire(RelaisUser user) {
        throttle.acquire("direct-work:" + user.id());
    }
}
