package relais.screening;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposals to go direct found by combining cues rather than by whole phrases: a cue that points
 * outside the platform (around it, without it, its fees, between us, the client's own purchasing,
 * "directly") and an action (continue, work, contract, invoice, pay, order, hire, sign...) in the
 * same sentence or the one next to it, said by people of the conversation, and not refused
 * ("we can't work outside the platform"). "Directly" alone is a weak cue: it must sit close to the
 * action and not be about the work ("directly with our design team", "directly in the repo").
 * The finding covers the cue and the action it was paired with, so it says why it was raised.
 */
final class GoDirectCues {

    private static final String DET = "(?:(?:la|le|les|l'|this|the|their|its|leur|leurs|cette|ce|notre|our|votre|your)\\s*)?";
    private static final String PLATFORM = "(?:" + DET + "(?:plate-?formes?|platforms?|relais|appli|app|application|marketplace|"
            + "messagerie|messaging|interface|portal|portail|intermediaires?|middle ?m[ae]n|ici|here)\\b"
            + "|(?:l'|the |cette |this |votre |your |leur |their )(?:agence|agency)\\b"
            // a bare "site" is a place: « travailler hors site », "off-site workshop"
            + "|(?:ce|cette|le|this|the|that)\\s+(?:site|website|service|system|systeme|thread|chat)\\b)";
    private static final String ROUTE = "(?:(?:passer|repasser|going|go|aller|transiter|using|use|utiliser|involving|impliquer|"
            + "continuer|continue|continuing|rester|stay|staying|carry on|keep going|through|via|par|sur|recourir|recours|a)\\s+){1,2}";

    /** How strongly a cue points outside: weak ones ("directly") must stand right by the action and mean the people. */
    private enum Strength { STRONG, WEAK, NEEDS_TARGET, HIDING }

    private record Cue(String[] keywords, Pattern pattern, Strength strength) {
    }

    private static Cue cue(String keywords, Strength strength, String regex) {
        return new Cue(keywords.split("\\|"), Pattern.compile(regex), strength);
    }

    private static final List<Cue> CUES = List.of(
            // without / instead of the platform, or going through it: « sans passer par eux », "rather than through here"
            cue("sans |without|instead of|rather than|other than|plutot qu|au lieu d|ailleurs qu|autrement qu", Strength.STRONG,
                    "\\b(?:sans|without|instead of|rather than|other than|plutot que(?: de)?|plutot qu'|au lieu de|au lieu d'|ailleurs qu'|autrement qu'|autrement que)\\s*"
                            + "(?:" + ROUTE + ")?(?:" + PLATFORM + "|(?:ce|this) site\\b)"
                            + "|\\b(?:sans|without|instead of|rather than|plutot que de|au lieu de)\\s*(?:" + ROUTE + ")?(?:them|eux)\\b"
                            + "|\\b(?:sans|without|instead of|rather than|plutot que de|au lieu de)\\s*" + ROUTE + "(?:elle|lui|it)\\b"),
            // outside it: « en dehors de la plateforme », "off the app", "hors d'ici"
            cue("hors|dehors|exterieur|outside|off |off-|away from|around|loin d", Strength.STRONG,
                    "\\b(?:hors(?: de| du| d')?|en dehors (?:de|du|d')|a l'exterieur (?:de|du|d')|outside(?: of)?|off|away from|around|"
                            + "loin (?:de|du|d'))\\s*" + PLATFORM + "|\\b(?:off-?platform|hors-?plate-?forme)\\b"),
            // leaving it: « ne plus passer par la plateforme », "stop using the app"
            cue("plateforme|platform|relais|appli|app |app.|app,|app?|marketplace|site|portal|portail|service", Strength.STRONG,
                    "\\b(?:pas|plus|not|no longer|stop|quit|arret\\w*(?: de)?|cess\\w* de|(?:sortir|sortons|sort|sors|sortez|sortira\\w*) de|leave|leaving|quitter|quittons|"
                            + "oubli\\w*|forget|ditch|drop|laisse\\w* tomber|lach\\w*|(?:faire|fait|fais|faisons|on fait) l'impasse sur|"
                            + "no need for|no need to use|pas besoin d[e']|plus besoin d[e']|inutile d[e'])\\s+"
                            + "(?:de\\s+|d'|to\\s+)?(?:(?:passer|going|go|utiliser|using|use|rester|staying|stay)\\s+)?(?:(?:par|through|via|on|sur)\\s+)?"
                            + "(?:" + DET + "(?:plate-?forme|platform|relais|appli|app|marketplace)\\b|(?:the|le|ce|this) (?:site|portal|portail|service)\\b)"
                            + "|\\b(?:keep|leave|laisser|laissons|laisse|garder|gardons)\\s+" + DET + "(?:plate-?forme|platform|relais|appli|app|marketplace|them|eux)\\s+"
                            + "(?:out|en dehors|de cote|hors)\\b"),
            // its fees avoided: "skip their commission", « éviter les frais de la plateforme »
            cue("commission|fee|frais|markup|marge|middle|intermediaire|plateforme|platform|relais|percent|pourcent|skip|save|saving|avoid|"
                    + "bypass|dodge|circumvent|econom|evit|contourn|court-circuit|zapp", Strength.STRONG,
                    "\\b(?:skip\\w*|sav(?:e|es|ed|ing)|avoid\\w*|bypass\\w*|dodg\\w*|cut(?:ting)? out|cut|circumvent\\w*|econom\\w*|evit\\w*|"
                            + "contourn\\w*|court-circuit\\w*|zapp\\w*|se passer d|nous passer d|on se passe d|se passe d)\\s*(?:on |sur |de |d'|des |du )?"
                            + DET + "(?:(?:marketplace|platform|plateforme|site|agency|service)\\s+)?(?:commissions?|fees?|frais|cut|markup|marge|middle ?m[ae]n|intermediaires?|plate-?forme|platform|relais|"
                            + "percentage|pourcentage|\\d+ ?%|site|agence|agency)"
                            + "|\\b(?:sans|without|no|pas de|zero|plus de)\\s+" + DET + "(?:commissions?|middle ?m[ae]n|intermediaires?|tiers|third part(?:y|ies)|platform fees?|"
                            + "frais de (?:service|plateforme|la plateforme|relais)|(?:their|its) (?:fees?|cut|commission)|leurs frais)\\b"),
            // a private arrangement: « entre nous », "between the two of us", "off the books", « au black »
            cue("entre nous|between|gre a gre|prive|private|the record|the books|the table|au black|liquide|especes|cash|main a la main|cheque|check|handshake|poignee", Strength.STRONG,
                    "\\b(?:entre nous(?: deux)?(?! et (?:le|la|les|l'|eux|lui|elle))|between (?:us|ourselves|you and me|the two of us)(?! and (?:the|their|our|your|a|an|them|him|her)\\b)|de gre a gre|en prive|privately|"
                            + "in private|off the record|off the books|outside the books|under the table|au black|en liquide|en especes|en cash|"
                            + "in cash|cash in hand|de la main a la main|(?:pay|paid|paying|pai\\w*|pay\\w*|regl\\w*) (?:you |me |vous |te |toi )?cash|"
                            + "(?:pai\\w*|pay\\w*|paid|regl\\w*|rembours\\w*|reimburs\\w*)\\s+(?:[a-z'-]+\\s+){0,3}?(?:par|by|en|with a) (?:cheque|check)|"
                            + "(?:on a|on|a) handshake(?: basis| deal)?|(?:a la|sur une) poignee de main)\\b"),
            // billing oneself instead of the platform: « je peux vous facturer moi-même »
            cue("moi-meme|moi meme|nous-memes|myself|ourselves", Strength.NEEDS_TARGET,
                    "\\b(?:factur\\w*|invoic\\w*|bill)\\s+(?:[a-z'-]+\\s+){0,3}?(?:moi-meme|moi meme|nous-memes|myself|ourselves)\\b"
                            + "|\\b(?:gere\\w*|handle|do|fai\\w*)\\s+(?:la |le |the |our |notre |nos )?(?:factur\\w*|invoic\\w*|billing|paiements?|payments?)"
                            + "(?:\\s+[a-z'-]+){0,2}?\\s+(?:moi-meme|moi meme|nous-memes|myself|ourselves)\\b"),
            // elsewhere: « on en parle ailleurs », "somewhere else"
            cue("ailleurs|elsewhere|somewhere else|autre part", Strength.STRONG, "\\b(?:ailleurs|elsewhere|somewhere else|autre part)\\b(?! (?:sur|dans|in|on) (?:le|la|the) (?:site|page|code|app))"),
            // the client's own purchasing channel: « notre service achats », "onboard you as a supplier"
            cue("achat|procurement|purchasing|fournisseur|supplier|vendor|referenc", Strength.NEEDS_TARGET,
                    "\\b(?:(?:notre|nos|our|mon|ma|my)\\s+(?:propre\\s+|own\\s+|internal\\s+)?(?:service (?:des )?achats?|achats|procurement|"
                            + "purchasing|referencement|supplier (?:portal|onboarding|registration|list|account)|"
                            + "vendor (?:portal|onboarding|registration|list|account)|portail fournisseurs?|compte fournisseur|fournisseurs?)"
                            + "|(?:referenc\\w*|onboard\\w*|register\\w*|enregistr\\w*|inscri\\w*|add\\w*|ajout\\w*)\\s+(?:(?:te|vous|you|toi)\\s+)?"
                            + "(?:comme |as (?:a |an |our )?|en tant que |chez nous comme )(?:fournisseur|supplier|vendor|prestataire)\\w*)\\b"),
            // one's own company billing the other: "my own company invoices you", « ma société vous facture »
            cue("ma societe|ma boite|mon entreprise|ma structure|my company|my firm|mon agence|my agency|my own|ma propre|mon propre", Strength.NEEDS_TARGET,
                    "\\b(?:ma|mon|my)\\s+(?:propre\\s+|own\\s+)?(?:societe|boite|entreprise|structure|company|firm|agence|agency)\\b"
                            + "(?=[^.?!\\n]{0,30}\\b(?:factur|invoic|bill|contract))"),
            // a personal channel for the business itself: "send the invoice to my personal address"
            cue("perso|personal|private|prive", Strength.NEEDS_TARGET,
                    "\\b(?:mon|ma|mes|my|ton|ta|tes|your|votre|vos)\\s+(?:adresse |address |numero |number |e-?mail |mail |compte |account )?"
                            + "(?:perso|personnel\\w*|personal|private|prive\\w*)\\b"),
            // "directly": only a cue when close to the action and about the people
            cue("direct|straight", Strength.WEAK, "\\b(?:en direct|directement|directly|direct|straight(?! away| forward| ahead| after))\\b"),
            // meeting outside to carry on: « on se voit en dehors », "let's meet offline"
            cue("dehors|ailleurs|outside|offline|in person", Strength.STRONG,
                    "\\b(?:(?:se|s'|nous) (?:voir|voit|voyons|retrouve\\w*|rencontre\\w*)|meet|meet up|catch up|see each other)\\s+"
                            + "(?:en dehors|dehors|ailleurs|outside|offline|in person)(?! (?:de|du|des|d'|of)\\b)"),
            // one's own company as the route: « on passe par ma boîte », "through my company"
            cue("ma boite|ma societe|mon entreprise|ma structure|ma filiale|my company|my firm|our company|notre societe|notre boite|my own", Strength.STRONG,
                    "\\b(?:passe\\w*|passons|passer|through|via)\\s+(?:par\\s+)?(?:ma|mon|notre|my|our)\\s+(?:propre\\s+|own\\s+)?"
                            + "(?:boite|societe|entreprise|structure|filiale|company|firm|agence|agency)\\b"),
            // keeping work off the record: "no need to log it here", « pas besoin de le déclarer sur la plateforme »
            cue("no need|pas besoin|inutile|don't|ne pas", Strength.STRONG,
                    "\\b(?:no need to|don't|do not|pas besoin de|inutile de|ne pas)\\s+(?:les |le |la |l'|them |it |this )?"
                            + "(?:log|record|declare|put|mention|report|track|declarer|mettre|saisir|noter|signaler|enregistrer)\\w*\\s+"
                            + "(?:them |it |this |ca )?(?:(?:les|le|la|l'|the|these|those|ces|ses|nos|our)\\s*(?:avenants?|heures(?: sup\\w*)?|hours|jours|days|factures?|invoices?|extras?|devis|quotes?|contrats?|contracts?|extensions?)\\s+)?(?:here|ici|on (?:the )?(?:platform|site|app)|sur (?:la plateforme|le site|l'appli|relais)|in relais|on relais)\\b"),
            // hiding it: « la plateforme n'a pas besoin de savoir », "keep this to yourself"
            cue("savoir|know|courant|told|pour toi|yourself|quiet|motus", Strength.HIDING,
                    "\\b(?:(?:" + DET + "(?:plate-?forme|platform|relais|app|site)|ils|they|eux)\\s+(?:n'a|n'ont|ne doi\\w+|doesn't|don't|does not|do not|needn't|has no|have no)\\s+"
                            + "(?:pas |rien |nothing )?(?:besoin d[e']\\s*|need to |to |a )?(?:le |en )?(?:savoir|know|etre au courant|be told|hear)|"
                            + "gard\\w* (?:ca|cela) pour (?:toi|vous)|keep (?:this|it|that) (?:to yourself|quiet|between us)|motus)\\b"),
            // the platform's take resented: « vos intermédiaires prennent trop », "why pay them a commission"
            cue("trop|too much|fortune|a lot|beaucoup de commission|autant de commission|tant de commission|enormement de commission|so much|that much|why|pourquoi", Strength.STRONG,
                    "\\b(?:ils|eux|they|(?:l'|the |vos |les |leurs |their |your |cette |this )?(?:agence|agency|intermediaires?|middle ?m[ae]n|plate-?forme|platform|site|relais|marketplace))\\s+"
                            + "(?:prenn?\\w*|take|takes|taking|grab\\w*|keeps?|piqu\\w*)\\s+(?:vraiment |really |way |bien )?"
                            + "(?:trop|too much|une fortune|a fortune|a lot|beaucoup)(?! de temps| time| long)\\b"
                            + "|\\b(?:beaucoup|autant|tant|enormement) de commissions?\\b|\\b(?:so much|a lot of|that much) (?:in )?(?:fees|commission)\\b"
                            + "|\\b(?:why|pourquoi) (?:[a-z']+ ){0,3}?(?:pay|payer|give|donner|laisser|verser)\\s+(?:them |leur |to them )?"
                            + "(?:a |une |des |la |le |the |un )?(?:commissions?|fees?|cut|pourcentage|percentage|frais|part)\\b"),
            // just the two of them, on the side: « juste toi et moi », "hire you on the side", « en off », « virement perso »
            cue("toi et moi|vous et moi|nous deux|you and me|two of us|a cote|on the side|en off|virement|transfer|paiement|payment|wire|our own|my own|nos propre|notre propre", Strength.STRONG,
                    "\\b(?:(?:juste|rien que|seulement) (?:toi et moi|vous et moi|nous deux)|just (?:you and me|the two of us))\\b"
                            + "|\\b(?:contrats?|contracts?|missions?|deals?|jobs?|gigs?|boulot|travail|projets?|projects?|prestations?|hire you|work for us|bosser|travailler)"
                            + "(?:\\s+[a-z'-]+){0,3}?\\s+(?:a cote|on the side)\\b(?! (?:panel|bar|menu|de|du|des|d'|of|gauche|droite)\\b)"
                            + "|(?<!voix )(?<!voice )\\ben off\\b"
                            + "|\\b(?:virements?|transfers?|paiements?|payments?|wires?)\\s+(?:perso|personnel|personal|prive|private)\\b"
                            + "|\\b(?:our|my) own (?:agreement|contract|deal|arrangement|terms|paperwork)\\b|\\b(?:notre|nos) propres? (?:contrats?|accords?|conditions)\\b"),
            // the platform soon of no use: « ce site ne servira plus », "we won't need the platform anymore"
            cue("servira plus|sera plus|need the|need this|needed", Strength.STRONG,
                    "\\b(?:(?:ce|le|cette|la|this|the) (?:site|plateforme|platform|appli|app)|relais) (?:ne (?:nous )?(?:servira|sera) plus|won't be needed|will no longer be needed|is no longer needed)\\b"
                            + "|\\b(?:won't|will not|no longer|don't|do not) need (?:the|this) (?:platform|site|app|middleman)\\b"),
            // going direct, said the French way: « si on passe en direct »
            cue("direct", Strength.STRONG, "\\b(?:passe|passer|passons|passez|passait|passerait|passerions|basculer|basculons|basculez) en direct\\b"));

    /** Words before "direct" that make it a kind of thing, not a way around the platform: "lien direct", "direct report". */
    private static final Set<String> THING_BEFORE = Set.of("lien", "liens", "contact", "acces", "access", "link", "vente", "ventes",
            "sales", "debit", "prelevement", "diffuse", "diffusee", "live", "retransmis", "retransmise", "message", "messages", "train",
            "vol", "flight", "line", "ligne", "manager", "superieur", "responsable", "report", "reports", "impact", "effet", "effect",
            "consequence", "question", "reponse", "answer", "concurrent", "competitor", "appel", "call", "mail");
    /** What follows "direct" when it is about the work: a team, a place, a time, a tool. */
    private static final Pattern WORK_AFTER = Pattern.compile("^\\s*(?:(?:avec|with)\\s+(?!(?:toi|vous|moi|nous|you|me|us|each other|ensemble|together)\\b)"
            + "|(?:after|before|apres|avant|afterwards|ensuite|depuis|into|in the|in our|in your|dans|from (?:the|our|your|their|a|my|git|main|staging|prod)|to the|to our|to prod|to production|to main|"
            + "to staging|a la (?:prod|production|partie|page|suite de)|au (?:client|code|repo|depot|ticket)|aux|back|debit|"
            + "(?:sur|on) (?:le|la|les|l'|the|our|their|un|une|a)(?! (?:compte|account|iban|rib))|par (?:stripe|la banque|le client|les clients|le site)|"
            + "via (?:stripe|le|la|l'|the|our|api|l'api)|through (?:stripe|the|our|their)|integration|api|access|acces)\\b)");
    private static final int WEAK_REACH = 40;

    static List<String[]> keywords() {
        return CUES.stream().map(Cue::keywords).toList();
    }

    static List<Pattern> patterns() {
        return CUES.stream().map(Cue::pattern).toList();
    }

    /** The finding for the match [start, end) of cue number {@code cue}, or null when it makes no proposal. */
    static Finding finding(FoldedText text, int cue, int start, int end) {
        String s = text.folded();
        if (arrangesTheSchedule(s, start, end)) {
            return null;
        }
        int[] span = proposal(s, CUES.get(cue).strength(), start, end);
        return span == null ? null : Finding.of(Category.GO_DIRECT, text.original(), span[0], span[1]);
    }

    /** « on s'arrange entre nous pour le planning des réunions »: an arrangement about meetings, not money. */
    private static boolean arrangesTheSchedule(String s, int start, int end) {
        String cue = s.substring(start, end);
        return (cue.contains("entre nous") || cue.contains("between")) && GoDirectDetector.aboutScheduling(s, start, end);
    }

    /** The span of the proposal the cue at [start, end) belongs to, or null when it makes none. */
    private static int[] proposal(String s, Strength strength, int start, int end) {
        int sentenceStart = Sentences.start(s, start);
        int sentenceEnd = Sentences.end(s, end);
        if (strength == Strength.WEAK) {
            // cheapest checks first: most "directly" are about the work, far from any action
            if (aboutTheWork(s, start, end) || platformActs(s, start)) {
                return null;
            }
            int[] action = IntentContext.nearestAction(IntentContext.ACTION, s, Math.max(sentenceStart, start - WEAK_REACH),
                    Math.min(sentenceEnd, end + WEAK_REACH), start, end);
            if (action == null) {
                return null;
            }
            int[] span = union(start, end, action);
            // the people must be the ones paid or worked with: "hire you directly", not "hire two developers, directly in-house"
            boolean counterpart = IntentContext.hasCounterpart(s, Math.max(sentenceStart, span[0] - 25), Math.min(sentenceEnd, span[1] + 25));
            return counterpart && !IntentContext.platformRoute(s, sentenceStart, sentenceEnd) && !IntentContext.refused(s, start, end)
                    ? span : null;
        }
        int[] span = pairedWithAction(s, strength, start, end, sentenceStart, sentenceEnd);
        if (strength == Strength.HIDING) {
            return span; // keeping the platform in the dark is a proposal whoever speaks, and even said with a negation
        }
        if (span == null || strength == Strength.NEEDS_TARGET && (IntentContext.platformRoute(s, sentenceStart, sentenceEnd)
                || !IntentContext.hasCounterpart(s, sentenceStart, sentenceEnd))) {
            return null;
        }
        int around = sentenceStart > 0 ? Sentences.start(s, sentenceStart - 1) : sentenceStart;
        int aroundEnd = sentenceEnd < s.length() ? Sentences.end(s, sentenceEnd) : sentenceEnd;
        boolean person = IntentContext.hasPerson(s, sentenceStart, sentenceEnd)
                || strength == Strength.STRONG && IntentContext.hasPerson(s, around, aroundEnd);
        return person && !IntentContext.refused(s, start, end) ? span : null;
    }

    private static int[] pairedWithAction(String s, Strength strength, int start, int end, int sentenceStart, int sentenceEnd) {
        // a cue that holds its own action ("gérer la facturation nous-mêmes") is paired already
        boolean ownAction = strength == Strength.NEEDS_TARGET
                || IntentContext.nearestAction(IntentContext.ACTION, s, start, end, -1, -1) != null;
        int[] action = IntentContext.nearestAction(IntentContext.ACTION_OR_TALK, s, sentenceStart, sentenceEnd, ownAction ? -1 : start, ownAction ? -1 : end);
        if (action != null) {
            return Math.abs(action[0] - start) <= 60 ? union(start, end, action) : new int[] {start, end};
        }
        if (strength != Strength.STRONG && strength != Strength.HIDING) {
            return null;
        }
        // the action may sit in the sentence before or after: « On continue ? Mais hors plateforme. »
        int previousStart = sentenceStart > 0 ? Sentences.start(s, sentenceStart - 1) : sentenceStart;
        int nextEnd = sentenceEnd < s.length() ? Sentences.end(s, sentenceEnd) : sentenceEnd;
        boolean nearby = IntentContext.nearestAction(IntentContext.ACTION, s, previousStart, sentenceStart, start, end) != null
                || IntentContext.nearestAction(IntentContext.ACTION, s, sentenceEnd, nextEnd, start, end) != null;
        return nearby ? new int[] {start, end} : null;
    }

    /** Whether the "direct" ending at {@code end} is about the work: with a team, in a place, at a time. */
    static boolean aboutTheWork(String s, int start, int end) {
        String before = wordBefore(s, start);
        if (before.equals("en")) {
            before = wordBefore(s, s.lastIndexOf("en", start));
        }
        return THING_BEFORE.contains(before)
                || WORK_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /** The platform itself is the one acting, in the clause before "directly": « la plateforme nous facture directement ». */
    static boolean platformActs(String s, int directStart) {
        return IntentContext.namesPlatform(s, Sentences.clauseStart(s, directStart), directStart);
    }

    /** The word ending right before {@code at} (spaces skipped), or "". */
    private static String wordBefore(String s, int at) {
        int end = at;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    private static int[] union(int start, int end, int[] other) {
        return new int[] {Math.min(start, other[0]), Math.max(end, other[1])};
    }
}
