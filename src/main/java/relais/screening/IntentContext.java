package relais.screening;

import java.util.regex.Pattern;

/**
 * What surrounds a possible proposal: an action (work, pay, invoice...), the people talking, a
 * refusal, the platform named as the way to go. Plain checks on a sentence, shared by the
 * go-direct detectors; they run only where an outside-the-platform cue was already found.
 */
final class IntentContext {

    private IntentContext() {
    }

    /** Doing business: continuing, working, contracting, invoicing, paying, ordering, hiring, signing... */
    static final Pattern ACTION = Pattern.compile("\\b(?:continu\\w*|poursui\\w*|travaill\\w*|boss(?:e|er|es|ons|ez|erai\\w*|erait)?|"
            + "collabor\\w*|contrats?|contract\\w*|factur\\w*|pai(?:e|es|ent|erai\\w*|erons|eriez|ement\\w*)|pay\\w*|"
            + "regl(?:e|es|er|ez|ons|ement|era\\w*)|vir(?:e|es|er|ez|ement\\w*|erai\\w*)|vers(?:e|er|ez|ement\\w*|erai\\w*)|"
            + "command\\w*|embauch\\w*|recrut\\w*|sign\\w*|engag\\w*|deal\\w*|devis|avenants?|amendments?|prestations?|prestataires?|contractors?|missions?|"
            + "work|works|worked|working|invoic\\w*|bill|bills|billed|billing|hire|hired|hiring|orders?|ordered|"
            + "retainer|quotes?|quoted|transfer\\w*|wire|wired|settle\\w*|arrang\\w*|business|jobs?|projets?|projects?|"
            + "rembours\\w*|reimburs\\w*|lots?|phases?|sprints?|maintenance|suite|organis\\w*|organiz\\w*|debrouill\\w*|onboard\\w*|referenc\\w*|"
            + "accords?|agreements?|conclu\\w*|trait(?:er|ons|ait|erait|ions)|prends|prendre|prendrai\\w*|milestones?|cdd|cdi|freelance|forfait\\w*)\\b");
    /** Actions, talking or money: "let's talk elsewhere" is a way off the platform too, but never with a mere "directly". */
    static final Pattern ACTION_OR_TALK = Pattern.compile(ACTION.pattern().replace(")\\b", "|"
            + "parl\\w*|discut\\w*|echang\\w*|talk\\w*|chat|reach|contact\\w*|joindre|call|appel\\w*|ecri\\w*|write|"
            + "fees?|frais|commissions?|middle ?m[ae]n|intermediaires?|tarifs?|rates?|prix|price|"
            + "faire|fais|fait|faisons|faites|fera\\w*|ferai\\w*|do|doing|handle|tjm|day rates?|taux journalier|"
            + "move|moving|take|taking|bring|switch\\w*|deplac\\w*|bascul\\w*|terms|conditions|termes|"
            + "agree\\w*|the rest|le reste|make up|the difference|la difference|next (?:one|time|job|gig)|la prochaine|le prochain|prochaine fois|heures|hours|extra)\\b"));

    /** The people of the conversation: a proposal is made by someone to someone. */
    private static final Pattern PERSON = Pattern.compile("\\b(?:je|j'|jte|jvous|jvais|jsuis|chui|tu|t'|vous|nous|on|moi|toi|me|m'|te|i|i'm|i'll|i'd|i've|"
            + "we|we'll|we'd|we're|you|you'll|you'd|your|u|ur|us|let's|ensemble|together|each other|mon|ma|mes|my|ton|ta|tes|votre|vos|notre|nos|our)(?![a-z])");

    /** A refusal or a rule reminder standing before the cue in its clause: "we can't", « pas question de ». */
    private static final Pattern REFUSAL_BEFORE = Pattern.compile("\\b(?:can't|cannot|can not|couldn't|could not|won't|will not|"
            + "wouldn't|would not|shouldn't|should not|mustn't|must not|not allowed|not supposed|not permitted|not possible|"
            + "not going to|never|no way|nobody|no one|personne (?:ici )?ne|refuse\\w*|declin\\w*|rather not|prefer not|please don't|please do not|"
            + "pas question|hors de question|interdit\\w*|forbid\\w*|prohibit\\w*|pas le droit|impossible|(?<!si )jamais|pas possible|pas autorise\\w*|"
            + "merci de ne pas|ne (?:peu[xt]|pouvons|pouvez|peuvent|pourr\\w+|doi[st]|devons|devez|doivent|faut|compte|comptons|"
            + "vais|va|allons|vont)\\s+pas|n'(?:est|etait|allons|accept\\w+)\\s+pas|"
            + "asked me to|wanted me to|m'a demande de|m'a propose de|m'ont demande de|m'ont propose de)(?![a-z])");
    /** A negated verb closing right before the cue, in its clause: « on ne travaille pas hors plateforme ». */
    private static final Pattern NEGATED_VERB = Pattern.compile("\\b(?:(?:ne|n')\\s*[a-z]+(?:\\s+[a-z]+)?\\s+(?:pas|jamais)|"
            + "(?<!why )(?:don't|doesn't|do not|does not|didn't|did not)\\s+[a-z]+)\\s+(?:\\w+\\s+){0,2}$");

    /** An imperative refusal opening the clause: "don't invoice them directly", « ne pas facturer en direct ». */
    private static final Pattern REFUSAL_OPENING = Pattern.compile("^\\s*(?:and |et |so |donc |but |mais )?(?:don't|do not|never|ne pas|ne jamais)\\b");
    /** A verdict after the cue: "... is not allowed", « ... c'est interdit », or the platform's way accepted. */
    private static final Pattern REFUSAL_AFTER = Pattern.compile("\\b(?:not allowed|forbidden|prohibited|interdit\\w*|pas autorise\\w*|"
            + "pas permis|not permitted|against the rules|contraire aux|impossible|not possible|pas possible|hors de question|"
            + "out of the question|not an option|pas une option|exclu|jamais|never|i said no|j'ai dit non|j'ai refuse|i refused|i declined|"
            // the platform's way accepted, which no proposal ends on: "… but that's how it works here"
            + "that's (?:just )?(?:how|the way) it works|rules are rules|c'est (?:comme ca que ca marche|le jeu|la regle))\\b");

    /** The platform named as the way things go: "through the platform", « via Relais », « sur la plateforme ». */
    private static final Pattern PLATFORM_ROUTE = Pattern.compile("\\b(?:via|par|sur|through|on|in|dans|with|avec|from|depuis)\\s+"
            + "(?:(?:la|le|l'|the|this|cette)\\s*)?(?:plate-?forme|platform|relais)\\b");

    /** Span of the action word between {@code from} and {@code to} nearest to the cue [cueStart, cueEnd) and outside it, or null. */
    static int[] nearestAction(Pattern action, String s, int from, int to, int cueStart, int cueEnd) {
        int[][] best = new int[1][];
        WordStartMatching.findIn(action, s, from, to, (start, end) -> {
            if (start < cueEnd && cueStart < end) {
                return true;
            }
            if (best[0] == null || Math.abs(start - cueStart) < Math.abs(best[0][0] - cueStart)) {
                best[0] = new int[] {start, end};
            }
            return true;
        });
        return best[0];
    }

    /** Someone of the conversation as the one paid, invoiced or worked with. */
    private static final Pattern COUNTERPART = Pattern.compile("\\b(?:you|me|us|vous|te|t'|moi|toi|nous|m'|each other|ensemble|together|"
            + "(?:ma|ta|votre|notre|my|your|our) (?:societe|boite|entreprise|company|firm|structure))(?![a-z])");

    static boolean hasCounterpart(String s, int from, int to) {
        return find(COUNTERPART, s, from, to) >= 0;
    }

    static boolean hasPerson(String s, int from, int to) {
        return find(PERSON, s, from, to) >= 0;
    }

    /**
     * Someone else's story, not a proposal between the two people talking: "our previous contractor billed us directly",
     * « je travaille aussi en direct pour d'autres clients ».
     */
    private static final Pattern SOMEONE_ELSE = Pattern.compile("\\b(?:(?:notre|nos|our|mon|mes|my|un|une|a|an|the|le|la|l'|leur|their)\\s+"
            + "(?:ancien\\w*|precedent\\w*|previous|former|old|last|dernier\\w*|ex-)\\s*(?:prestataires?|contractors?|freelances?|freelancers?|"
            + "developpeu\\w*|developers?|devs?|agences?|agency|agencies|fournisseurs?|suppliers?|vendors?|clients?|designers?|consultants?)"
            + "|(?:d'autres|other|autres|certains|some of my|some) clients)(?![a-z])");

    /** Whether the clause holding the cue refuses it, reminds the rule or tells someone else's story instead of proposing it. */
    static boolean refused(String s, int cueStart, int cueEnd) {
        int clause = Sentences.clauseStart(s, cueStart);
        int sentence = Sentences.start(s, cueStart);
        if (find(SOMEONE_ELSE, s, clause, Sentences.clauseEnd(s, cueEnd)) >= 0) {
            return true;
        }
        if (find(REFUSAL_BEFORE, s, Math.max(sentence, cueStart - 60), cueStart) >= 0
                || clause < cueStart && REFUSAL_OPENING.matcher(s).region(clause, cueStart).lookingAt()
                || clause < cueStart && NEGATED_VERB.matcher(s).region(clause, cueStart).find()) {
            return true;
        }
        return find(REFUSAL_AFTER, s, cueEnd, Sentences.end(s, cueEnd)) >= 0;
    }

    private static final Pattern PLATFORM_NAMED = Pattern.compile("\\b(?:plate-?formes?|platforms?|relais)\\b");

    /** The platform named in the sentence: "directly" there is about how it works ("la plateforme nous facture directement"). */
    static boolean namesPlatform(String s, int from, int to) {
        return find(PLATFORM_NAMED, s, from, to) >= 0;
    }

    /** The platform as the clause's subject ("la plateforme nous facture directement", "Relais pays you on the 5th"). */
    private static final Pattern PLATFORM_ACTS = Pattern.compile("^\\s*(?:(?:et|and|but|mais|car|since|puisque|donc|so)\\s+)?"
            + "(?:(?:la|cette|notre|votre|the|this|our|your)\\s+)?(?:plate-?forme|platform|relais)\\s+[a-z]");

    /**
     * Whether the clause holding {@code offset} opens with the platform doing something: what follows is how the platform
     * works, not a way around it.
     */
    static boolean platformActs(String s, int offset) {
        int from = Sentences.clauseStart(s, offset);
        return PLATFORM_ACTS.matcher(s).region(from, offset).find();
    }

    static boolean platformRoute(String s, int from, int to) {
        return find(PLATFORM_ROUTE, s, from, to) >= 0;
    }

    /** Start of the first match at a word start in [from, to), or -1. */
    private static int find(Pattern p, String s, int from, int to) {
        int[] first = {-1};
        WordStartMatching.findIn(p, s, from, to, (start, end) -> {
            first[0] = start;
            return false;
        });
        return first[0];
    }
}
