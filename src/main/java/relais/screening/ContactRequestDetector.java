package relais.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asking for the other person's contact details, or offering one's own, without the details
 * themselves: « tu peux me donner ton mail perso ? », "what's your cell?", "I'll send you my number".
 * The category follows the channel named: an e-mail is EMAIL, a number PHONE, a messaging or social
 * app LINK_OR_HANDLE; details that name no channel (« tes coordonnées », "your contact details")
 * are GO_DIRECT, an invitation to carry on elsewhere. Requests for the work (a Figma or Slack
 * invitation, a SIRET number, a form's field) are left alone.
 */
final class ContactRequestDetector implements Detector {

    private static final String ASK_OR_OFFER = "(?:(?:donne|donnez|envoie|envoies|envoyez|passe|passez|file|filez|laisse|laissez|communique|"
            + "communiquez|transmets|transmettez|partage|partagez|note|notez)(?:[- ]?(?:moi|nous))?"
            + "|(?:tu peux|tu pourrais|vous pouvez|vous pourriez|pourrais-tu|pourriez-vous|peux-tu|pouvez-vous|tu veux bien|je peux)\\s+"
            + "(?:me |m'|nous |te |t'|vous )?(?:donner|envoyer|passer|laisser|communiquer|transmettre|filer|partager|avoir)"
            + "|(?:tu|vous)\\s+(?:me |m'|nous )(?:donnes|donnez|envoies|envoyez|passes|passez|files|filez|laisses|laissez|communiques|"
            + "communiquez|transmets|transmettez)"
            + "|(?:je|j')\\s*(?:te |t'|vous )?(?:donne|envoie|passe|laisse|file|transmets|communique|partage|enverrai|donnerai|laisserai)"
            + "|c'est quoi|quel est|quelle est|tu as|t'as|as-tu|vous avez|avez-vous|tu aurais|t'aurais|vous auriez|aurais-tu|auriez-vous|voici|voila"
            + "|give me|send me|pass me|drop me|leave me|share|send|give|leave|drop|post|text me|dm me|shoot me|what's|whats|what is|can i (?:get|have)|could i (?:get|have)"
            + "|may i (?:get|have)|do you have|have you got|need|i'll (?:send|give|text|dm|share)(?: you)?|i will (?:send|give|text|share)(?: you)?"
            + "|i can (?:send|give|text|share)(?: you)?|let me (?:send|give|share)(?: you)?|here's|here is|heres"
            // reached through one's own channel: « écris-moi sur mon mail perso », "send it to my Gmail"
            + "|(?:ecri[st]|ecrivez|contacte|contactez|joins|joignez|write|reach|contact|e-?mail|text|call|appelle|appelez)[- ]?(?:moi|me|nous|us)\\s+(?:sur|a|au|at|on|via|to)"
            + "|(?:envoie|envoyez|ecris|ecrivez|send|write|drop)(?:[- ](?:moi|me|nous|us))?\\s+(?:un |une |an? )?(?:mail|e-?mail|message|mot|line|note|texto|sms)\\s+(?:a|sur|to|at|on)"
            + "|send (?:it|this|them|the \\w+) to"
            // formal or blunt asks: "kindly provide", « dis-moi », "is there"
            + "|kindly provide|please provide|provide|fournir|indiquer|dis[- ]?moi|dites[- ]moi|is there|y a-t-il"
            // written to from one's own channel: "drop me a line from your private address", « écris-moi depuis ton adresse perso »
            + "|(?:drop me a line|write to me|write me|email me|e-mail me|ecris-moi|ecrivez-moi|envoie-moi un mail|envoyez-moi un mail)\\s+(?:from|depuis|avec|with|using))";
    private static final String OWNER = "(?:ton|ta|tes|votre|vos|your|ur|mon|ma|mes|my)";
    private static final String OWN = "(?:(?:perso|personal|private|privee?|direct|own|other|autre)\\s+)?";
    private static final String EMAIL = "(?<=personal |private |own )address|adresse (?:privee|personnelle)|e-?mail|mail|courriel|adresse (?:e-?mail|mail|electronique|perso|hotmail|gmail|yahoo|outlook|icloud|proton\\w*|orange|free|laposte|wanadoo|sfr)|"
            + "email address|e-mail address|mail address|gmail|hotmail|yahoo|icloud|protonmail";
    private static final String PHONE = "numero de (?:tel\\w*|portable|mobile|phone)|numero|number|phone number|phone|tel|telephone|portable|mobile|cell(?:phone)?|"
            + "fixe|06|07|ligne directe";
    private static final String APP = "whats ?app|telegram|signal|linkedin|insta\\w*|discord|skype|snap\\w*|facebook|messenger";
    private static final String ANY_CHANNEL = "coordonnees|contact details|contact info\\w*|contacts? perso\\w*|details|perso";

    /** Asked or offered with an owner: « donne-moi ton 06 », "here's my personal email". */
    private static final Pattern OWNED = Pattern.compile("\\b" + ASK_OR_OFFER + "\\s+(?:[a-z'-]+\\s+){0,2}?" + OWNER + "\\s+" + OWN
            + "(?:(" + EMAIL + ")|(" + PHONE + ")|(" + APP + ")|(" + ANY_CHANNEL + "))\\b"
            + "(?!\\s*(?:de |d'|du |des |of |for the |pour (?:le|la|l'|acceder)|fournisseur|supplier|client|bancaires?|banking|de paiement)(?!\\s*(?:tel|portable|mobile|phone|perso)))");
    /**
     * With an article, only a personal one counts: « tu as un numéro perso ? », "do you have a number where I can call you?", "the
     * best number to reach you on", « le numéro que tu utilises », "a Gmail or something I can send the files to".
     */
    private static final Pattern PERSONAL_ONE = Pattern.compile("\\b" + ASK_OR_OFFER + "\\s+(?:[a-z'-]+\\s+){0,2}?(?:(?:un|une|a|an|le|la|the)\\s+|l')"
            + "(?:(?:best|meilleur|right|bon|good|other|autre)\\s+)?(?:(" + EMAIL + ")|(" + PHONE + ")|(" + APP + ")|(" + ANY_CHANNEL + "))\\s+"
            + "(?:(?:ou autre|or something|or other|or anything|ou quelque chose|ou un truc)\\s+)?"
            + "(?:(?:que|qui) (?:tu|vous) (?:utilis\\w*|consult\\w*|regard\\w*)|(?:you|u) (?:use|prefer|check)|(?:i|we) can send|"
            + "(?:ou|where) (?:je|on|i|we) (?:peux|peut|pourrai\\w*|can|could) (?:te |vous |you )?(?:les |le |la |l'|it |them |the [a-z]+ )?(?:envoyer|send)|"
            + "perso\\w*|personal|private|prive\\w*|direct|ou (?:je|on) (?:peux|peut|pourrai\\w*) (?:te|vous)|where i can|to reach you|to call you|"
            + "pour (?:te|vous) (?:joindre|appeler|contacter|ecrire)|pour que (?:je|on) (?:te |t'|vous )(?:appelle|joigne|contacte|ecrive)|"
            + "so (?:i|we) can (?:call|reach|text|ring) you|(?:i|we) (?:can|could) (?:reach|write to|e-?mail|contact|call|text|ring) you|(?:i|we) (?:can|could) write to|"
            + "(?:ou|auquel|a laquelle|sur lequel|sur laquelle) (?:je |on )?(?:peux |peut |pourrai\\w* )?(?:te|vous|t')\\s*(?:joindre|ecrire|contacter|appeler))");
    /** The personal word first: "kindly provide a personal email address", "a direct telephone number". */
    private static final Pattern PERSONAL_FIRST = Pattern.compile("\\b" + ASK_OR_OFFER + "\\s+(?:[a-z'-]+\\s+){0,2}?(?:un|une|a|an)\\s+"
            + "(?:perso|personal|private|direct)\\s+"
            + "(?:(" + EMAIL + ")|(" + PHONE + ")|(" + APP + ")|(" + ANY_CHANNEL + "))\\b");

    /** A request turned down before it is made: "no need for your phone number", « pas besoin de ton numéro », "I can't share my number". */
    private static final Pattern REFUSED = Pattern.compile("\\b(?:no need|not need|don't need|do not need|doesn't need|does not need|"
            + "no reason|not necessary|pas besoin|plus besoin|aucun besoin|inutile|pas la peine|pas necessaire|sans|"
            + "can't|cannot|can not|won't|will not|not allowed to|ne (?:peux|peut|pouvons|pouvez|vais|veux|dois) pas|pas le droit de)(?![a-z])");
    /** How far before a request its refusal may stand: « pas besoin de me donner ». */
    private static final int REFUSAL_REACH = 24;

    /** The work's own accounts and fields: an e-mail for the Figma invitation is not a way around the platform. */
    private static final Pattern FOR_THE_WORK = Pattern.compile("\\b(?:figma|github|gitlab|bitbucket|slack|jira|notion|drive|repo|depot|staging|"
            + "trello|asana|confluence|miro|teams|invite|invitation|inviter|acces|access|compte de test|test account|login|identifiant|"
            + "profil relais|relais profile|(?:pour|for|sur|on|in|dans|de|of) (?:la |the |le |ton |your |votre )?(?:plateforme|platform|relais)|siret|siren|tva|vat|facture|invoice|commande|order|ticket|version|suivi|"
            + "tracking|colis|formulaire|form|champ|field|newsletter|footer|pied de page|maquette|mock-?up|placeholder)\\b");

    private static final String[] CHANNEL_WORDS = {"mail", "courriel", "numero", "number", "phone", "tel ", "tel?", "tel.", "tel,",
        "telephone", "portable", "mobile", "cell", "fixe", "un 06", "un 07", "ton 06", "ton 07", "mon 06", "mon 07", "your 06", "votre 06", "ligne directe",
        "whats", "telegram", "signal", "linkedin", "insta", "discord", "skype", "snap", "facebook", "messenger", "coordonnees", "contact",
        "details", "perso", "private address", "personal address", "own address", "gmail", "hotmail", "yahoo", "outlook", "icloud"};
    private static final KeywordIndex KEYWORDS = KeywordIndex.of(CHANNEL_WORDS);
    /** How far past a request a proposal may end and still be that request: « mon mail perso ». */
    private static final int OWN_WORD_REACH = 12;
    private static final Category[] BY_GROUP = {Category.EMAIL, Category.PHONE, Category.LINK_OR_HANDLE, Category.GO_DIRECT};

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        int[] mentions = KEYWORDS.scan(s).positions();
        if (mentions.length == 0) {
            return;
        }
        for (Pattern p : new Pattern[] {OWNED, PERSONAL_ONE, PERSONAL_FIRST}) {
            WordStartMatching.findAround(p, text, mentions, WordStartMatching.DEFAULT_REACH, (start, end) -> add(text, p, start, end, out));
        }
    }

    private static void add(FoldedText text, Pattern p, int start, int end, List<Finding> out) {
        String s = text.folded();
        Matcher m = p.matcher(s).region(start, end);
        if (!m.lookingAt()) {
            return;
        }
        int group = 1;
        while (group <= 4 && m.group(group) == null) {
            group++;
        }
        if (group > 4 || WordStartMatching.matchesAnywhere(FOR_THE_WORK, s.substring(Sentences.start(s, start), Sentences.end(s, end)))
                || refused(s, start)) {
            return;
        }
        Category category = BY_GROUP[group - 1];
        for (int i = 0; i < out.size(); i++) {
            Finding f = out.get(i);
            if (category != Category.GO_DIRECT && f.category() == Category.GO_DIRECT) {
                if (f.start() >= start && f.end() <= end + OWN_WORD_REACH) {
                    out.remove(i--); // « écris-moi sur mon mail perso »: the channel named says better what the request is
                }
                continue; // "an address where I can write to you outside of here": the request and the proposal both stand
            }
            if (f.start() < end && start < f.end() || f.category() == category) {
                return; // the details themselves are in the message ("voici mon numéro : 06..."), or a proposal covers it
            }
        }
        out.add(Finding.of(category, text.original(), start, end));
    }

    /** Whether a refusal stands anywhere in the clause before {@code start}: « pas besoin de m'envoyer ton RIB ». */
    static boolean refusedEarlierInClause(String s, int start) {
        int from = Sentences.clauseStart(s, start);
        return from < start && REFUSED.matcher(s).region(from, start).find();
    }

    /** Whether a refusal opens the request's clause ("No need for your number": the ask word "need" is the refusal's). */
    private static boolean refused(String s, int start) {
        int from = Math.max(Sentences.clauseStart(s, start), start - REFUSAL_REACH);
        int to = Math.min(s.length(), start + 5);
        return from < to && REFUSED.matcher(s).region(from, to).find();
    }
}
