package relais.payment;

/**
 * The accounts of the plan comptable général that the export posts to. Clients (411) and suppliers (401) carry an
 * auxiliary account per client company and per freelancer.
 */
public enum FecAccount {
    SUPPLIERS("401", "Fournisseurs"),
    CLIENTS("411", "Clients"),
    VAT_DEDUCTIBLE("44566", "TVA déductible sur autres biens et services"),
    VAT_COLLECTED("44571", "TVA collectée"),
    BANK("512", "Banque"),
    SERVICES_BOUGHT("604", "Achats de prestations de services"),
    SERVICES_SOLD("706", "Prestations de services"),
    ANCILLARY_INCOME("708", "Produits des activités annexes");

    private final String number;
    private final String label;

    FecAccount(String number, String label) {
        this.number = number;
        this.label = label;
    }

    public String number() {
        return number;
    }

    public String label() {
        return label;
    }
}
