package relais.screening;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers, written plainly or disguised (split digits, digits as French/English words, mixed).
 * libphonenumber only sees candidates that already passed cheap checks: digit count, no
 * reference/amount context, and a dialling shape (leading +, 00 or 0, or the North-American 3-3-4 form).
 */
final class PhoneDetector implements Detector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /**
     * National (leading 0) formats tried, French first and alone in a first pass so a French number
     * followed by a stray "un" is not read as a longer foreign one. German is left out on purpose:
     * its variable-length numbers accept almost any digit string.
     */
    private static final String[][] NATIONAL_PASSES = {{"FR"}, {"BE", "CH", "GB", "LU"}};
    private static final int MAX_TRIM = 2;

    /** Words right before a figure that make it a reference, an identifier or a quantity, not a phone. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "\\b(?:siret|siren|tva|vat|iban|rib|bic|n°|no\\.?|num\\.?|ref\\.?|reference|facture|invoice|"
                    + "po|p\\.o\\.|bon de commande|commande|order|devis|quote|ticket|issue|version|build|"
                    + "id|contrat|contract|compte|account|code|swift|lot|batch|sku|ean|isbn|dossier|case|"
                    + "tracking|colis|suivi)\\s*(?:n°|no|number|numero|#)?\\s*[:#=]?\\s*$");
    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "^\\s*(?:€|eur\\b|euros?\\b|\\$|usd\\b|k€|%|ht\\b|ttc\\b|jours?\\b|days?\\b|heures?\\b|hours?\\b|"
                    + "pieces?\\b|units?\\b|unites?\\b|exemplaires?\\b|visiteurs?\\b|users?\\b|utilisateurs?\\b|"
                    + "lignes?\\b|lines?\\b|octets?\\b|bytes?\\b|ko\\b|mo\\b|kb\\b|mb\\b)");

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        if (!worthScanning(text)) {
            return;
        }
        for (DigitRun run : DigitRunScanner.scan(text.folded())) {
            findInRun(text, run, out);
        }
    }

    /** Cheap gate: a phone needs several digits, or spelled digits, which in practice start with "zero"/"oh"/"nought"/"plus". */
    private static boolean worthScanning(FoldedText text) {
        return text.digitCount() >= 4 || Keywords.any(text.folded(), "zero", "oh ", "nought", "naught", "plus t", "plus q", "plus o", "plus f", "plus u")
                || dictatedDigits(text);
    }

    private static final String[] ENGLISH_DIGITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /**
     * Seven or more English digit words: "six one seven, four nine two..." dictates a number without a zero. French
     * numbers open with « zéro », which the cheaper gate already catches; "un"/"une" would count in every French message.
     */
    private static boolean dictatedDigits(FoldedText text) {
        String s = text.folded();
        int words = 0;
        for (int start : text.wordStarts()) {
            char c = s.charAt(start);
            if (c != 'o' && c != 't' && c != 'f' && c != 's' && c != 'e' && c != 'n') {
                continue;
            }
            for (String digit : ENGLISH_DIGITS) {
                int end = start + digit.length();
                if (s.startsWith(digit, start) && (end == s.length() || !Character.isLetter(s.charAt(end)))) {
                    if (++words >= 7) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private void findInRun(FoldedText text, DigitRun run, List<Finding> out) {
        for (String[] regions : NATIONAL_PASSES) {
            if (findInRun(text, run, regions, out)) {
                return;
            }
        }
    }

    private boolean findInRun(FoldedText text, DigitRun run, String[] regions, List<Finding> out) {
        int size = run.pieces().size();
        // Try the whole run first, then shave stray number words ("un", "one") off either end.
        for (int trimStart = 0; trimStart <= MAX_TRIM && trimStart < size; trimStart++) {
            if (trimStart > 0 && !run.pieces().get(trimStart - 1).spelled()) {
                break;
            }
            for (int trimEnd = 0; trimEnd <= MAX_TRIM && trimStart + trimEnd < size; trimEnd++) {
                if (trimEnd > 0 && !run.pieces().get(size - trimEnd).spelled()) {
                    break;
                }
                int from = trimStart;
                int to = size - trimEnd;
                if (isPhone(text, run, from, to, regions)) {
                    int start = run.pieces().get(from).start();
                    int end = run.pieces().get(to - 1).end();
                    start = includeLeadingSign(text.folded(), start, run.plus() && from == 0);
                    if (!WorkContent.isPlaceholderNumber(run.digits(from, to)) && !WorkContent.isTheWork(text.folded(), start, end)) {
                        out.add(Finding.of(Category.PHONE, text.original(), start, end));
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private static int includeLeadingSign(String s, int start, boolean plus) {
        int k = start - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        if (k >= 0 && (s.charAt(k) == '(' || plus && s.charAt(k) == '+')) {
            return k;
        }
        if (plus) {
            int p = s.lastIndexOf("plus", start);
            if (p >= 0 && start - p <= 6) {
                return p;
            }
        }
        return start;
    }

    private boolean isPhone(FoldedText text, DigitRun run, int from, int to, String[] regions) {
        int count = run.digitCount(from, to);
        if (count < 9 || count > 15) {
            return false;
        }
        String digits = run.digits(from, to);
        boolean plus = run.plus() && from == 0;
        String international = plus ? "+" + digits : digits.startsWith("00") ? "+" + digits.substring(2) : null;
        boolean national = international == null && digits.charAt(0) == '0' && digits.charAt(1) != '0';
        boolean northAmerican = international == null && !national && count == 10
                && (northAmericanShape(run, from, to) || allSpelled(run, from, to));
        if (international == null && !national && !northAmerican) {
            return false; // no dialling shape: a reference, an amount or an identifier
        }
        if (national && !anyPlausibleLength(regions, count) || inReferenceOrAmountContext(text, run, from, to)) {
            return false;
        }
        if (international != null) {
            return validInternational(international) || validInternational(withoutTrunkZero(international));
        }
        if (national) {
            for (String region : regions) {
                if (plausibleNationalLength(region, count) && valid(digits, region)) {
                    return true;
                }
            }
            return false;
        }
        return valid(digits, "US");
    }

    private static boolean inReferenceOrAmountContext(FoldedText text, DigitRun run, int from, int to) {
        int start = run.pieces().get(from).start();
        int end = run.pieces().get(to - 1).end();
        return WordStartMatching.matchesAnywhere(REFERENCE_BEFORE, text.window(start - 30, start))
                || AMOUNT_AFTER.matcher(text.window(end, end + 14)).find()
                || announcedReference(text.folded(), start);
    }

    /** A reference named earlier in the sentence and given after a code: "Tracking number for the hardware is 1Z 999 AA1 01 2345 6784". */
    private static final Pattern REFERENCE_NAMED = Pattern.compile("\\b(?:tracking|suivi|colis|parcel|shipment|commande|order|ticket|facture|"
            + "invoice|reference|ref|serial|serie|part|sku|dossier|case|contrat|contract)\\s+(?:number|numero|no|n°|#|code|id)\\b");
    private static final Pattern OWN_NUMBER = Pattern.compile("\\b(?:my|mon|ma|me|moi|call|appel\\w*|joindre|reach|text|whatsapp)\\b");

    private static boolean announcedReference(String s, int start) {
        int sentenceStart = Sentences.start(s, start);
        if (start - sentenceStart < 12) {
            return false;
        }
        String before = s.substring(sentenceStart, start);
        return WordStartMatching.matchesAnywhere(REFERENCE_NAMED, before) && !WordStartMatching.matchesAnywhere(OWN_NUMBER, before);
    }

    private static boolean anyPlausibleLength(String[] regions, int count) {
        for (String region : regions) {
            if (plausibleNationalLength(region, count)) {
                return true;
            }
        }
        return false;
    }

    /** Cheap length check before asking libphonenumber, which is the costliest step here. */
    private static boolean plausibleNationalLength(String region, int digits) {
        return switch (region) {
            case "FR", "CH" -> digits == 10;
            case "BE" -> digits == 9 || digits == 10;
            case "GB" -> digits == 10 || digits == 11;
            default -> digits >= 8 && digits <= 12;
        };
    }

    /** "(415) 555-0123" or "415-555-0123": 3-3-4 groups. A bare 10-digit figure is more often a reference. */
    private static boolean northAmericanShape(DigitRun run, int from, int to) {
        if (to - from != 3) {
            return false;
        }
        return run.pieces().get(from).digits().length() == 3
                && run.pieces().get(from + 1).digits().length() == 3
                && run.pieces().get(from + 2).digits().length() == 4;
    }

    /** Ten digits read out one by one ("six one seven, four nine two...") are a number being dictated, not a figure. */
    private static boolean allSpelled(DigitRun run, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!run.pieces().get(i).spelled()) {
                return false;
            }
        }
        return true;
    }

    private static boolean validInternational(String international) {
        if (international == null) {
            return false;
        }
        return isFrenchInternational(international) ? validFrenchNational("0" + international.substring(3)) : valid(international, "ZZ");
    }

    /**
     * "+33 (0)6 12 48 77 09", "+44 (0)7911 453280": the national trunk 0 kept after the country code, which dialling drops.
     * Null when no 0 follows a one- to three-digit country code.
     */
    static String withoutTrunkZero(String international) {
        for (int codeLength = 1; codeLength <= 3 && codeLength + 1 < international.length(); codeLength++) {
            int countryCode = Integer.parseInt(international, 1, codeLength + 1, 10);
            if (international.charAt(codeLength + 1) == '0' && !"ZZ".equals(PHONES.getRegionCodeForCountryCode(countryCode))) {
                return international.substring(0, codeLength + 1) + international.substring(codeLength + 2);
            }
        }
        return null;
    }

    private static boolean valid(String number, String region) {
        if (region.equals("FR")) {
            return validFrenchNational(number);
        }
        return parsedAndValid(number, region);
    }

    /**
     * The common case, a French number dialled nationally ("0X XX XX XX XX"). For those,
     * libphonenumber's parse only drops the trunk 0, yet its normalising regexes cost ten times
     * the validity check: build the number directly. PhoneDetectionTest checks both ways agree.
     */
    static boolean validFrenchNational(String digits) {
        if (digits.length() != 10 || digits.charAt(0) != '0' || digits.charAt(1) == '0') {
            return parsedAndValid(digits, "FR");
        }
        Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(33)
                .setNationalNumber(Long.parseLong(digits, 1, 10, 10));
        return PHONES.isValidNumber(number);
    }

    /** "+33 6 12 34 56 78": the same number as "06 12 34 56 78" once the trunk 0 is put back. */
    static boolean isFrenchInternational(String international) {
        return international.length() == 12 && international.startsWith("+33") && international.charAt(3) != '0';
    }

    /**
     * Any UK mobile shape, 07 then nine digits (not 070 personal numbers or 076 pagers): libphonenumber rejects the blocks Ofcom has
     * not allocated (07911 4…) and the 07700 900xxx range it keeps for fiction, yet given in a message they read as any mobile
     * number; mock-ups and test data using them are left alone by {@link WorkContent}.
     */
    private static boolean ukMobileShape(Phonenumber.PhoneNumber number) {
        long national = number.getNationalNumber();
        long block = national / 100_000_000L;
        return number.getCountryCode() == 44 && block >= 71 && block <= 79 && block != 76;
    }

    static boolean parsedAndValid(String number, String region) {
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(number, region);
            return PHONES.isValidNumber(parsed) || ukMobileShape(parsed);
        } catch (NumberParseException e) {
            return false;
        }
    }
}
