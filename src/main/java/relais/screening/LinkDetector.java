package relais.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Links and handles that open a channel outside the platform: messaging apps, calendars, social
 * profiles, competing marketplaces, personal sites. A site that is the work itself (client site,
 * staging host, a work tool) is left alone: trusted domains from the settings, known work tools,
 * and unknown domains unless the sender presents them as their own.
 */
final class LinkDetector implements Detector {

    static final String APPS = "whats\\s?app|whatsap|watsap|watsapp|telegram|signal|skype|linkedin|linked\\s?in|"
            + "insta|instagram|discord|messenger|facebook|twitter|wechat|viber|snapchat|tiktok|malt|upwork|fiverr|codeur|"
            + "telegramme|snap|linktree|behance|dribbble|calendly|comeup|gitter|bluesky|mastodon";

    /** Words after an app name that make it a product being built or integrated, not a contact channel. */
    private static final String NOT_CONTACT_AFTER =
            "(?!\\s*(?:bot|api|business|sdk|webhook|cloud|channel|ads|pixel|login|connect|integration|widget|catalog|template|notification)\\b)";
    private static final String APP = "(?:" + APPS + ")\\b" + NOT_CONTACT_AFTER;
    private static final String FILLER = "(?:\\s+[a-z'-]{1,14}){0,3}?";
    /** The way to an app, its owner possibly named: "on Telegram", "on my discord", « sur ton Insta ». */
    private static final String VIA = "\\s+(?:sur|on|via|par|to|over)\\s+(?:(?:mon|ma|my|ton|ta|your|votre)\\s+)?";

    /** The sender offers a channel on an app: "écris-moi sur WhatsApp", "add me on LinkedIn", "are you on Telegram?". */
    private static final Pattern APP_INVITATION = Pattern.compile("\\b(?:"
            + "(?:ecri[st]|ecrivez|contacte|contactez|joins|joignez|rejoins|rejoignez|appelle|appelez|ajoute|ajoutez|"
            + "retrouve|retrouvez|suis|suivez|ping|pinguez|text|message|dm|add|reach|find|follow|call|contact|hit|msg|bipe)"
            + "[- ](?:moi|me|nous|us)" + FILLER + VIA + APP
            + "|(?:je|j'|on|nous|let's|lets|let us|we|i'll|i will|i can|we can|can we|shall we|on peut|on pourrait|pourrait-on|"
            + "peut-on|tu peux|vous pouvez|you can|we could|could we)\\s*(?:t'|vous |te |you |me |m'|nous )?"
            + "(?:(?:se |s')?(?:ajout|ecri|contact|pass|continu|parl|discut|echang|capt|retrouv|bascul|migr|appel|voi)\\w*|"
            + "move|switch|talk|chat|jump|add you|text you|call you|message you|ping you|reach out|continue|keep in touch|stay in touch)"
            + FILLER + VIA + APP
            + "|(?:tu es|t'es|tu as|t'as|vous etes|vous avez|are you|you on|do you have|have you got|you got|t'aurais|vous auriez)"
            + "\\s+(?:(?:sur|on)\\s+)?" + APP
            + "|(?:mon|my|ton|votre|your)\\s+(?:numero|number|id|handle|pseudo|username|compte|account|profil|profile|lien|link)"
            + "\\s+(?:(?:sur|on|de|for)\\s+)?" + APP + ")");
    /** "mon WhatsApp : 06...", "my Telegram is @jdoe", "Skype: live:jane.doe". */
    private static final Pattern APP_WITH_HANDLE = Pattern.compile(
            "\\b(?:" + APPS + ")\\s*(?:id|pseudo|handle|username|user|name|:|c'est|is|=|->|au|at|@)?\\s*[:=,]?\\s*"
                    + "(?:@[a-z0-9_.]{3,32}|live:[a-z0-9_.:-]{3,40})");
    /** A handle without its '@', told from a word by its dots or underscores: "Skype me: ethan.moss.consulting", « Insta : lea_illustre ». */
    private static final Pattern BARE_HANDLE_ON_APP = Pattern.compile(
            "\\b(?:" + APPS + ")(?:[- ]me)?\\s*(?::|c'est|is|=|->)\\s*[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\\b(?![.:/][a-z0-9])");
    private static final Pattern POSSESSIVE_APP = Pattern.compile(
            "\\b(?:mon|my|ton|your|votre)\\s+(?:" + APPS + ")\\s*(?:[:=@]|c'est|est|is|->|handle|pseudo|id|username|profil|profile|lien|link|numero|number)");
    /**
     * A handle and the app it lives on, in either order, with a word or two between: « je suis @atelier.lumen sur insta »,
     * "Mon Insta pro c'est @atelier.lumen", "I'm @sam.designs on Instagram".
     */
    private static final Pattern HANDLE_NEAR_APP = Pattern.compile(
            "(?<=@)[a-z0-9_][a-z0-9_.]{2,31}\\s+(?:sur|on|via|chez)\\s+(?:" + APPS + ")\\b"
                    + "|\\b(?:" + APPS + ")(?:\\s+[a-z'-]{1,12}){1,2}?\\s*(?:c'est|est|is|:|=|->)\\s*@[a-z0-9_][a-z0-9_.]{2,31}");
    /**
     * One's own profile or work on a competing marketplace or a social site, no link given: "find my portfolio on Upwork under
     * the same name", « tu me trouves sur Malt sous le même nom ».
     */
    private static final Pattern OWN_PROFILE_ON_APP = Pattern.compile("\\b(?:"
            + "(?:mon|ma|mes|my)\\s+(?:portfolio|book|profil|profile|page|avis|reviews|realisations|travaux|work|projets|projects|compte|account)"
            + "|(?:tu|vous)\\s+(?:me|m')\\s*(?:trouve\\w*|retrouve\\w*)|(?:you'll|you will|you can|you can also|you could)\\s+find me)"
            + FILLER + VIA + APP);
    /**
     * A user name given on an app a few words after it: « sur discord, mon pseudo c'est pixelmathieu#4412 », "telegram, username
     * is oak_and_ink", « sur télégramme sous le pseudo lucas_dev_bx ». Without "c'est", "is" or a colon, the name must look
     * like one (an '@', a digit, a dot, an underscore or a '#'), so that « le pseudo sur Discord du client » stays a word.
     */
    private static final Pattern USER_NAME_ON_APP = Pattern.compile("\\b(?:" + APPS + ")\\b[^.!?\\n]{0,40}?"
            + "\\b(?:pseudo|username|user name|handle|nom d'utilisateur|identifiant)\\s*"
            + "(?:(?:c'est|est|is|:|=|->)\\s*@?[a-z0-9][a-z0-9_.#-]{2,31}|@?[a-z0-9]*[_.#0-9@][a-z0-9_.#-]*[a-z0-9])");
    private static final Pattern SKYPE_ID = Pattern.compile("\\blive:[a-z0-9_.-]{3,40}");
    private static final String[] APP_WORDS = {"malt", "upwork", "fiverr", "codeur", "whats", "watsap", "telegram", "signal", "skype", "linked", "instagram", "insta ", "insta:", "insta,", "insta?",
        "discord", "messenger", "facebook", "twitter", "wechat", "viber", "snapchat", "tiktok", "live:", "insta.", "insta!", "insta\n", "sur insta", "on insta", "via insta",
        "telegramme", "snap", "linktree", "behance", "dribbble", "calendly", "comeup", "gitter", "bluesky", "mastodon"};

    /** Phrases that present a site as the sender's own: "mon portfolio", "my website", "book a call". */
    private static final Pattern PERSONAL_SITE_CUE = Pattern.compile(
            "\\b(?:mon site|mon propre site|mon site perso|my site|my own site|my website|my personal site|my web site|"
                    + "mon portfolio|my portfolio|portfolio|mon blog|my blog|mes realisations|mes travaux|my work|my previous work|"
                    + "mon cv|my cv|my resume|mon profil|my profile|ma page|my page|ma vitrine|mon agence|my agency|mon studio|my studio|"
                    + "contacte[rz]?[- ]moi|contact me|reach me|me joindre|m'ecrire|book a call|book a slot|book me|reserve[rz]? un creneau|"
                    + "prendre (?:un )?rendez-vous|prends rdv|prenez rdv|mon agenda|my calendar|mon calendrier|mes disponibilites|my availability)\\b");

    private static final KeywordIndex APP_KEYWORDS = KeywordIndex.of(APP_WORDS);

    private final ScreeningSettings settings;

    LinkDetector(ScreeningSettings settings) {
        this.settings = settings;
    }

    @Override
    public void detect(FoldedText text, List<Finding> out) {
        String s = text.folded();
        for (UrlScanner.Url url : UrlScanner.scan(s)) {
            classify(text, url, out);
        }
        int[] appMentions = APP_KEYWORDS.scan(s).positions();
        if (appMentions.length > 0) {
            addAll(text, APP_WITH_HANDLE, appMentions, out);
            addAll(text, SKYPE_ID, appMentions, out);
            addAll(text, BARE_HANDLE_ON_APP, appMentions, out);
            addAll(text, USER_NAME_ON_APP, appMentions, out);
            addAll(text, POSSESSIVE_APP, appMentions, out);
            addAll(text, APP_INVITATION, appMentions, out);
            addAll(text, OWN_PROFILE_ON_APP, appMentions, out);
            if (s.indexOf('@') >= 0) {
                addAll(text, HANDLE_NEAR_APP, appMentions, out);
            }
        }
    }

    private void classify(FoldedText text, UrlScanner.Url url, List<Finding> out) {
        if (settings.isTrusted(url.host()) || DomainNames.isReserved(url.host())) {
            return;
        }
        switch (HostKind.of(url.host(), url.path())) {
            case CONTACT -> addUnlessTheWork(text, url, Category.LINK_OR_HANDLE, out);
            case PAYMENT -> addUnlessTheWork(text, url, Category.PAYMENT_DETAILS, out);
            case WORK_TOOL -> { }
            case UNKNOWN -> {
                if (presentedAsOwnSite(text, url) && !WorkContent.isTheWork(text.folded(), url.start(), url.end())) {
                    out.add(Finding.of(Category.LINK_OR_HANDLE, text.original(), url.start(), url.end()));
                }
            }
        }
    }

    private static void addUnlessTheWork(FoldedText text, UrlScanner.Url url, Category category, List<Finding> out) {
        if (!WorkContent.isTheWork(text.folded(), url.start(), url.end())) {
            out.add(Finding.of(category, text.original(), url.start(), url.end()));
        }
    }

    /** Unknown domains are usually the work (client site, staging); only flag them when introduced as the sender's own. */
    private static boolean presentedAsOwnSite(FoldedText text, UrlScanner.Url url) {
        String before = text.window(url.start() - 70, url.start());
        int sentence = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf('\n'), before.lastIndexOf("? ")));
        if (sentence >= 0) {
            before = before.substring(sentence + 1);
        }
        String after = text.window(url.end(), url.end() + 30);
        return WordStartMatching.matchesAnywhere(PERSONAL_SITE_CUE, before)
                || WordStartMatching.matchesAnywhere(PERSONAL_SITE_CUE, after);
    }

    private static void addAll(FoldedText text, Pattern phrase, int[] appMentions, List<Finding> out) {
        WordStartMatching.findAround(phrase, text, appMentions, WordStartMatching.DEFAULT_REACH, (start, matchEnd) -> {
            int end = matchEnd;
            while (end > start && Character.isWhitespace(text.folded().charAt(end - 1))) {
                end--;
            }
            if (!covered(out, start, end) && !WorkContent.isTheWork(text.folded(), start, end)) {
                out.add(Finding.of(Category.LINK_OR_HANDLE, text.original(), start, end));
            }
        });
    }

    private static boolean covered(List<Finding> out, int start, int end) {
        for (Finding f : out) {
            if (f.category() == Category.LINK_OR_HANDLE && f.start() < end && start < f.end()) {
                return true;
            }
        }
        return false;
    }
}
