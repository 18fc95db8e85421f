package relais.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, plain or disguised ("jean point dupont arobase gmail point com",
 * "jdupont [at] proton [dot] me", "jane at outlook dot com"). Works from the "at" sign outwards:
 * local part to the left, domain labels to the right, cut back to the last label that is a real
 * TLD. Platform and example domains are left alone.
 */
final class EmailDetector implements Detector {

    private static final Pattern AT = Pattern.compile(
            "@|\\s*[\\[({<]\\s*(?:at|arobase|@)\\s*[\\])}>]\\s*|\\s+arobase\\s+|\\s+at\\s+");
    private static final Pattern DOT = Pattern.compile(
            "\\.|\\s*[\\[({<]\\s*(?:dot|point|\\.)\\s*[\\])}>]\\s*|\\s+(?:dot|point)\\s+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern LOCAL_TAIL = Pattern.compile("[a-z0-9][a-z0-9._%+-]*$");
    private static final Pattern LOCAL_JOIN_BEFORE = Pattern.compile("([a-z0-9]+)(?:\\s+(?:point|dot)\\s+|\\s*[\\[(](?:dot|point)[\\])]\\s*)$");
    private static final Pattern PERSONAL_WEBMAIL = Pattern.compile(
            "\\b(?:mon|my|ton|your|notre|our)\\s+(?:adresse\\s+)?(?:gmail|hotmail|outlook|yahoo|protonmail|proton|icloud|"
                    + "mail perso|e-?mail perso|adresse perso|personal e-?mail|private e-?mail)"
                    + "\\s*(?:c'est|est|is|:|=|->)\\s*([a-z][a-z0-9._-]{2,30})\\b");
    /** Words that read naturally before " at " in English; "meet at noon dot com" is not an address. */
    private static final Set<String> NOT_LOCAL_PARTS = Set.of("me", "us", "you", "it", "look", "meet", "arrive",
            "arrived", "be", "is", "are", "was", "were", "am", "and", "or", "the", "available", "here", "there",
            "work", "working", "live", "lives", "based", "hosted", "deployed", "staging", "prod", "site", "page",
            "stay", "stays", "call", "ready", "done", "start", "starts", "stop", "stops", "online", "up", "down");

    private static final Pattern WORK_CONTEXT = Pattern.compile(
            "\\b(?:formulaire|form|champ|field|placeholder|regex|expediteur|sender|smtp|newsletter|mailing|adresse du client|"
                    + "client's address|l'adresse de la boutique|the store's address|configur\\w*|redirig\\w*|forward\\w*|alias|boite generique|"
                    + "shared inbox|mx|dns|spf|dkim)\\b");
    private static final String[] WEBMAIL_WORDS = {"gmail", "hotmail", "outlook", "yahoo", "proton", "icloud", "perso",
        "personal e", "private e"};

    private final ScreeningSettings settings;

    EmailDetector(ScreeningSettings settings) {
        this.settings = settings;
    }

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        if (s.indexOf('@') >= 0 || Keywords.any(s, " at ", "arobase", "at]", "at)", "at}", "at>")) {
            findAddresses(text, out);
        }
        if (Keywords.any(s, WEBMAIL_WORDS)) {
            findPersonalWebmail(text, out);
        }
    }

    private void findAddresses(FoldedText text, List<Finding> out) {
        String s = text.folded();
        Matcher at = AT.matcher(s);
        int searchFrom = 0;
        while (searchFrom < s.length() && at.find(searchFrom)) {
            searchFrom = at.end();
            boolean plain = at.group().equals("@");
            boolean spacedWord = !plain && at.group().strip().matches("at|arobase");
            Integer start = localStart(s, at.start(), plain);
            if (start == null) {
                continue;
            }
            int[] domain = domainEnd(s, at.end(), plain, spacedWord && at.group().strip().equals("at"));
            if (domain == null) {
                continue;
            }
            if (spacedWord && at.group().strip().equals("at")
                    && NOT_LOCAL_PARTS.contains(s.substring(start, at.start()).strip())) {
                continue;
            }
            String host = canonicalHost(s.substring(at.end(), domain[0]));
            if (host.startsWith("www.") || settings.isTrusted(host) || DomainNames.isReserved(host)
                    || partOfTheWork(s, start, domain[0])) {
                continue;
            }
            out.add(Finding.of(Category.EMAIL, text.original(), start, domain[0]));
            searchFrom = domain[0];
        }
    }

    private static void findPersonalWebmail(FoldedText text, List<Finding> out) {
        Matcher personal = PERSONAL_WEBMAIL.matcher(text.folded());
        while (personal.find()) {
            if (!overlapsExisting(out, personal.start(), personal.end())) {
                out.add(Finding.of(Category.EMAIL, text.original(), personal.start() + personal.group().indexOf(' ') + 1,
                        personal.end()));
            }
        }
    }

    /**
     * An address discussed as a piece of the deliverable ("le formulaire envoie sur contact@client.fr",
     * "the sender address of the newsletter") is not the sender handing out their contact details.
     */
    private static boolean partOfTheWork(String s, int start, int end) {
        String sentence = PaymentDetector.sentenceAround(s, start, end);
        return WORK_CONTEXT.matcher(sentence).find();
    }

    private static boolean overlapsExisting(List<Finding> found, int start, int end) {
        for (Finding f : found) {
            if (f.category() == Category.EMAIL && f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Start of the local part ending at {@code atStart}, following disguised dots leftwards; null if none. */
    private static Integer localStart(String s, int atStart, boolean plain) {
        int from = Math.max(0, atStart - 64);
        Matcher tail = LOCAL_TAIL.matcher(s).region(from, atStart);
        if (!tail.find()) {
            return null;
        }
        int start = tail.start();
        if (start > 0 && (Character.isLetterOrDigit(s.charAt(start - 1)))) {
            return null;
        }
        while (start > 0) {
            Matcher join = LOCAL_JOIN_BEFORE.matcher(s).region(Math.max(0, start - 40), start);
            if (!join.find() || join.start(1) > 0 && Character.isLetterOrDigit(s.charAt(join.start(1) - 1))) {
                break;
            }
            start = join.start(1);
        }
        return start;
    }

    /**
     * End of the domain starting at {@code from}; null when no acceptable domain follows. Disguised
     * forms must end in a known TLD, or name a webmail provider outright ("jean arobase gmail").
     */
    private static int[] domainEnd(String s, int from, boolean plain, boolean wordAt) {
        Matcher label = LABEL.matcher(s);
        Matcher dot = DOT.matcher(s);
        int pos = from;
        int bestEnd = -1;
        int labels = 0;
        String first = null;
        while (label.region(pos, s.length()).lookingAt()) {
            labels++;
            int labelEnd = label.end();
            String name = label.group();
            if (first == null) {
                first = name;
            }
            boolean tldOk = labels >= 2 && (DomainNames.TLDS.contains(name) || plain && name.length() >= 2
                    && name.chars().allMatch(Character::isLetter));
            if (tldOk && (labelEnd == s.length() || !Character.isLetterOrDigit(s.charAt(labelEnd)))) {
                bestEnd = labelEnd;
            }
            if (!dot.region(labelEnd, s.length()).lookingAt()) {
                break;
            }
            pos = dot.end();
        }
        if (bestEnd < 0 && !wordAt && first != null && DomainNames.WEBMAIL.contains(first) && labels == 1) {
            bestEnd = from + first.length();
        }
        return bestEnd < 0 ? null : new int[] {bestEnd};
    }

    /** "gmail point com" -> "gmail.com", so settings and reserved lists can be checked on disguised hosts. */
    static String canonicalHost(String raw) {
        return DOT.matcher(raw).replaceAll(".").strip();
    }
}
