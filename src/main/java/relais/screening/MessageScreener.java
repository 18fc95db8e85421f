package relais.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Screens a message between a freelancer and a client for moves off the platform: contact
 * details, links and handles, payment details and proposals to go direct. It only reports -
 * callers decide whether to warn. Immutable, thread-safe and meant to be shared.
 */
public final class MessageScreener {

    private final List<Detector> detectors;

    public MessageScreener() {
        this(ScreeningSettings.defaults());
    }

    public MessageScreener(ScreeningSettings settings) {
        this(settings, IntentScorer.standard());
    }

    /** With another intent model, or none ({@code null}: the rules alone), to compare them on the evaluation sets. */
    MessageScreener(ScreeningSettings settings, IntentScorer intent) {
        Objects.requireNonNull(settings, "settings");
        List<Detector> rules = List.of(new EmailDetector(settings), new PaymentDetector(), new PhoneDetector(),
                new LinkDetector(settings), new GoDirectDetector(),
                new ContactRequestDetector());
        // The learned scores run last: they add the categories no rule reported, and may overrule the rules' findings
        // on a message that reads as the work itself.
        this.detectors = intent == null ? rules : Stream.concat(rules.stream(), Stream.of(intent.with(settings))).toList();
    }

    public Screening screen(String text) {
        if (text == null || text.isBlank()) {
            return Screening.CLEAN;
        }
        FoldedText folded = FoldedText.of(text);
        List<Finding> findings = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.detect(folded, findings);
        }
        return Screening.of(withoutShadowed(findings));
    }

    /**
     * Digits inside an IBAN/RIB or an e-mail address are part of that finding, not a separate phone
     * number; the domain of an e-mail address is not a separate link.
     */
    private static List<Finding> withoutShadowed(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!shadowed(f, findings)) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean shadowed(Finding f, List<Finding> all) {
        for (Finding o : all) {
            if (o == f || o.start() > f.start() || f.end() > o.end()) {
                continue;
            }
            boolean phoneInside = f.category() == Category.PHONE
                    && (o.category() == Category.PAYMENT_DETAILS || o.category() == Category.EMAIL);
            boolean domainOfAddress = f.category() == Category.LINK_OR_HANDLE && o.category() == Category.EMAIL;
            if (phoneInside || domainOfAddress) {
                return true;
            }
        }
        return false;
    }
}
