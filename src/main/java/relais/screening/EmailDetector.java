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
            "@|[\\[({<]\\s*(?:at|arr?obase|chez|@)\\s*[\\])}>]|(?<=\\s)(?:arr?obase|at)(?=\\s)");
    private static final String[] AT_WORDS = {"@", "arobase", "arrobase", " at ", "at]", "at)", "at}", "at>", "chez)", "chez]"};
    private static final Pattern DOT = Pattern.compile(
            "\\.|\\s*[\\[({<]\\s*(?:dot|point|\\.)\\s*[\\])}>]\\s*|\\s+(?:dot|point)\\s+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    /** A spelled-out dot right before a local part, preceded by a word: "jean point |dupont". */
    private static final Pattern LOCAL_JOIN_BEFORE = Pattern.compile("(?<=[a-z0-9])(?:\\s+(?:point|dot)\\s+|\\s*[\\[(](?:dot|point)[\\])]\\s*)$");
    private static final Pattern PERSONAL_WEBMAIL = Pattern.compile(
            "\\b(?:mon|my|ton|your|notre|our)\\s+(?:adresse\\s+)?(?:gmail|hotmail|outlook|yahoo|protonmail|proton|icloud|"
                    + "mail perso|e-?mail perso|adresse perso|personal e-?mail|private e-?mail)"
                    + "\\s*(?:[?.,!]\\s*)?(?:c'est|est|is|it's|its|it is|:|=|->)\\s*([a-z][a-z0-9._-]{2,30})\\b");
    /** Words that read naturally before " at " in English; "meet at noon dot com" is not an address. */
    private static final Set<String> NOT_LOCAL_PARTS = Set.of("me", "us", "you", "it", "look", "meet", "arrive",
            "arrived", "be", "is", "are", "was", "were", "am", "and", "or", "the", "available", "here", "there",
            "work", "working", "live", "lives", "based", "hosted", "deployed", "staging", "prod", "site", "page",
            "stay", "stays", "worked", "met", "employed", "internship", "call", "ready", "done", "start", "starts", "stop", "stops", "online", "up", "down",
            // before a spaced "@", these introduce a handle: "Revolut me at @sasha", « je suis @lea sur Lydia »
            "at", "on", "sur", "chez", "to", "via", "suis", "c'est", "est");

    /** A handle that looks like an address's local part, then the provider in words: « claire_b chez gmail », "marc.olivier on hotmail". */
    private static final String PROVIDER = "(?:gmail|googlemail|hotmail|yahoo|ymail|outlook|icloud|protonmail|proton|gmx|laposte|wanadoo)";
    private static final String SPELLED_JOIN = "\\s+(?:point|dot|underscore|tiret|dash|hyphen|tiret bas)\\s+";
    private static final Pattern HANDLE_AT_PROVIDER = Pattern.compile("\\b(?:"
            + "[a-z0-9][a-z0-9-]*[._0-9][a-z0-9._-]*\\s+(?:chez|sur|on|at|a)\\s+" + PROVIDER
            // words joined by spelled dots or underscores: « antoine point roche sur hotmail », "juliette underscore design chez outlook"
            + "|[a-z0-9]+(?:" + SPELLED_JOIN + "[a-z0-9]+)+\\s+(?:chez|sur|on|at|a)\\s+" + PROVIDER
            // a dashed handle needs the provider's domain: "rachel-lee on gmail dot com"
            + "|[a-z0-9]+-[a-z0-9-]+\\s+(?:chez|sur|on|at|a)\\s+" + PROVIDER + "\\s*(?:\\.|\\s(?:point|dot)\\s)\\s*[a-z]{2,3}"
            + ")\\b");
    /**
     * A webmail address dictated with the provider in words, ending in a spelled or real domain ending: « jean point martin arobase
     * gé mail point com », "j dot martin at g mail dot com", « lea point garnier chez orange point fr ». Providers that are everyday
     * words (orange, free, live) only count with the ending; a plain word before "chez" or "at" needs a spelled join or a dot in it.
     */
    private static final String SPOKEN_PROVIDER = "(?:g ?mail|ge ?mail|gee ?mail|google ?mail|hot ?mail|yahoo|y ?mail|outlook|live|msn|"
            + "i ?cloud|proton ?mail|proton|free|la ?poste|sfr|neuf|wanadoo|orange|gmx|aol|bbox)";
    private static final String SPOKEN_ENDING = "(?:,?\\s+(?:point|dot)\\s+|\\s*[\\[(](?:dot|point)[\\])]\\s*|\\.)(?:com|fr|net|org|me|be|ch|ca|de|eu|co uk|co\\.uk|uk)\\b";
    private static final String HANDLE_WITH_JOIN = "[a-z0-9]+(?:" + SPELLED_JOIN + "[a-z0-9]+)+|[a-z0-9]+[._][a-z0-9._]*[a-z0-9]";
    private static final Pattern SPOKEN_WEBMAIL = Pattern.compile("\\b(?:"
            + "[a-z0-9][a-z0-9._-]*(?:" + SPELLED_JOIN + "[a-z0-9][a-z0-9._-]*)*\\s*,?(?:\\sarr?obase\\s|@|[\\[(](?:at|chez)[\\])])\\s*" + SPOKEN_PROVIDER
            // a pause written as a comma: « karim point bensaid, chez outlook point com »
            + "|(?:" + HANDLE_WITH_JOIN + "),?\\s+(?:at|chez|sur|on|a)\\s+" + SPOKEN_PROVIDER
            // one plain word then "at" only before a provider nobody says otherwise: "jules at hot mail dot com"
            + "|[a-z0-9][a-z0-9_-]*\\s+at\\s+(?:g mail|ge mail|gee mail|google mail|hot mail|proton mail|i cloud)"
            + ")" + SPOKEN_ENDING);
    private static final String[] SPOKEN_PROVIDER_WORDS = {"mail", "yahoo", "outlook", "live", "msn", "cloud", "proton", "free",
        "poste", "sfr", "neuf", "wanadoo", "orange", "gmx", "aol", "bbox"};
    private static final KeywordIndex SPOKEN_PROVIDER_KEYWORDS = KeywordIndex.of(SPOKEN_PROVIDER_WORDS);
    private static final Pattern WORK_CONTEXT = Pattern.compile(
            "\\b(?:formulaire|form|champ|field|placeholder|regex|expediteur|sender|smtp|newsletter|mailing|adresse du client|"
                    + "client's address|l'adresse de la boutique|the store's address|configur\\w*|redirig\\w*|forward\\w*|alias|boite generique|"
                    + "shared inbox|mx|dns|spf|dkim)\\b");
    private static final String[] WEBMAIL_WORDS = {"gmail", "hotmail", "outlook", "yahoo", "proton", "icloud", "perso",
        "personal e", "private e"};

    private static final KeywordIndex WEBMAIL_KEYWORDS = KeywordIndex.of(WEBMAIL_WORDS);

    private final ScreeningSettings settings;

    EmailDetector(ScreeningSettings settings) {
        this.settings = settings;
    }

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        if (s.indexOf('@') >= 0 || Keywords.any(s, AT_WORDS)) {
            findAddresses(text, out);
        }
        // gated on a spelled dot: a written one ("hot mail.com") is rare, and a plain "." would open the gate on every message
        if (Keywords.any(s, " point ", " dot ", "(dot)", "[dot]", "(point)", "[point]")) {
            findSpokenWebmail(text, out);
        }
        int[] webmailMentions = WEBMAIL_KEYWORDS.scan(s).positions();
        if (webmailMentions.length > 0) {
            findPersonalWebmail(text, webmailMentions, out);
            WordStartMatching.findAround(HANDLE_AT_PROVIDER, text, webmailMentions, WordStartMatching.DEFAULT_REACH, (start, end) -> {
                if (!overlapsExisting(out, start, end) && !WorkContent.isTheWork(s, start, end)) {
                    out.add(Finding.of(Category.EMAIL, text.original(), start, end));
                }
            });
        }
    }

    private void findAddresses(FoldedText text, List<Finding> out) {
        String s = text.folded();
        Matcher at = AT.matcher(s).useTransparentBounds(true);
        int searchFrom = firstOccurrence(s, AT_WORDS) - 3;
        while (nextAtSign(s, at, Math.max(0, searchFrom))) {
            searchFrom = at.end();
            int atEnd = skipSpaces(s, at.end());
            boolean plain = at.group().equals("@") && (at.start() == 0 || s.charAt(at.start() - 1) != ' ');
            boolean spacedWord = !plain && at.group().strip().matches("at|arr?obase");
            Integer start = localStart(s, at.start(), plain);
            if (start == null) {
                continue;
            }
            int[] domain = domainEnd(s, atEnd, plain, spacedWord && at.group().strip().equals("at"));
            if (domain == null) {
                continue;
            }
            boolean spacedSign = !plain && at.group().equals("@");
            if ((spacedWord && at.group().strip().equals("at") || spacedSign)
                    && NOT_LOCAL_PARTS.contains(s.substring(start, at.start()).strip())) {
                continue;
            }
            String host = canonicalHost(s.substring(atEnd, domain[0]));
            if (host.startsWith("www.") || settings.isTrusted(host) || DomainNames.isReserved(host)
                    || partOfTheWork(s, start, domain[0]) || WorkContent.isTheWork(s, start, domain[0])) {
                continue;
            }
            out.add(Finding.of(Category.EMAIL, text.original(), start, domain[0]));
            searchFrom = domain[0];
        }
    }

    /** "mon gmail c'est jdupont": the phrase opens a few words before the webmail name, so only those places are tried. */
    private static void findPersonalWebmail(FoldedText text, int[] mentions, List<Finding> out) {
        String s = text.folded();
        WordStartMatching.findAround(PERSONAL_WEBMAIL, text, mentions, WordStartMatching.DEFAULT_REACH, (start, end) -> {
            if (!overlapsExisting(out, start, end)) {
                int space = s.indexOf(' ', start);
                int handle = space >= 0 && space < end ? space + 1 : start; // the finding leaves out "mon"/"my"
                out.add(Finding.of(Category.EMAIL, text.original(), handle, end));
            }
        });
    }

    private static void findSpokenWebmail(FoldedText text, List<Finding> out) {
        String s = text.folded();
        int[] providers = SPOKEN_PROVIDER_KEYWORDS.scan(s).positions();
        if (providers.length == 0) {
            return;
        }
        WordStartMatching.findAround(SPOKEN_WEBMAIL, text, providers, WordStartMatching.DEFAULT_REACH, (start, end) -> {
            int local = s.substring(start, Math.min(end, start + 12)).split("\\s")[0].length();
            if (!overlapsExisting(out, start, end) && !NOT_LOCAL_PARTS.contains(s.substring(start, start + local))
                    && !WorkContent.isTheWork(s, start, end) && !partOfTheWork(s, start, end)) {
                out.add(Finding.of(Category.EMAIL, text.original(), start, end));
            }
        });
    }

    /**
     * An address discussed as a piece of the deliverable ("le formulaire envoie sur contact@client.fr",
     * "the sender address of the newsletter") is not the sender handing out their contact details.
     */
    private static boolean partOfTheWork(String s, int start, int end) {
        String sentence = PaymentDetector.sentenceAround(s, start, end);
        return WordStartMatching.matchesAnywhere(WORK_CONTEXT, sentence);
    }

    /**
     * Moves {@code at} to the next "at" sign from {@code from}. Candidate chars are checked by hand
     * first ('@', a bracket, an "a" opening a word) so the regex only runs where a sign can start.
     */
    private static boolean nextAtSign(String s, Matcher at, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean candidate = c == '@' || c == '[' || c == '(' || c == '{' || c == '<'
                    || c == 'a' && i > 0 && Character.isWhitespace(s.charAt(i - 1));
            if (candidate && at.region(i, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static int firstOccurrence(String s, String[] needles) {
        int first = s.length();
        for (String n : needles) {
            int at = s.indexOf(n);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
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
        int end = atStart;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 64 && isLocalChar(s.charAt(start - 1))) {
            start--;
        }
        while (start < end && !isAlnum(s.charAt(start))) {
            start++; // a local part opens with a letter or digit
        }
        if (start == end || start > 0 && Character.isLetterOrDigit(s.charAt(start - 1))) {
            return null;
        }
        // "jean point dupont arobase...": walk back over spelled-out dots joining earlier words.
        while (start > 0) {
            Matcher join = LOCAL_JOIN_BEFORE.matcher(s).useTransparentBounds(true).region(Math.max(0, start - 12), start);
            if (!join.find()) {
                break;
            }
            int wordEnd = join.start();
            int wordStart = wordEnd;
            while (wordStart > 0 && isAlnum(s.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    private static boolean isAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isLocalChar(char c) {
        return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
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
        boolean namedProvider = first != null && (wordAt ? DomainNames.UNMISTAKABLE_WEBMAIL.contains(first) : DomainNames.WEBMAIL.contains(first));
        if (bestEnd < 0 && namedProvider && labels == 1) {
            bestEnd = from + first.length();
        }
        return bestEnd < 0 ? null : new int[] {bestEnd};
    }

    /** "gmail point com" -> "gmail.com", so settings and reserved lists can be checked on disguised hosts. */
    static String canonicalHost(String raw) {
        return DOT.matcher(raw).replaceAll(".").strip();
    }
}
