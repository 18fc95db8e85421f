package relais.demo;

/** The demo accounts, as the README lists them. */
public final class DemoLogins {

    public static final String MANAGER_EMAIL = "claire.martin@relais.demo";
    public static final String FREELANCER_EMAIL = "lea.dubois@freelance.demo";
    public static final String SECOND_FREELANCER_EMAIL = "hugo.bernard@freelance.demo";
    public static final String CLIENT_EMAIL = "marc.lefebvre@acme-industrie.fr";
    public static final String PASSWORD = "relais-demo-2026";

    public static final java.util.List<String> ALL = java.util.List.of(MANAGER_EMAIL, FREELANCER_EMAIL,
            SECOND_FREELANCER_EMAIL, CLIENT_EMAIL);

    private DemoLogins() {
    }
}
