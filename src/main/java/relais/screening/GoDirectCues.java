package relais.screening;

import java.util.Arrays;
import java.util.List;
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
final class GoDirectCues implements Detector {

    private static final String DET = "(?:(?:la|le|les|l'|this|the|their|its|leur|leurs|cette|ce|notre|our|votre|your)\\s*)?";
    private static final String PLATFORM = DET + "(?:plate-?formes?|platforms?|relais|appli|app|application|marketplace|"
            + "messagerie|interface|portal|portail|ici|here)\\b";
    private static final String ROUTE = "(?:(?:passer|repasser|going|go|aller|transiter|using|use|utiliser|involving|impliquer|"
            + "through|via|par|sur)\\s+){1,2}";

    /** How strongly a cue points outside: weak ones ("directly") must stand right by the action and mean the people. */
    private enum Strength { STRONG, WEAK, NEEDS_TARGET }

    private record Cue(String[] keywords, Pattern pattern, Strength strength) {
    }

    private static Cue cue(String keywords, Strength strength, String regex) {
        return new Cue(keywords.split("\\|"), Pattern.compile(regex), strength);
    }

    private static final List<Cue> CUES = List.of(
            // without / instead of the platform, or going through it: « sans passer par eux », "rather than through here"
            cue("sans |without|instead of|rather than|other than|plutot qu|au lieu d|ailleurs qu", Strength.STRONG,
                    "\\b(?:sans|without|instead of|rather than|other than|plutot que(?: de)?|plutot qu'|au lieu de|au lieu d'|ailleurs qu')\\s*"
                            + "(?:" + ROUTE + ")?(?:" + PLATFORM + "|(?:ce|this) site\\b)"
                            + "|\\b(?:sans|without|instead of|rather than|plutot que de|au lieu de)\\s*(?:" + ROUTE + ")?(?:them|eux)\\b"
                            + "|\\b(?:sans|without|instead of|rather than|plutot que de|au lieu de)\\s*" + ROUTE + "(?:elle|lui|it)\\b"),
            // outside it: « en dehors de la plateforme », "off the app", "hors d'ici"
            cue("hors|dehors|exterieur|outside|off|away from|around|loin d", Strength.STRONG,
                    "\\b(?:hors(?: de| du| d')?|en dehors (?:de|du|d')|a l'exterieur (?:de|du|d')|outside(?: of)?|off|away from|around|"
                            + "loin (?:de|du|d'))\\s*" + PLATFORM + "|\\b(?:off-?platform|hors-?plate-?forme)\\b"),
            // leaving it: « ne plus passer par la plateforme », "stop using the app"
            cue("plateforme|platform|relais|appli|app|marketplace", Strength.STRONG,
                    "\\b(?:pas|plus|not|no longer|stop|quit|arret\\w* de|cess\\w* de|sortir de|sortons de|leave|leaving|quitter|quittons)\\s+"
                            + "(?:de\\s+|d'|to\\s+)?(?:(?:passer|going|go|utiliser|using|use|rester|staying|stay)\\s+)?(?:(?:par|through|via|on|sur)\\s+)?"
                            + DET + "(?:plate-?forme|platform|relais|appli|app|marketplace)\\b"
                            + "|\\b(?:keep|leave|laisser|laissons|laisse|garder|gardons)\\s+" + DET + "(?:plate-?forme|platform|relais|appli|app|marketplace)\\s+"
                            + "(?:out|en dehors|de cote|hors)\\b"),
            // its fees avoided: "skip their commission", « éviter les frais de la plateforme »
            cue("commission|fee|frais|cut|markup|marge|middle|intermediaire|plate|platform|relais|percent|pourcent|skip|save|saving|avoid|"
                    + "bypass|dodge|circumvent|econom|evit|contourn|court-circuit|zapp|passer d|passe d", Strength.STRONG,
                    "\\b(?:skip\\w*|sav(?:e|es|ed|ing)|avoid\\w*|bypass\\w*|dodg\\w*|cut(?:ting)? out|cut|circumvent\\w*|econom\\w*|evit\\w*|"
                            + "contourn\\w*|court-circuit\\w*|zapp\\w*|se passer d|nous passer d|on se passe d|se passe d)\\s*(?:on |sur |de |d'|des |du )?"
                            + DET + "(?:commissions?|fees?|frais|cut|markup|marge|middle ?m[ae]n|intermediaires?|plate-?forme|platform|relais|"
                            + "percentage|pourcentage|\\d+ ?%)"
                            + "|\\b(?:sans|without|no|pas de|zero|plus de)\\s+" + DET + "(?:commissions?|middle ?m[ae]n|intermediaires?|platform fees?|"
                            + "frais de (?:service|plateforme|la plateforme|relais)|(?:their|its) (?:fees?|cut|commission)|leurs frais)\\b"),
            // a private arrangement: « entre nous », "between the two of us", "off the books", « au black »
            cue("entre nous|between|gre a gre|prive|private|record|books|table|black|liquide|especes|cash|main a la main", Strength.STRONG,
                    "\\b(?:entre nous(?: deux)?(?! et)|between (?:us|ourselves|you and me|the two of us)(?! and)|de gre a gre|en prive|privately|"
                            + "in private|off the record|off the books|outside the books|under the table|au black|en liquide|en especes|en cash|"
                            + "in cash|cash in hand|de la main a la main|(?:pay|paid|paying|pai\\w*|pay\\w*|regl\\w*) (?:you |me |vous |te |toi )?cash)\\b"),
            // billing oneself instead of the platform: « je peux vous facturer moi-même »
            cue("meme|myself|ourselves", Strength.NEEDS_TARGET,
                    "\\b(?:factur\\w*|invoic\\w*|bill)\\s+(?:[a-z'-]+\\s+){0,3}?(?:moi-meme|moi meme|nous-memes|myself|ourselves)\\b"),
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
            cue("societe|boite|entreprise|structure|company|firm|agence|agency", Strength.NEEDS_TARGET,
                    "\\b(?:ma|mon|my)\\s+(?:propre\\s+|own\\s+)?(?:societe|boite|entreprise|structure|company|firm|agence|agency)\\b"
                            + "(?=[^.?!\\n]{0,30}\\b(?:factur|invoic|bill|contract))"),
            // a personal channel for the business itself: "send the invoice to my personal address"
            cue("perso|personal|private|prive", Strength.NEEDS_TARGET,
                    "\\b(?:mon|ma|mes|my|ton|ta|tes|your|votre|vos)\\s+(?:adresse |address |numero |number |e-?mail |mail |compte |account )?"
                            + "(?:perso|personnel\\w*|personal|private|prive\\w*)\\b"),
            // "directly": only a cue when close to the action and about the people
            cue("direct", Strength.WEAK, "\\b(?:en direct|directement|directly|direct)\\b"));

    /** Words before "direct" that make it a kind of thing, not a way around the platform: "lien direct", "direct report". */
    private static final Pattern THING_BEFORE = Pattern.compile("(?:lien|liens|contact|acces|access|link|vente|ventes|sales|debit|prelevement|"
            + "diffuse\\w*|live|retransmi\\w*|message|messages|train|vol|flight|line|ligne|manager|superieur|responsable|report|reports|"
            + "impact|effet|effect|consequence|question|reponse|answer|concurrent|competitor|appel|call|mail)\\s+(?:en )?$");
    /** What follows "direct" when it is about the work: a team, a place, a time, a tool. */
    private static final Pattern WORK_AFTER = Pattern.compile("^\\s*(?:(?:avec|with)\\s+(?!(?:toi|vous|moi|nous|you|me|us|each other|ensemble|together)\\b)"
            + "|(?:after|before|apres|avant|afterwards|ensuite|depuis|into|in the|in our|in your|dans|from (?:the|our|your|their|a|my|git|main|staging|prod)|to the|to our|to prod|to production|to main|"
            + "to staging|a la (?:prod|production|partie|page|suite de)|au (?:client|code|repo|depot|ticket)|aux|back|debit|"
            + "(?:sur|on) (?:le|la|les|l'|the|our|their|un|une|a)(?! (?:compte|account|iban|rib))|par (?:stripe|la banque|le client|les clients|le site)|"
            + "via (?:stripe|le|la|l'|the|our|api|l'api)|through (?:stripe|the|our|their)|integration|api|access|acces)\\b)");
    private static final int WEAK_REACH = 40;

    private final KeywordIndex index;
    private final int[][] cueKeywordIds;

    GoDirectCues() {
        index = new KeywordIndex(CUES.stream().flatMap(c -> Arrays.stream(c.keywords())).toList());
        cueKeywordIds = CUES.stream().map(c -> index.ids(c.keywords())).toArray(int[][]::new);
    }

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        KeywordIndex.Hits hits = index.scan(s);
        if (hits.isEmpty()) {
            return;
        }
        for (int c = 0; c < CUES.size(); c++) {
            Cue cue = CUES.get(c);
            int[] positions = hits.positionsOf(cueKeywordIds[c]);
            WordStartMatching.findAround(cue.pattern(), text, positions, WordStartMatching.DEFAULT_REACH, (start, end) -> {
                int[] span = proposal(s, cue.strength(), start, end);
                if (span != null) {
                    GoDirectDetector.add(out, Finding.of(Category.GO_DIRECT, text.original(), span[0], span[1]));
                }
            });
        }
    }

    /** The span of the proposal the cue at [start, end) belongs to, or null when it makes none. */
    private static int[] proposal(String s, Strength strength, int start, int end) {
        int sentenceStart = Sentences.start(s, start);
        int sentenceEnd = Sentences.end(s, end);
        if (IntentContext.refused(s, start, end) || !IntentContext.hasPerson(s, sentenceStart, sentenceEnd)) {
            return null;
        }
        if (strength == Strength.WEAK) {
            if (aboutTheWork(s, start, end) || IntentContext.platformRoute(s, sentenceStart, sentenceEnd)) {
                return null;
            }
            int[] action = IntentContext.nearestAction(IntentContext.ACTION, s, Math.max(sentenceStart, start - WEAK_REACH),
                    Math.min(sentenceEnd, end + WEAK_REACH), start, end);
            if (action == null) {
                return null;
            }
            int[] span = union(start, end, action);
            // the people must be the ones paid or worked with: "hire you directly", not "hire two developers, directly in-house"
            return IntentContext.hasCounterpart(s, Math.max(sentenceStart, span[0] - 25), Math.min(sentenceEnd, span[1] + 25)) ? span : null;
        }
        if (strength == Strength.NEEDS_TARGET && IntentContext.platformRoute(s, sentenceStart, sentenceEnd)) {
            return null;
        }
        int[] action = IntentContext.nearestAction(IntentContext.ACTION_OR_TALK, s, sentenceStart, sentenceEnd, start, end);
        if (action != null) {
            return Math.abs(action[0] - start) <= 60 ? union(start, end, action) : new int[] {start, end};
        }
        // the action may sit in the sentence before or after: « On continue ? Mais hors plateforme. »
        int previousStart = sentenceStart > 0 ? Sentences.start(s, sentenceStart - 1) : sentenceStart;
        int nextEnd = sentenceEnd < s.length() ? Sentences.end(s, sentenceEnd) : sentenceEnd;
        boolean nearby = IntentContext.nearestAction(IntentContext.ACTION, s, previousStart, sentenceStart, start, end) != null
                || IntentContext.nearestAction(IntentContext.ACTION, s, sentenceEnd, nextEnd, start, end) != null;
        return nearby && strength == Strength.STRONG ? new int[] {start, end} : null;
    }

    /** Whether the "direct" ending at {@code end} is about the work: with a team, in a place, at a time. */
    static boolean aboutTheWork(String s, int start, int end) {
        return THING_BEFORE.matcher(s).region(Math.max(0, start - 20), start).find()
                || WORK_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    private static int[] union(int start, int end, int[] other) {
        return new int[] {Math.min(start, other[0]), Math.max(end, other[1])};
    }
}
