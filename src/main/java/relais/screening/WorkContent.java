package relais.screening;

import java.util.regex.Pattern;

/**
 * Contact details that are the work itself: a site's footer or contact page, legal notices,
 * placeholders in a mock-up, test data. They are only left alone while nothing in the sentence
 * makes them the sender's own ("mon numéro", "écris-moi", "my personal...").
 */
final class WorkContent {

    private WorkContent() {
    }

    private static final Pattern WORK = Pattern.compile("\\b(?:footer|pied de page|mentions legales|legal notices?|imprint|cgv|cgu|"
            + "maquettes?|mock-?ups?|wireframes?|placeholders?|exemples?|examples?|fictif\\w*|fictive|dummy|fake|factice|"
            + "test data|donnees de test|teste|testee?s?|tester|testing|tested|en test|de test|recette|jeux? de (?:test|donnees)|fixtures?|seed|lorem|page (?:de )?contact|contact page|"
            + "formulaire|form|champ|field|template|gabarit|afficher|affiche|display\\w*|standard|service client|customer service|"
            + "hotline|accueil|siege|headquarters|du client|de la boutique|the store's|the shop's|the client's|de la mutuelle|"
            + "de l'entreprise|de la societe|sur le site|on the site|on the website|sur la page|on the page|pages?|mailto|header|en-tete|"
            + "lien|link|pointe vers|points to|wording|le texte|the text|the copy|"
            // data a validation rule is written or tested against
            + "regex|validation|valider|validate|validates|samples?|unit tests?|tests unitaires|"
            // printed matter and texts being made or translated: a business card, an e-mail signature, a page translated
            + "cartes? de visite|business cards?|signatures?|transactionnel\\w*|transactional|flyers?|affiches?|posters?|brochures?|plaquettes?|"
            + "traduis|tradui\\w*|traduction|translat\\w*)\\b");
    private static final Pattern OWN = Pattern.compile("\\b(?:mon|ma|mes|my|moi|me|m'|perso|personnel\\w*|personal|private|prive\\w*|"
            + "joindre|reach me|call me|text me|write me|email me|contact me|appelle\\w*|appelez|ecris|ecrivez|contacte[rz]?|"
            + "envoi\\w*|envoy\\w*|send|forward|transmet\\w*)(?![a-z])");

    /** Words quoted from the deliverable: « la page dit : appelez-nous au 05... » is the page speaking, not the sender. */
    private static final Pattern QUOTED = Pattern.compile("\\b(?:dit|disent|says|reads|indique|should read|doit dire|"
            + "afficher|affiche|display|displays|show|shows|montrer)\\s*:");
    /** Words between quotation marks are the deliverable's: « Nous contacter » on a button is not the sender asking. */
    private static final Pattern QUOTATION = Pattern.compile("«[^»]*»|\"[^\"]*\"|“[^”]*”");

    /** Whether the details at [start, end) are part of the deliverable rather than a way to reach the sender. */
    static boolean isTheWork(String s, int start, int end) {
        int sentenceStart = Sentences.start(s, start);
        int sentenceEnd = Sentences.end(s, end);
        int contextStart = sentenceStart > 0 ? Sentences.start(s, sentenceStart - 1) : sentenceStart;
        String sentence = s.substring(sentenceStart, sentenceEnd);
        return (betweenGuillemets(s, start, end) || WordStartMatching.matchesAnywhere(WORK, s.substring(contextStart, sentenceEnd)))
                && (!WordStartMatching.matchesAnywhere(OWN, outsideQuotations(sentence)) || QUOTED.matcher(sentence).find());
    }

    /** The details stand between « and »: a text quoted from the deliverable, whoever it asks to write or call. */
    private static boolean betweenGuillemets(String s, int start, int end) {
        int open = s.lastIndexOf('«', start);
        return open >= 0 && s.lastIndexOf('»', start) < open && s.indexOf('»', end) >= end;
    }

    private static String outsideQuotations(String sentence) {
        return sentence.indexOf('«') < 0 && sentence.indexOf('"') < 0 && sentence.indexOf('“') < 0
                ? sentence : QUOTATION.matcher(sentence).replaceAll(" ");
    }

    /** Numbers nobody owns: 01 23 45 67 89, 06 00 00 00 00, 0123456789. */
    static boolean isPlaceholderNumber(String digits) {
        String national = digits.startsWith("0033") ? digits.substring(4) : digits.startsWith("33") ? digits.substring(2)
                : digits.startsWith("0") ? digits.substring(1) : digits;
        if (national.equals("123456789")) {
            return true;
        }
        return national.length() == 9 && national.substring(1).chars().distinct().count() == 1;
    }
}
