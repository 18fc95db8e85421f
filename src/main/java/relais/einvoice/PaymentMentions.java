package relais.einvoice;

import java.util.List;

/**
 * The three payment sentences French law wants on every invoice between businesses (Code de commerce, L441-9,
 * L441-10 and D441-5). Every Factur-X document carries them, printed and as the notes the French rules ask for
 * (subject codes AAB, PMD and PMT), whatever {@link EInvoice#mentions()} holds: billing may list them there too,
 * they are written once.
 */
public final class PaymentMentions {

    /** Subject code AAB: terms of payment, here the absence of an early-payment discount. */
    public static final String NO_EARLY_PAYMENT_DISCOUNT = "Pas d’escompte pour paiement anticipé.";

    /** Subject code PMD: the late-payment penalties. */
    public static final String LATE_PAYMENT_PENALTIES = "En cas de retard de paiement, des pénalités sont exigibles "
            + "au taux de refinancement le plus récent de la Banque centrale européenne majoré de 10 points "
            + "(art. L441-10 du Code de commerce).";

    /** Subject code PMT: the fixed indemnity for recovery costs. */
    public static final String RECOVERY_INDEMNITY = "Tout retard de paiement rend exigible une indemnité forfaitaire "
            + "pour frais de recouvrement de 40\u00a0€ (art. D441-5 du Code de commerce).";

    public static final List<String> ALL = List.of(NO_EARLY_PAYMENT_DISCOUNT, LATE_PAYMENT_PENALTIES,
            RECOVERY_INDEMNITY);

    private PaymentMentions() {
    }
}
