package relais.screening;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Proposals to work, pay or invoice outside the platform, in French and English. Each phrase needs
 * both halves of the idea - a person being paid/worked with and a way around the platform - so that
 * "pousse directement dans le repo" or "the buyer pays directly through Stripe" stay quiet.
 */
final class GoDirectDetector implements Detector {

    private static final String PLATFORM = "(?:la |cette |l'|le |this |the |your |votre |ta |their |leur )?"
            + "(?:plate-?forme|platform|relais|appli|application|app|marketplace|intermediaire|middle ?man|interface|outil|tool|systeme|system)";

    private static final String PAY_WORK_FR = "(?:factur|pai|pay|regl|vir|vers|travaill|boss|collabor|contract|deal|rembours|embauch|recrut)";
    private static final String PERSON_FR = "(?:moi|toi|vous|nous|me|te|m'|t'|je|tu|on|j')";
    private static final String PERSON_EN = "(?:you|me|us|i|we|i'll|we'll|i'd|we'd)";

    /** A phrase pattern and the words it cannot match without, so most messages skip it with a few contains() calls. */
    private record Rule(String[] anyOf, Pattern pattern, boolean hiding) {

        /** An arrangement "between us" may be about meetings rather than money. */
        boolean scheduling() {
            return anyOf.length == 1 && anyOf[0].equals("entre nous");
        }
    }

    private static final Pattern SCHEDULE = Pattern.compile("\\b(?:planning|reunions?|meetings?|agenda|calendrier|horaires?|schedule|visios?|conges|"
            + "points? hebdo\\w*|stand-?ups?|creneaux|creneau|slots?)\\b");

    private static Rule rule(String keywords, String regex) {
        return new Rule(keywords.split("\\|"), Pattern.compile(regex), false);
    }

    /** Hiding the deal from the platform is a proposal even in a negative sentence ("don't tell Relais"). */
    private static Rule hidingRule(String keywords, String regex) {
        return new Rule(keywords.split("\\|"), Pattern.compile(regex), true);
    }

    private static final String DIRECT_WORDS = "direct|main a la main|liquide|cash|especes|au black|gre a gre|privately|off the books|under the table";
    private static final String HIDING_WORDS = "pas besoin|inutile|ne dis|ne le dis|ne leur dis|ne dites|ne le dites|ne leur dites|no need|don't tell|do not tell|not tell|keep it|keep this";

    private static final List<Rule> RULES = List.of(
        // "sans passer par la plateforme", "sans (passer par) Relais", "without going through the platform"
        rule("sans ", "\\bsans (?:passer|repasser|transiter|aller) par " + PLATFORM + "\\b"),
        rule("sans ", "\\bsans (?:la |le |l')?(?:plate-?forme|relais|intermediaire|commission|leur commission|les frais de (?:la plateforme|relais|service))\\b"),
        rule("without", "\\bwithout (?:going through|using|involving|telling|passing through|the platform|relais|the middle ?man|the app\\b|their (?:fee|cut|commission))"
                + "(?:\\s+" + PLATFORM + ")?\\b"),
        // "en dehors de la plateforme", "hors plateforme", "outside the app", "off-platform"
        rule("dehors|hors |a cote|exterieur", "\\b(?:en dehors (?:de |du |d')|hors (?:de |du )?|a cote de |a l'exterieur (?:de |du ))" + PLATFORM + "\\b"),
        rule("outside|off |off-|away from|around ", "\\b(?:outside(?: of)?|off|away from|around) " + PLATFORM + "\\b"),
        rule("off", "\\boff-?platform\\b"),
        // "skip/cut out/bypass the middleman / the platform / their fees", "on se passe de l'intermédiaire"
        rule("skip|cut|bypass|avoid|dodge|go around|circumvent|save|evit|contourn|court-circuit|zapper|econom|se passer|se passe|nous passer|shortcut", "\\b(?:skip|skipping|cut out|cutting out|cut|bypass|bypassing|avoid|avoiding|dodge|go around|circumvent|save on|save|"
                + "eviter|evite|evitons|evitez|contourne|contourner|contournons|court-circuiter|zapper|economiser|economise|se passer de|se passer d'|se passe de|se passe d'|nous passer de|nous passer d'|shortcut)\\s+"
                + "(?:the |this |their |its |leur |la |le |les |l'|ses |sa |on the |on their |sur la |sur les )?"
                + "(?:middle ?man|middlemen|intermediaire|plate-?forme|platform|relais|commission|fees?|frais de service|frais de (?:la plateforme|relais)|cut|markup|marge de relais|15 ?%)\\b"),
        // "entre nous" with an arrangement: "on pourrait s'arranger entre nous", "réglons ça entre nous"
        rule("entre nous", "\\b(?:arrang\\w*|regl\\w*|voir ca|fai\\w*|deal|pai\\w*|pay\\w*|factur\\w*|gard\\w*|rest\\w*)(?:\\s+(?:ca|ce|cela|le reste|la suite|tout))?\\s+entre nous\\b"),
        rule("entre nous", "\\bentre nous\\b[^.?!\\n]{0,40}\\b(?:payer|paie|facture|facturer|virement|cash|liquide|commission|arrang\\w*|regle\\w*|deal)\\b"),
        rule("between", "\\b(?:between (?:you and me|us|ourselves))\\b[^.?!\\n]{0,40}\\b(?:pay|paid|invoice|bill|cash|deal|fee|commission|arrange|settle|work)\\w*|"
                + "\\b(?:pay|paid|invoice|bill|deal|settle|sort|arrange|keep)\\w*\\b[^.?!\\n]{0,30}\\bbetween (?:you and me|us|ourselves)\\b"),
        // "facture-moi directement", "je te paie en direct", "on bosse en direct"
        rule(DIRECT_WORDS, "\\b" + PAY_WORK_FR + "\\w*(?:[- ](?:moi|toi|nous|vous|ensemble))?\\s+(?:ca\\s+|tout\\s+|le reste\\s+|la suite\\s+)?(?:en direct|directement|de la main a la main|en liquide|en cash|en especes|au black|de gre a gre)\\b"
                + "(?!\\s+(?:dans|sur|depuis|via|par|avec|from|in|on|into|via le|au client|aux clients|le (?:repo|code|ticket|figma|fichier))\\b)"),
        rule(DIRECT_WORDS, "\\b" + PERSON_FR + "\\s*(?:te |vous |t'|m'|me |nous )?" + PAY_WORK_FR + "\\w*(?:\\s+\\w+){0,3}?\\s+(?:en direct|directement|de la main a la main|en liquide|en cash|en especes|au black)\\b"
                + "(?!\\s+(?:dans|sur|depuis|par|le (?:repo|code|ticket|figma|fichier))\\b)"),
        rule("direct", "\\b(?:en direct|directement) (?:avec (?:toi|vous|moi|nous)|entre nous)\\b"),
        rule("direct", "\\b(?:travailler|bosser|collaborer|continuer|contractualiser|facturer|fonctionner)\\s+(?:ensemble\\s+)?(?:en direct|directement)\\b"
                + "(?!\\s+(?:dans|sur|depuis|par|via|le|la|les|du|des|au|aux|in|on|from|with the)\\b)"),
        rule("direct", "\\b(?:contrat|mission|facture|facturation|paiement|virement|deal|accord|collaboration|partenariat|relation) (?:en )?direct(?:e|ement)?\\b(?! (?:dans|sur|du|depuis|par|de (?:la|l')|au|aux|debit)\\b)"),
        // English: "pay you directly", "invoice me directly", "work directly with you", "go direct"
        rule(DIRECT_WORDS, "\\b(?:pay|paid|paying|invoice|invoicing|bill|billing|hire|hiring|contract|contracting|work|working|deal|dealing|transfer|wire|send)\\s+"
                + PERSON_EN + "\\s+(?:\\w+\\s+){0,2}?(?:directly|direct|in cash|cash in hand|under the table|off the books|privately)\\b"
                + "(?!\\s+(?:in|on|into|to the (?:repo|branch)|from the|via|through|with stripe)\\b)"),
        rule(DIRECT_WORDS, "\\b" + PERSON_EN + "\\s+(?:can|could|should|would|will|shall|might)?\\s*(?:just\\s+)?(?:work|deal|contract|do business|transact|invoice|bill|pay|settle|continue|sort (?:it|this) out|do (?:it|this|the \\w+|the next \\w+))\\s+"
                + "(?:together\\s+|with (?:you|me|each other)\\s+)?(?:directly|direct|privately|in cash|off the books|under the table)\\b"
                + "(?!\\s+(?:in|on|into|from|via|through|to the|with the)\\b)"),
        rule("direct", "\\b(?:work|worked|working|deal|dealt|dealing|contract|do business|go|collaborate)\\s+(?:together\\s+)?"
                + "(?:directly with (?:you|me|each other|us)|with (?:you|me|each other|us) directly)\\b"),
        rule("direct", "\\b(?:let's|lets|let us|we should|we could|why don't we|shall we)\\s+(?:just\\s+)?(?:deal|work|go|do (?:it|this|business)|settle (?:it|this|up)|sort (?:it|this) out|handle (?:it|this)|continue|take (?:it|this))\\s+(?:together\\s+)?direct(?:ly)?\\b"
                + "(?!\\s+(?:in|on|into|to the|from|via|through|with the)\\b)"),
        rule("direct", "\\bgo(?:ing)? direct\\b(?!\\s+(?:to (?:the )?(?:repo|prod|production|main|master|branch|s3|bucket|source)|debit)\\b)"),
        rule("direct|off the books|outside the books|under the table|cash in hand", "\\b(?:direct (?:contract|deal|arrangement|payment to me|invoice|billing|hire)|paid? (?:off|outside) the books|under the table|cash in hand)\\b"
                + "(?!\\s+(?:integration|api|debit|flow|feature|webhook|endpoint)\\b)"),
        // hiding it from the platform: "pas besoin que Relais le sache", "ne dis rien à la plateforme"
        hidingRule(HIDING_WORDS, "\\b(?:pas besoin (?:de (?:prevenir|dire a|mettre au courant)|que)|inutile (?:de (?:prevenir|dire a)|que)|ne (?:le |leur )?dis(?: rien| pas)? a|ne (?:le |leur )?dites(?: rien| pas)? a|"
                + "no need to (?:tell|involve|inform|loop in|let)|don't tell|do not tell|(?:let's|lets|let us|we'll|we will) not tell|keep (?:it|this) (?:from|off))\\s+"
                + "(?:" + PLATFORM + "|(?:the|this|le|ce) site)\\b"),
        rule("between us|entre nous", "\\b(?:keep (?:this|it) between us|reste entre nous|restera entre nous|rester entre nous|que ca reste entre nous)\\b"),
        // contact outside: "contact me outside the app", "contacte-moi en direct"
        rule("direct|prive|private|personally", "\\b(?:contacte[rz]?|ecri[st]|ecrivez|appelle[rz]?|joins|joignez|contact|email|e-mail|call|reach|text|message|write)[- ](?:moi|me|nous|us)\\s+"
                + "(?:en direct|directement|en prive|directly|privately|personally)\\b"),
        rule("direct|entre nous|sans ", "\\b(?:on se|se) (?:debrouille|demerde|cale|voit|gere|fait ca|arrange) (?:en direct|entre nous|sans (?:la plateforme|relais))\\b"));

    /** The whole phrases first, then the cues of {@link GoDirectCues}: one keyword scan finds the words of both. */
    private static final GatedPhrases PHRASES = new GatedPhrases(
            Stream.of(RULES.stream().map(Rule::anyOf), GoDirectCues.keywords().stream(), CombinedCues.keywords().stream())
                    .flatMap(Function.identity()).toList(),
            Stream.of(RULES.stream().map(Rule::pattern), GoDirectCues.patterns().stream(), CombinedCues.patterns().stream())
                    .flatMap(Function.identity()).toList(),
            RULES.size() + GoDirectCues.patterns().size());
    private static final int FIRST_HINT = RULES.size() + GoDirectCues.patterns().size();

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        CombinedCues.Found hints = new CombinedCues.Found();
        PHRASES.find(text, (rule, start, end) -> {
            if (rule >= FIRST_HINT) {
                hints.add(rule - FIRST_HINT, start, end);
                return;
            }
            if (rule >= RULES.size()) {
                Finding cue = GoDirectCues.finding(text, rule - RULES.size(), start, end);
                if (cue != null) {
                    add(out, cue);
                }
                return;
            }
            int trimmed = trimEnd(s, start, end);
            if (RULES.get(rule).scheduling() && aboutScheduling(s, start, trimmed)) {
                return; // « on s'arrange entre nous pour le planning des réunions » arranges the work, not a deal
            }
            if (RULES.get(rule).hiding() || !IntentContext.refused(s, start, trimmed) && !endsAboutTheWork(s, start, trimmed)
                    && IntentContext.hasPerson(s, Sentences.start(s, start), Sentences.end(s, trimmed))
                    && aboutBusiness(s, start, trimmed)) {
                add(out, Finding.of(Category.GO_DIRECT, text.original(), start, trimmed));
            }
        });
        hints.findings(text, out);
    }

    /** The sentence is about meetings and timing, with no money or contract in it. */
    static boolean aboutScheduling(String s, int start, int end) {
        String sentence = s.substring(Sentences.start(s, start), Sentences.end(s, end));
        return WordStartMatching.matchesAnywhere(SCHEDULE, sentence) && !WordStartMatching.matchesAnywhere(MONEY, sentence);
    }

    private static final Pattern MONEY = Pattern.compile("\\b(?:pay\\w*|pai\\w*|factur\\w*|invoic\\w*|bill\\w*|commission\\w*|frais|fees?|"
            + "cash|liquide|virement\\w*|wire|tarifs?|rates?|prix|price|contrats?|contracts?|devis|quotes?)\\b");

    /** The phrase names an action, or its sentence or a neighbour does: « sans la plateforme, on n'aurait jamais trouvé » names none. */
    private static boolean aboutBusiness(String s, int start, int end) {
        int sentenceStart = Sentences.start(s, start);
        int sentenceEnd = Sentences.end(s, end);
        int from = sentenceStart > 0 ? Sentences.start(s, sentenceStart - 1) : sentenceStart;
        int to = sentenceEnd < s.length() ? Sentences.end(s, sentenceEnd) : sentenceEnd;
        return IntentContext.nearestAction(IntentContext.ACTION_OR_TALK, s, from, to, -1, -1) != null;
    }

    /** A phrase ending on "direct" followed by a team, a place or a time: « travailler directement avec l'équipe ». */
    private static boolean endsAboutTheWork(String s, int start, int end) {
        int direct = s.lastIndexOf("direct", end - 1);
        return direct >= start && end - direct <= 12 && (GoDirectCues.aboutTheWork(s, direct, end) || GoDirectCues.platformActs(s, direct));
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start + 1 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Overlapping phrases describe one proposal; keep a single finding covering them. */
    static void add(List<Finding> out, Finding f) {
        for (int i = 0; i < out.size(); i++) {
            Finding e = out.get(i);
            if (e.category() == Category.GO_DIRECT && e.overlaps(f)) {
                return;
            }
        }
        out.add(f);
    }
}
