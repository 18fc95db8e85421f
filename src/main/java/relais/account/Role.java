package relais.account;

/** The three kinds of people who log in to Relais. */
public enum Role {
    FREELANCER, CLIENT, ACCOUNT_MANAGER;

    public String authority() {
        return "ROLE_" + name();
    }
}
