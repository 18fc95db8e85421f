package relais.guard;

/** One pair the hypothesis changes, with the engine's verdict under the real policy and under the hypothesis. */
public record SimulatedPair(String freelancerId, String freelancerName, String personId, String personName,
        String companyName, Verdict now, Verdict simulated) {
}
