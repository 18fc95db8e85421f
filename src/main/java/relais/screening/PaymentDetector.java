package relais.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank details and personal payment handles: IBANs (checked with iban4j, or announced as an IBAN),
 * RIBs, BICs given as one's own, "send you my RIB", and payment apps used to pay a person
 * ("mon Lydia", "paypal: jane@...", "pay me on Revolut"). Payment apps as a product feature
 * ("integrate PayPal checkout") have no person attached and are left alone.
 */
final class PaymentDetector implements Detector {

    static final String PAY_APPS = "paypal|pay pal|lydia|revolut|wise|venmo|cash ?app|paylib|zelle|western union|pumpkin|lyf|wero";

    /** Words for bank details, the number itself left out: « relevé d’identité bancaire », "wire details", "banking info". */
    private static final String BANK_DETAILS = "(?:rib|iban|releve d'identite bancaire|coordonn?ees? bancaires?|coordonn?ees? de paiement|banking coordinates|bank coordinates|"
            + "routing and account numbers?|account and routing numbers?|"
            + "infos? bancaires?|informations bancaires|details bancaires|bank details|banking details|bank info\\w*|banking info\\w*|"
            + "account details|wire details|wire info\\w*|wire instructions|payment details|transfer details|numero de compte|"
            + "bank account|account number|sort code|routing number|"
            // named without the number in other words still: « tes références bancaires », "your payment info"
            + "references bancaires|identifiants bancaires|infos? de paiement|informations de paiement|payment info\\w*|"
            + "account and sort code|sort code and account number)";

    private static final Pattern IBAN_CANDIDATE = Pattern.compile("\\b[a-z]{2}\\d{2}(?:[ -]?[a-z0-9]){10,34}");
    private static final Pattern BIC = Pattern.compile("[a-z]{6}[a-z0-9]{2}(?:[a-z0-9]{3})?\\b");
    private static final Pattern RIB_CANDIDATE = Pattern.compile("\\b\\d{5}[ -]?\\d{5}[ -]?[0-9a-z]{11}[ -]?\\d{2}\\b");
    private static final Pattern ANNOUNCED_NUMBER = Pattern.compile(
            "\\b(?:iban|rib|bic|swift|numero de compte|account number|account no\\.?|acct\\.?(?: no\\.?)?|sort code|routing number)\\s*"
                    + "(?:\\(?(?:perso|personnel|personal)\\)?\\s*)?(?::|=|->|est|c'est|is)?\\s*[:=]?\\s*([a-z0-9][a-z0-9 -]{6,40}[a-z0-9])");
    private static final Pattern SHARE_BANK_DETAILS = Pattern.compile(
            "\\b(?:je (?:t'|vous |te )?(?:envoie|envoies|transmets|donne|passe|file|mets)|voici|voila|ci-joint|here is|here's|heres|"
                    + "i'll send(?: you)?|i will send(?: you)?|i can send(?: you)?|sending you|i'll (?:e-?mail|mail|text|forward|dm)(?: you)?|"
                    + "i will (?:e-?mail|mail|text|forward)(?: you)?|je (?:te |vous )?(?:mail|forward|texte)\\w*|attached is|i'll give you|"
                    + "tu veux|vous voulez|do you want|you want|tu as besoin de|vous avez besoin de|do you need|need|"
                    + "envoyer|transmettre|te donner|vous donner|je peux (?:t'|vous )?(?:envoyer|donner|passer)|give you|send you|"
                    + "(?:je )?(?:te |vous )?fais passer|send over|send across|i'll send over|i will send over)"
                    + "\\s+(?:(?:mon|mes|my|ma)\\s+(?:" + BANK_DETAILS + "|paypal|lydia|revolut|wise)"
                    + "|(?:le|l'|the)\\s*" + BANK_DETAILS + "\\s+(?:de|of)\\s+(?:ma|mon|notre|my|our)\\s+(?:societe|boite|entreprise|structure|company|firm))\\b");
    /** The details announced without an owner but on their way to the other person: « je te passe les infos bancaires demain ». */
    private static final Pattern SEND_THE_BANK_DETAILS = Pattern.compile(
            "\\b(?:je (?:te|vous) (?:passe|transmets|envoie|donne|file|enverrai|donnerai|passerai|transmettrai)|"
                    + "i'll (?:send|give|text|forward) you|i will (?:send|give|text|forward) you)\\s+(?:les|the)\\s+" + BANK_DETAILS + "\\b");
    /** Asking for the other person's bank details: « envoie-moi ton RIB », "what's your sort code?". */
    private static final Pattern ASK_BANK_DETAILS = Pattern.compile(
            "\\b(?:(?:envoie|envoies|envoyez|donne|donnez|passe|passez|file|filez|transmets|transmettez|communique|communiquez)[- ]?(?:moi|nous)"
                    + "|(?:tu peux|vous pouvez|tu pourrais|vous pourriez|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous)\\s+(?:me |m'|nous )?"
                    + "(?:envoyer|donner|passer|transmettre|communiquer|filer)|quel(?:le)?s? (?:est|sont)|c'est quoi|j'ai besoin d[e']|il me faut"
                    + "|send me|give me|share|what's|whats|what is|what are|i need|i'll need|can i (?:get|have)|could i (?:get|have)"
                    + "|can you send(?: me)?|could you send(?: me)?|send over|send across|forward|pass on|kindly provide|please provide|provide|fournir|indiquer"
                    + "|dis[- ]?moi|dites[- ]moi|indique[- ]moi|indiquez[- ]moi)"
                    + "\\s*(?:[a-z'-]+\\s+){0,2}?(?:ton|ta|tes|votre|vos|your)\\s+(?:" + BANK_DETAILS + "|bic|swift)\\b");
    /** One's own bank details on their way: « mes coordonnées bancaires sont dans le PDF que je t'envoie ». */
    private static final Pattern OWN_BANK_DETAILS_SENT = Pattern.compile(
            "\\b(?:mon|mes|ma|my)\\s+" + BANK_DETAILS + "\\b"
                    + "(?=\\s*(?::|=|->)\\s*(?![a-z]{2}\\s?\\d{2})[a-z]|[^.?!\\n]{0,60}\\b(?:envoi\\w*|envoie|send\\w*|sent|transmet\\w*|attached|ci-joint|joint|pdf|mail|signature|"
                    + "vir(?:e|er|ez|ement)|pay|paid|transfer\\w*|wire|regl\\w*|dessus))");
    /** A handle given on a payment app: « je suis @lea sur Lydia ». The look-behind keeps the '@' out of the match's opening. */
    /** A name given on a payment app: « sur PayPal je suis Léa Garnier », "on Venmo I'm Mia Lopez". */
    private static final Pattern NAME_ON_APP = Pattern.compile("\\b(?:sur|on|chez)\\s+(?:" + "paypal|pay pal|lydia|revolut|wise|venmo|cash ?app|paylib|zelle|wero"
            + ")\\s*,?\\s*(?:je suis|i'm|i am|my name is|c'est|je m'appelle|au nom de|sous le nom de|sous le pseudo|under the name|under)\\s+[a-z]+(?:[ -][a-z]+)?");
    /** Neobanks people name for their own account: "my account is with Monzo". */
    private static final String BANKS = "monzo|n26|starling|qonto|shine|boursorama|revolut|wise|nickel|hello ?bank|fortuneo|lcl|bnp|credit agricole|"
            + "societe generale|caisse d'epargne|banque populaire|la banque postale|barclays|hsbc|lloyds|natwest|santander|chase";
    /**
     * An account given by its holder's name, no number: "my account is with Monzo, under the same name as my profile", « mon compte
     * est au nom de Bastien Leroux », « un virement Lydia au nom d'Inès Haddad », "be paid via Wise", « un Lydia sur mon numéro ».
     */
    private static final Pattern ACCOUNT_BY_NAME = Pattern.compile(
            "\\b(?:(?:mon|my)\\s+(?:compte|account)(?:'s|s)?\\b[^.?!\\n]{0,40}?\\b(?:under|au nom d[e']|in the name of|sous le nom d[e'])\\s*"
                    + "(?:the same name|le meme nom|[a-z]+(?:[ -][a-z]+)?)"
                    + "|(?:" + PAY_APPS + ")\\s+(?:au nom d[e']|sous le nom d[e']|under the name(?: of)?|in the name of)\\s*[a-z]+(?:[ -][a-z]+)?"
                    + "|(?:un|une|a)\\s+(?:" + PAY_APPS + ")\\s+(?:sur|on|to|at|a)\\s+(?:mon|my)\\s+(?:numero|number|phone|mobile|portable|tel|e-?mail|mail|adresse|address)"
                    + "|(?:i|je|j'|happy to|glad to|fine to|prefer to|rather)\\s*(?:'d |would |can |could |peux |veux |voudrais |aimerais |prefere\\w* )?"
                    + "(?:be|get|etre)\\s+(?:paid|payee?s?)\\s+(?:via|by|on|through|par|sur|avec|en)\\s+(?:" + PAY_APPS + "))\\b");
    /** The account named is a bank or a payment app: a plain "my account" is the platform's or a tool's. */
    private static final Pattern BANK_OR_APP = Pattern.compile("\\b(?:" + BANKS + "|" + PAY_APPS + "|bank|banque|virement|transfer|wire)\\b");

    private static final Pattern HANDLE_ON_APP = Pattern.compile(
            "(?<=@)[a-z0-9_.-]{3,32}\\s+(?:sur|on|via|chez|at)\\s+(?:" + "paypal|pay pal|lydia|revolut|wise|venmo|cash ?app|paylib|zelle|pumpkin|lyf|wero" + ")\\b");
    /** A payment app as a product being built: its test handles are no one's. */
    private static final Pattern PRODUCT = Pattern.compile("\\b(?:integration|integrer|sandbox|api|sdk|checkout|webhook|plugin|module|bouton|button|test)\\b");
    /** Sharing bank details with the platform itself is the normal flow (profile, supplier registration). */
    private static final Pattern PLATFORM_FLOW = Pattern.compile(
            "\\b(?:profil|profile|plateforme|platform|relais|espace|dashboard|tableau de bord|onboarding|inscription|fournisseur|supplier)\\b");

    private static final Pattern APP_WITH_HANDLE = Pattern.compile(
            "\\b(?:" + PAY_APPS + ")\\s*(?:me|id|tag|revtag|handle|:|c'est|is|=|->|au|at|sur|to|as|sous|under|comme)?(?:\\s+(?:at|on|to|sur|a))?\\s*[:=]?\\s*"
                    + "(?:@[a-z0-9_.-]{3,32}|\\$[a-z0-9_]{3,32}|"
                    // a bare handle, told from a word by its joins or digits: "Revolut c'est lea_m", "my Venmo is sam-lee-42"
                    + "(?<=c'est |is |: |tag |revtag )[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\\b|(?<=c'est |is |: |tag |revtag )[a-z][a-z-]*\\d{2,}\\b|[a-z0-9._%+-]+(?:@|\\s+arobase\\s+|\\s*\\[at\\]\\s*)[a-z0-9.-]+|\\+?\\d[\\d .-]{7,16}\\d)");
    private static final Pattern PAY_ME_VIA_APP = Pattern.compile(
            // asking whether the other person has a payment app, with the money right after: "do you have Venmo? I'll send it tonight"
            "\\b(?:(?:tu as|t'as|vous avez|as-tu|avez-vous|tu aurais|t'aurais|vous auriez|do you have|have you got|you got|are you on|"
                    + "j'ai|i have|i've got|i use|j'utilise|"
                    + "tu es sur|t'es sur|vous etes sur)\\s+(?:un compte |une? |an? |an account on |on )?(?:" + PAY_APPS + ")\\b"
                    + "(?=[^\\n]{0,60}\\b(?:vir\\w*|pay\\w*|pai\\w*|send|envoi\\w*|envoy\\w*|rembours\\w*|transfer\\w*|wire|acompte|deposit|money|argent|regl\\w*))"
                    + "|(?:mon|my|ton|your|votre|sur mon|on my|to my|via mon|par mon)\\s+(?:compte\\s+|account\\s+)?(?:" + PAY_APPS + ")\\b"
                    // the app as a verb or a thing to send: "Revolut me", « fais-moi un Lydia »
                    + "|(?:" + PAY_APPS + ")[- ](?:me|moi)\\b(?! (?:know|a link|the link)\\b)"
                    + "|(?:me|m'|moi|nous)[- ]?(?:faire|fais|fait|envoyer|envoie|send)[- ]?(?:moi )?(?:un|une|a)\\s+(?:" + PAY_APPS + ")\\b"
                    + "|(?:pa(?:ie|ye|yer|yez)|regle|reglez|regler|vire|virez|virer|verse|versez|verser|envoie|envoyez|envoyer|rembourse|"
                    + "pay|send|transfer|wire|reimburse)[- ]?(?:moi|me|nous|us|-moi|te|you|vous)\\b[^.?!\\n]{0,30}?\\b(?:sur|on|via|par|through|with|by|avec|en)\\s+(?:" + PAY_APPS + ")\\b"
                    + "|(?:me|m'|nous)\\s*(?:payer|rembourser|virer|regler|verser|envoyer|payez|paye[rz]?|paie[sz]?|rembourses?|vires?)\\b"
                    + "[^.?!\\n]{0,30}?\\b(?:sur|on|via|par|avec|en)\\s+(?:" + PAY_APPS + ")\\b"
                    + "|(?:je (?:te |vous )?(?:paie|paye|regle|vire|verse|envoie|rembourse)|i(?:'ll| will| can)? (?:pay|send|transfer|wire) you)[^.?!\\n]{0,30}?\\b(?:sur|on|via|par|through|with|by|avec|en)\\s+(?:" + PAY_APPS + ")\\b)");
    private static final String[] BANK_WORDS = {"iban", "rib", "bancaire", "coordonnees de paiement", "bank", "account details", "wire",
        "payment details", "transfer details", "payment info", "de paiement",
        "numero de compte", "paypal", "lydia", "revolut", " wise", "sort code", "routing number", "account number"};
    private static final String[] ANNOUNCING_WORDS = {"iban", "rib", "bic", "swift", "numero de compte", "account n",
        "sort code", "routing number"};
    private static final String[] APP_WORDS = {"paypal", "pay pal", "lydia", "revolut", " wise", "venmo", "cash app", "cashapp", "paylib",
        "zelle", "western union", "pumpkin", "lyf", "wero"};

    private static final String[] NAMED_ACCOUNT_WORDS = {"au nom d", "sous le nom", "under ", "in the name", "sur mon num", "sur mon mail",
        "to my num", "to my phone", "be paid", "etre paye", "get paid"};

    private static final KeywordIndex KEYWORDS = KeywordIndex.of(BANK_WORDS, ANNOUNCING_WORDS, APP_WORDS, NAMED_ACCOUNT_WORDS);
    private static final int[] NAMED_ACCOUNT_IDS = KEYWORDS.ids(NAMED_ACCOUNT_WORDS);
    private static final int[] BANK_IDS = KEYWORDS.ids(BANK_WORDS);
    private static final int[] ANNOUNCING_IDS = KEYWORDS.ids(ANNOUNCING_WORDS);
    private static final int[] APP_IDS = KEYWORDS.ids(APP_WORDS);

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        int digitRun = text.longestDigitRun();
        if (digitRun >= 2 && text.digitCount() >= 8) {
            findIbans(text, out);
        }
        if (digitRun >= 5) {
            findRibs(text, out);
        }
        KeywordIndex.Hits hits = KEYWORDS.scan(s);
        if (hits.isEmpty()) {
            return;
        }
        findAnnounced(text, hits.positionsOf(ANNOUNCING_IDS), out);
        addAll(text, SHARE_BANK_DETAILS, hits.positionsOf(BANK_IDS), out, true);
        addAll(text, ASK_BANK_DETAILS, hits.positionsOf(BANK_IDS), out, true);
        addAll(text, SEND_THE_BANK_DETAILS, hits.positionsOf(BANK_IDS), out, true);
        addAll(text, OWN_BANK_DETAILS_SENT, hits.positionsOf(BANK_IDS), out, true);
        int[] namedAccounts = hits.positionsOf(NAMED_ACCOUNT_IDS);
        if (namedAccounts.length > 0) {
            WordStartMatching.findAround(ACCOUNT_BY_NAME, text, namedAccounts, WordStartMatching.DEFAULT_REACH, (start, end) -> {
                String sentence = sentenceAround(s, start, end);
                if (WordStartMatching.matchesAnywhere(BANK_OR_APP, sentence) && !PRODUCT.matcher(sentence).find()
                        && !IntentContext.namesPlatform(sentence, 0, sentence.length())) {
                    add(out, Finding.of(Category.PAYMENT_DETAILS, text.original(), start, end));
                }
            });
        }
        int[] appMentions = hits.positionsOf(APP_IDS);
        if (appMentions.length > 0) {
            addAll(text, APP_WITH_HANDLE, appMentions, out, false);
            addAll(text, PAY_ME_VIA_APP, appMentions, out, false);
            addAll(text, NAME_ON_APP, appMentions, out, false);
            if (s.indexOf('@') >= 0) {
                WordStartMatching.findAround(HANDLE_ON_APP, text, appMentions, WordStartMatching.DEFAULT_REACH,
                        (start, end) -> {
                            if (!PRODUCT.matcher(sentenceAround(s, start, end)).find()) {
                                add(out, Finding.of(Category.PAYMENT_DETAILS, text.original(), start - 1, end));
                            }
                        });
            }
        }
    }

    private static void findIbans(FoldedText text, List<Finding> out) {
        String s = text.folded();
        Matcher m = IBAN_CANDIDATE.matcher(s);
        for (int i = 0; i + 4 <= s.length(); i++) {
            // An IBAN opens with two letters and two digits at a word start: check that before the regex.
            if (!Character.isDigit(s.charAt(i + 2)) || !Character.isDigit(s.charAt(i + 3)) || !isLetter(s.charAt(i))
                    || !isLetter(s.charAt(i + 1)) || i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))
                    || !m.region(i, s.length()).lookingAt()) {
                continue;
            }
            int length = BankAccountNumbers.ibanLength(m.group().substring(0, 2));
            if (length < 0) {
                continue;
            }
            int end = takeAlphanumerics(text.folded(), m.start(), length);
            if (end < 0) {
                continue;
            }
            String compact = text.folded().substring(m.start(), end).replaceAll("[ -]", "");
            if (BankAccountNumbers.isValidIban(compact) && !WorkContent.isTheWork(s, m.start(), end)) {
                add(out, Finding.of(Category.PAYMENT_DETAILS, text.original(), m.start(), end));
                i = end;
            }
        }
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** End offset after {@code count} letters/digits from {@code start}, skipping single spaces/dashes; -1 if the text ends first. */
    private static int takeAlphanumerics(String s, int start, int count) {
        int taken = 0;
        int i = start;
        while (i < s.length() && taken < count) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                taken++;
            } else if (c != ' ' && c != '-') {
                return -1;
            }
            i++;
        }
        return taken == count ? i : -1;
    }

    private static void findRibs(FoldedText text, List<Finding> out) {
        Matcher m = RIB_CANDIDATE.matcher(text.folded());
        while (m.find()) {
            if (BankAccountNumbers.isValidRib(m.group().replaceAll("[ -]", ""))) {
                add(out, Finding.of(Category.PAYMENT_DETAILS, text.original(), m.start(), m.end()));
            }
        }
    }

    /** "IBAN : FR76 ..." with a typo in the check digits is still someone's bank account being shared. */
    private static void findAnnounced(FoldedText text, int[] announcements, List<Finding> out) {
        WordStartMatching.findAround(ANNOUNCED_NUMBER, text, announcements, 0, (start, end) -> {
            Matcher m = ANNOUNCED_NUMBER.matcher(text.folded()).region(start, end);
            if (m.lookingAt()) {
                addAnnounced(text, m, out);
            }
        });
    }

    private static void addAnnounced(FoldedText text, Matcher m, List<Finding> out) {
        String value = m.group(1);
        boolean bic = m.group().startsWith("bic") && BIC.matcher(value).lookingAt() || m.group().startsWith("swift");
        if (Keywords.countDigits(value) >= 8 || bic && value.length() >= 8) {
            int end = bic ? m.start(1) + value.split(" ")[0].length() : m.end(1);
            add(out, Finding.of(Category.PAYMENT_DETAILS, text.original(), m.start(), end));
        }
    }

    private static void addAll(FoldedText text, Pattern phrase, int[] mentions, List<Finding> out, boolean unlessPlatformFlow) {
        WordStartMatching.findAround(phrase, text, mentions, WordStartMatching.DEFAULT_REACH, (start, end) -> {
            if (!unlessPlatformFlow || !WordStartMatching.matchesAnywhere(PLATFORM_FLOW, sentenceAround(text.folded(), start, end))) {
                add(out, Finding.of(Category.PAYMENT_DETAILS, text.original(), start, end));
            }
        });
    }

    static String sentenceAround(String s, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < s.length() && ".!?\n".indexOf(s.charAt(to)) < 0) {
            to++;
        }
        return s.substring(from, to);
    }

    private static void add(List<Finding> out, Finding f) {
        for (Finding existing : out) {
            if (existing.category() == Category.PAYMENT_DETAILS && existing.overlaps(f)) {
                return;
            }
        }
        out.add(f);
    }
}
