package relais.guard.engine;

import java.time.LocalDate;

import relais.guard.Via;

/** For a client company: a freelancer it is bound with through one of its people, and until when. */
public record BoundFreelancer(String freelancerId, String freelancerName, String personId, String personName,
        LocalDate protectedUntil, boolean openEnded, Via via) {
}
