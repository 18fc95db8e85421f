package relais.payment;

/** The journals of the accounting export: sales, purchases and the bank. */
public enum FecJournal {
    VE("Ventes"), AC("Achats"), BQ("Banque");

    private final String label;

    FecJournal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
