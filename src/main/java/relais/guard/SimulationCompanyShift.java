package relais.guard;

/** How the hypothesis changes the pairs whose person works at one company (on the simulated day). */
public record SimulationCompanyShift(String companyId, String companyName, long becomeFree, long becomeProtected) {

    public long changed() {
        return becomeFree + becomeProtected;
    }
}
