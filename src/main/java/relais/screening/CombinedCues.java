package relais.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Proposals to go direct that name no way around the platform outright but say it through two
 * hints of different families within a sentence or two: doing it one's own way (« de notre côté »,
 * "on our own", "independently"), arranging things privately, the platform's fees or savings,
 * the time after the mission ends, reaching each other, "directly". One hint alone is ordinary
 * talk (« on s'organise autrement pour les réunions »); two of different families beside a
 * business action (invoice, contract, pay, the next phase...) and a person of the conversation
 * make a proposal. The finding spans both hints, so it shows why it was raised.
 */
final class CombinedCues {

    private CombinedCues() {
    }

    /** A family of hints: one hint alone never flags. */
    enum Family { OWN_WAY, ARRANGE, FEES, AFTER_THE_MISSION, REACH, DIRECT, COMPLAINT, PROPOSAL, HIRE, PRIVATE_CHANNEL }

    private record Hint(Family family, String[] keywords, Pattern pattern) {
    }

    private static Hint hint(Family family, String keywords, String regex) {
        return new Hint(family, keywords.split("\\|"), Pattern.compile(regex));
    }

    private static final List<Hint> HINTS = List.of(
            hint(Family.OWN_WAY, "a part|cote|own|independ|autrement|adultes|meme|ourselves|yourself|offline|hors ligne|dehors|deux|both of us"
                    + "|two of us|separate|propre|freelance|personally|personnellement|old way|ancienne|comme avant",
                    "\\b(?:a part|de (?:notre|mon|ton|votre|leur) cote|on (?:our|my|your) own|our own|my own|notre propre|nos propres|"
                            + "independant\\w*|en independant|independently|as an independent|autrement|entre adultes|nous-memes|moi-meme|"
                            + "toi-meme|vous-memes?|ourselves|yourself|myself|offline|hors ligne|en dehors(?! d)|tous les deux|a deux|"
                            + "both of us|the two of us|separate(?:ly)?(?: from)?|en freelance(?: pur)?|as a freelancer|personally|personnellement|"
                            + "the old way|the old-fashioned way|a l'ancienne|comme avant)\\b"),
            hint(Family.ARRANGE, "arrang|entend|debrouill|organis|work something|sort|figure|deal|nos deux|nos societes|nos entreprises|our two|our companies",
                    "\\b(?:entre nos (?:deux )?(?:societes|entreprises|boites|structures)|between our (?:two )?(?:companies|firms|businesses)|(?:s'|se |nous )(?:arrang|entend|debrouill|organis)\\w*|on s'\\w+|work (?:something|it|this|things) out|"
                            + "sort (?:it|this|things|that) out|figure (?:it|something|this) out|(?:make|cut) (?:a|our own) deal)\\b"),
            hint(Family.FEES, "commission|fee|frais|cut|marge|markup|pourcentage|percent|cher|cheaper|ahead|gagn|econom|sav|take|prend|garde|keep",
                    "\\b(?:(?:this app|the app|the platform|the site|relais|la plateforme|le site|l'appli|ils|they|it|elle)\\s+"
                            + "(?:takes?|taking|prend\\w*|gard\\w*|keeps?|grabs?|piqu\\w*)\\s+(?:too much|trop|une part|a cut|a big|a huge|a chunk|une grosse|\\d+ ?%)|(?:leur|leurs|their|its|sa|ses|la|les|le|the)\\s+(?:commissions?|fees?|frais(?: de service)?|cut|marge|markup|"
                            + "pourcentage|percentage|part)|(?:leur|their|them)\\s+(?:laisser|donner|filer|payer|verser|give|pay|paying)\\s+"
                            + "(?:un |une |a |des |la |le |the )?(?:commissions?|pourcentage|percentage|part|marge|frais|fees?|cut)|"
                            + "(?:laisser|donner|payer|verser|give|pay|paying)\\s+(?:leur|their|them)\\s+(?:un |une |a |des |la |le |the )?"
                            + "(?:commissions?|pourcentage|percentage|part|marge|frais|fees?|cut)|(?:commissions?|fees?|frais|cut|marge|pourcentage|percentage)\\s+"
                            + "(?:de (?:la plateforme|relais|ce site|l'appli)|du site|here|ici|of (?:the|this) (?:platform|site|app))|"
                            + "moins cher|cheaper|come out ahead|(?:y |on )?gagner\\w* (?:tous|both)|economis\\w*|economi[ez]|save (?:money|on|the)|saving)\\b"),
            hint(Family.AFTER_THE_MISSION, "apres|once|when|after|quand|des que|lorsque|une fois|done here|fini|from now|desormais|dorenavant|partir de maintenant",
                    "\\b(?:from now on|desormais|dorenavant|a partir de maintenant|(?:apres|once|when|after|quand|des que|lorsque|une fois)\\s+(?:que\\s+)?(?:la |le |this |the |our |notre |cette |ce |ta |ma |your |my )?"
                            + "(?:mission|contrat|contract|job|project|projet|lot|livraison|gig|engagement)\\s+(?:\\w+\\s+){0,2}?"
                            + "(?:finie?s?|termine\\w*|se termine|closes?|closed|ends?|ended|wraps? up|is done|is over|completes?|completed|close)|"
                            + "(?:apres|after)\\s+(?:la fin (?:de|du) |the end of )(?:la |le |this |the |cette |ce )?(?:mission|contrat|contract|job|project|projet|lot)|"
                            + "(?:once|when|after) (?:we're|we are|you're|you are|i'm|i am) (?:done|finished) here|"
                            + "(?:apres|after) (?:la|le|this|the|cette|ce) (?:mission|contrat|contract|job|project|projet|lot)(?! \\d))\\b"),
            hint(Family.REACH, "reach|contact|call|joindre|rappel|appel|touch",
                    "\\b(?:(?:reach|contact|call|ring)\\s+(?:you|me)|(?:rappelle|recontacte|contacte|appelle)[- ]?(?:moi|nous)|"
                            + "(?:te|vous|t'|me|m')\\s*(?:joindre|contacter|recontacter|rappeler|rappelle|recontacte|appeler)|"
                            + "keep in touch|stay in touch|rester en contact|garder (?:le )?contact|reste en contact)\\b"),
            hint(Family.DIRECT, "direct|straight", "\\b(?:en direct|directement|directly|direct|straight)\\b"),
            // said of the fees only: "their fee is steep", « à quoi bon leur laisser un pourcentage »
            hint(Family.COMPLAINT, "silly|steep|ridicul|outrageous|too |sert|quoi bon|trop|abus|exorbit|eat|bouff|mange|cher|expensive|waste|hefty|huge|enorme|grosse|chunk|lourd",
                    "\\b(?:silly|steep|ridiculous|outrageous|too (?:high|much|expensive|steep)|ne sert\\w* a rien|a quoi bon|trop (?:cher|chers|lourd\\w*|eleve\\w*|gros\\w*)|"
                            + "abus\\w*|exorbitant\\w*|eats?|eating|bouff\\w*|mange\\w*|coute\\w* (?:cher|une fortune)|expensive|a waste|hefty|huge|"
                            + "enormes?|grosse part|big chunk|lourds?)\\b"),
            // taking the person on: « chez nous », "our payroll", "our freelancer roster"
            hint(Family.HIRE, "chez nous|payroll|roster|vivier|consultant|portage|cdd|cdi|salari|embauch|recrut|hire you|bring you|keep you|take you",
                    "\\b(?:chez nous|(?:on |onto )?our (?:own )?(?:payroll|freelancer roster|roster|books)|notre vivier|as (?:a|our) consultant|"
                            + "en portage|cdd|cdi|salarie\\w*|embauch\\w*|recrut\\w*|hire you|bring you on|keep you on|take you on)\\b"),
            // the business papers sent another way: « ton devis par e-mail », "email me your invoice"
            hint(Family.PRIVATE_CHANNEL, "mail|papier|paper|courrier|post|compta|accounts",
                    "\\b(?:(?:devis|factures?|invoices?|quotes?|contrats?|contracts?|bons? de commande|purchase orders?)\\s+(?:[a-z'-]+\\s+){0,2}?"
                            + "(?:par (?:e-?)?mail|by e-?mail|par courrier|by post|sur papier|on paper|(?:to|a) (?:my|mon|l') ?(?:e-?mail|adresse (?:mail|perso|de la compta)))|"
                            + "(?:e-?mail|mail)\\s+(?:me|us)\\s+(?:your|the)\\s+(?:invoices?|quotes?|contracts?))\\b"),
            // said of "directly" only: « si on signe en direct », "what if we contract directly"
            hint(Family.PROPOSAL, "if we|si on|si nous|et si|what if|how about|let's|lets|on pourrait|we could|je te propose|je vous propose|plutot|instead|rather",
                    "\\b(?:if we|si on|si nous|et si on|what if we|how about we|let's|lets|on pourrait|we could|je te propose|je vous propose|plutot|instead|rather)\\b"));

    /** The business the hints must be about: "s'organiser autrement pour les réunions" is about none. */
    private static final Pattern BUSINESS = Pattern.compile("\\b(?:factur\\w*|pai(?:e|es|ent|erai\\w*|ement\\w*)|pay\\w*|regl\\w*|vir(?:e|er|ement\\w*)|"
            + "contrats?|contract\\w*|devis|quotes?|commandes?|orders?|sign\\w*|embauch\\w*|hire|hiring|recrut\\w*|missions?|projets?|projects?|"
            + "phases?|lots?|suite|maintenance|retainer|prestations?|travaill\\w*|work|working|bosse\\w*|collabor\\w*|continu\\w*|keep working|"
            + "tarifs?|rates?|prix|invoic\\w*|bill|billing|wire|transfer\\w*|jobs?|business|cdd|cdi|freelance|commissions?|pourcentage|percentage|"
            + "fees?|frais|suppliers?|vendors?|fournisseurs?|contractors?|prestataires?)\\b");

    static List<String[]> keywords() {
        return HINTS.stream().map(Hint::keywords).toList();
    }

    static List<Pattern> patterns() {
        return HINTS.stream().map(Hint::pattern).toList();
    }

    /** Hints found in one message, collected while the phrases are matched. */
    static final class Found {
        private final List<int[]> hints = new ArrayList<>(4);

        void add(int hint, int start, int end) {
            hints.add(new int[] {HINTS.get(hint).family().ordinal(), start, end});
        }

        /** Findings for pairs of hints of different families near each other, beside business and a person. */
        void findings(FoldedText text, List<Finding> out) {
            if (hints.size() < 2) {
                return;
            }
            String s = text.folded();
            for (int i = 0; i < hints.size(); i++) {
                int[] a = hints.get(i);
                if (a[0] == Family.DIRECT.ordinal() && GoDirectCues.aboutTheWork(s, a[1], a[2])) {
                    continue;
                }
                for (int j = i + 1; j < hints.size(); j++) {
                    int[] b = hints.get(j);
                    if (a[0] == b[0] || a[1] < b[2] && b[1] < a[2] || !pairable(a[0], b[0]) || b[0] == Family.DIRECT.ordinal() && GoDirectCues.aboutTheWork(s, b[1], b[2])) {
                        continue;
                    }
                    int[] span = a[1] < b[1] ? proposal(s, a, b) : proposal(s, b, a);
                    if (span != null) {
                        GoDirectDetector.add(out, Finding.of(Category.GO_DIRECT, text.original(), span[0], span[1]));
                        return;
                    }
                }
            }
        }

        /** Complaints only count about the fees, proposal words only beside "directly": alone they pair with too much. */
        private static boolean pairable(int a, int b) {
            for (int[] pair : new int[][] {{a, b}, {b, a}}) {
                if (pair[0] == Family.COMPLAINT.ordinal() && pair[1] != Family.FEES.ordinal()
                        || pair[0] == Family.PROPOSAL.ordinal() && pair[1] != Family.DIRECT.ordinal() && pair[1] != Family.PRIVATE_CHANNEL.ordinal()) {
                    return false;
                }
            }
            return true;
        }

        private static int[] proposal(String s, int[] a, int[] b) {
            int aSentence = Sentences.start(s, a[1]);
            int bSentence = Sentences.start(s, b[1]);
            // within one sentence, or in two that follow each other
            if (aSentence != bSentence && Sentences.end(s, a[2]) != bSentence) {
                return null;
            }
            int from = aSentence;
            int to = Sentences.end(s, b[2]);
            if (IntentContext.nearestAction(BUSINESS, s, from, to, -1, -1) == null || !IntentContext.hasPerson(s, from, to)
                    || IntentContext.platformRoute(s, from, to) || IntentContext.refused(s, a[1], a[2]) || IntentContext.refused(s, b[1], b[2])) {
                return null;
            }
            // hiring is only a way around the platform when it is the other person who is taken on
            boolean hiring = a[0] == Family.HIRE.ordinal() || b[0] == Family.HIRE.ordinal();
            if (hiring && !IntentContext.hasCounterpart(s, from, to)) {
                return null;
            }
            return new int[] {a[1], b[2]};
        }
    }
}
