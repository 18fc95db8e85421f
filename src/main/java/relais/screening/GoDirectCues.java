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
            + "messagerie|messaging|interface|portal|portail|intermediaires?|middle ?m[ae]n|place de marche|third-party marketplaces?|ici|here)\\b"
            + "|(?:l'|the |cette |this |votre |your |leur |their )(?:agence|agency)\\b"
            // a bare "site" is a place: « travailler hors site », "off-site workshop"
            + "|(?:ce|cette|le|this|the|that)\\s+(?:site|website|service|system|systeme|thread|chat)\\b)";
    private static final String ROUTE = "(?:(?:passer|repasser|going|go|aller|transiter|using|use|utiliser|involving|impliquer|"
            + "continuer|continue|continuing|rester|stay|staying|carry on|keep going|through|via|par|sur|recourir|recours|a)\\s+){1,2}";

    /** The platform as the way things go, named or pointed at: "here", "this site", « leur outil ». */
    private static final String NAMED_INDIRECTLY = "(?:" + PLATFORM + "|(?:leur|leurs|their)\\s+(?:payment |billing |invoicing )?(?:outil|tool|systeme|system|interface|site|service)\\b)";

    /** How strongly a cue points outside: weak ones ("directly") must stand right by the action and mean the people. */
    private enum Strength { STRONG, WEAK, NEEDS_TARGET, HIDING }

    private record Cue(String[] keywords, Pattern pattern, Strength strength) {
    }

    private static Cue cue(String keywords, Strength strength, String regex) {
        return new Cue(keywords.split("\\|"), Pattern.compile(regex), strength);
    }

    private static final List<Cue> CUES = List.of(
            // without / instead of the platform, or going through it: « sans passer par eux », "rather than through here"
            cue("sans |without|instead of|rather than|other than|plutot qu|au lieu d|ailleurs qu|autrement qu|lieu et place", Strength.STRONG,
                    "\\b(?:sans|without|instead of|rather than|other than|plutot que(?: de)?|plutot qu'|au lieu de|au lieu d'|ailleurs qu'|autrement qu'|autrement que|"
                            + "en lieu et place d[e'])\\s*(?:" + ROUTE + ")?(?:" + NAMED_INDIRECTLY + "|(?:ce|this) site\\b)"
                            + "|\\b(?:sans|without|instead of|rather than|plutot que de|au lieu de)\\s*(?:" + ROUTE + ")?(?:them|eux)\\b"
                            + "|\\b(?:sans|without|instead of|rather than|plutot que de|au lieu de)\\s*" + ROUTE + "(?:elle|lui|it)\\b"),
            // outside it: « en dehors de la plateforme », "off the app", "hors d'ici"
            cue("hors|dehors|exterieur|outside|off |off-|away from|around|loin d", Strength.STRONG,
                    "\\b(?:hors(?: de| du| d')?|en dehors (?:de|du|d')|a l'exterieur (?:de|du|d')|outside(?: of)?|off|away from|around|"
                            + "loin (?:de|du|d'))\\s*" + PLATFORM + "|\\b(?:off-?platform|hors-?plate-?forme)\\b"),
            // leaving it: « ne plus passer par la plateforme », "stop using the app"
            cue("plateforme|platform|relais|appli|app |app.|app,|app?|marketplace|site|portal|portail|service", Strength.STRONG,
                    "\\b(?:pas|plus|not|no longer|stop|quit|arret\\w*(?: de)?|cess\\w* de|(?:sortir|sortons|sort|sors|sorte|sortes|sortent|sortions|sortiez|sortez|sortira\\w*) de|leave|leaving|quitter|quittons|"
                            + "oubli\\w*|forget|ditch|drop|laisse\\w* tomber|lach\\w*|(?:faire|fait|fais|faisons|on fait) l'impasse sur|"
                            + "no need for|no need to use|pas besoin d[e']|plus besoin d[e']|inutile d[e'])\\s+"
                            + "(?:de\\s+|d'|to\\s+)?(?:(?:passer|going|go|utiliser|using|use|rester|staying|stay)\\s+)?(?:(?:par|through|via|on|sur)\\s+)?"
                            + "(?:" + DET + "(?:plate-?forme|platform|relais|appli|app|marketplace)\\b|(?:the|le|ce|this) (?:site|portal|portail|service)\\b)"
                            + "|\\b(?:keep|leave|laisser|laissons|laisse|garder|gardons)\\s+" + DET + "(?:plate-?forme|platform|relais|appli|app|marketplace|them|eux)\\s+"
                            + "(?:out|en dehors|de cote|hors)\\b"),
            // its fees avoided: "skip their commission", « éviter les frais de la plateforme »
            cue("commission|fee|frais|markup|marge|margin|minus|middle|appli|in between|au milieu|intermediaire|agence|agency|plateforme|platform|relais|percent|pourcent|skip|save|"
                    + "saving|avoid|bypass|dodge|circumvent|econom|evit|contourn|court-circuit|zapp", Strength.STRONG,
                    "\\b(?:skip\\w*|sav(?:e|es|ed|ing)|avoid\\w*|bypass\\w*|dodg\\w*|cut(?:ting)? out|cut|circumvent\\w*|econom\\w*|evit\\w*|"
                            + "contourn\\w*|court-circuit\\w*|zapp\\w*|(?:se|nous|vous) pass\\w* (?:de |d'))\\s*(?:on |sur |de |d'|des |du )?"
                            + DET + "(?:(?:marketplace|platform|plateforme|site|agency|service)\\s+)?(?:commissions?|fees?|frais|cut|markup|marge|middle ?m[ae]n|intermediaires?|plate-?forme|platform|relais|appli|app\\b|"
                            + "percentage|pourcentage|\\d+ ?%|site|agence|agency)"
                            // dropping the go-between: « laisser tomber l'intermédiaire », "drop the agency"
                            + "|\\b(?:laiss\\w* tomber|drop|dropping|ditch\\w*|lach\\w*|forget|oubli\\w*)\\s+" + DET + "(?:intermediaires?|middle ?m[ae]n|agence|agency)\\b"
                            + "|\\bno (?:platform|middle ?man|intermediary|agency) in between\\b|\\bsans (?:plate-?forme|intermediaire) (?:au milieu|entre nous)\\b"
                            + "|\\b(?:sans|without|minus|no|pas de|zero|plus de)\\s+" + DET + "(?:(?:agency|agence|platform|plateforme|middleman|intermediary)\\s+(?:margin|markup|cut|fees?|commission)|"
                            + "marges? (?:de l'agence|de la plateforme|de l'intermediaire|de relais)|(?:margin|markup) of the (?:agency|platform)|"
                            + "commissions?|middle ?m[ae]n|intermediaires?|tiers|third part(?:y|ies)|platform fees?|"
                            + "frais de (?:service|plateforme|la plateforme|relais)|(?:their|its) (?:fees?|cut|commission)|leurs frais)\\b"),
            // a private arrangement: « entre nous », "between the two of us", "off the books", « au black »
            cue("entre nous|between|gre a gre|prive|private|the record|the books|the table|au black|liquide|especes|cash|main a la main|cheque|check|handshake|poignee", Strength.STRONG,
                    "\\b(?:entre nous(?: deux)?(?! et (?:le|la|les|l'|eux|lui|elle))|between (?:us|ourselves|you and me|the two of us)(?! and (?:the|their|our|your|a|an|them|him|her)\\b)|de gre a gre|en prive|privately|"
                            + "in private|off the record|off the books|outside the books|under the table|au black|en liquide|en especes|en cash|"
                            + "in cash|cash in hand|de la main a la main|(?:pay|paid|paying|pai\\w*|pay\\w*|regl\\w*) (?:you |me |vous |te |toi )?cash|"
                            + "(?:pai\\w*|pay\\w*|paid|regl\\w*|rembours\\w*|reimburs\\w*)\\s+(?:[a-z'-]+\\s+){0,3}?(?:par|by|en|with a) (?:cheque|check)|"
                            + "(?:on a|on|a) handshake(?: basis| deal)?|(?:a la|sur une) poignee de main|"
                            // cash accepted or preferred: "would you take cash for the shoot?", « tu acceptes les espèces ? »
                            + "(?:take|takes|taking|accept\\w*|prefer\\w*|prendr\\w*|prends|prenez)\\s+(?:le |du |les |des |the |some |payment in )?(?:cash|liquide|especes))\\b"),
            // billing oneself instead of the platform: « je peux vous facturer moi-même »
            cue("moi-meme|moi meme|nous-memes|myself|ourselves|themselves|elle-meme|lui-meme|eux-memes", Strength.NEEDS_TARGET,
                    "\\b(?:factur\\w*|invoic\\w*|bill|command\\w*|order|ordering|regl\\w*|pay|paying|pai(?:e|es|ent|erai\\w*))\\s+(?:[a-z'-]+\\s+){0,3}?"
                            + "(?:moi-meme|moi meme|nous-memes|myself|ourselves|themselves|elle-meme|lui-meme|eux-memes)\\b"
                            + "|\\b(?:gere\\w*|handle|do|fai\\w*)\\s+(?:la |le |the |our |notre |nos )?(?:factur\\w*|invoic\\w*|billing|paiements?|payments?)"
                            + "(?:\\s+[a-z'-]+){0,2}?\\s+(?:moi-meme|moi meme|nous-memes|myself|ourselves)\\b"
                            // taking the person on oneself: « vous engager nous-mêmes », "hire you ourselves"
                            + "|\\b(?:engag\\w*|embauch\\w*|recrut\\w*|hire|hiring|employ\\w*|take (?:you )?on|bring (?:you )?on)\\s+(?:[a-z'-]+\\s+){0,3}?"
                            + "(?:moi-meme|moi meme|nous-memes|myself|ourselves)\\b"),
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
                    "\\b(?:contrat|contract|sign\\w*|command\\w*|order|factur\\w*|invoic\\w*|bill)\\s+(?:[a-z'-]+\\s+){0,3}?(?:avec|with|par|by|through|via)\\s+"
                            + "(?:ma|mon|my)\\s+(?:propre\\s+|own\\s+)?(?:societe|boite|entreprise|structure|company|firm)\\b"
                            + "|\\b(?:ma|mon|my)\\s+(?:propre\\s+|own\\s+)?(?:societe|boite|entreprise|structure|company|firm|agence|agency)\\b"
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
            cue("no need|pas besoin|inutile|don't|ne pas|peine|easier than|rather than|instead of|plutot que", Strength.STRONG,
                    "\\b(?:no need to|don't|do not|pas besoin de|inutile de|ne pas|pas la peine de|plus la peine de|easier than|rather than|instead of|plutot que de)\\s+(?:les |le |la |l'|them |it |this )?"
                            + "(?:log|record|declare|put|mention|report|track|declarer|mettre|saisir|noter|signaler|enregistrer)\\w*\\s+"
                            + "(?:them |it |this |ca )?(?:through |in |on |dans |sur )?(?:(?:les|le|la|l'|the|these|those|ces|ses|nos|our)\\s*(?:extra |additional |supplementaires? |autres |other )?(?:avenants?|heures(?: sup\\w*)?|hours|jours|days|factures?|invoices?|extras?|devis|quotes?|contrats?|contracts?|extensions?)\\s+)?(?:here|ici|on (?:the )?(?:platform|site|app)|sur (?:la plateforme|le site|l'appli|relais)|in relais|on relais)\\b"),
            // hiding it: « la plateforme n'a pas besoin de savoir », "keep this to yourself"
            cue("savoir|know|courant|told|pour toi|yourself|quiet|motus", Strength.HIDING,
                    "\\b(?:(?:" + DET + "(?:plate-?forme|platform|relais|app|site)|ils|they|eux)\\s+(?:n'a|n'ont|ne doi\\w+|doesn't|don't|does not|do not|needn't|has no|have no)\\s+"
                            + "(?:pas |rien |nothing )?(?:besoin d[e']\\s*|need to |to |a )?(?:le |en )?(?:savoir|know|etre au courant|be told|hear)|"
                            + "gard\\w* (?:ca|cela) pour (?:toi|vous)|keep (?:this|it|that) (?:to yourself|quiet|between us)|motus)\\b"),
            // the platform's take resented: « vos intermédiaires prennent trop », "why pay them a commission"
            cue("trop|too much|fortune|a lot|beaucoup de commission|autant de commission|tant de commission|enormement de commission|so much|that much|why|pourquoi|"
                    + "reason|no point|raison", Strength.STRONG,
                    "\\b(?:ils|eux|they|(?:l'|the |vos |les |leurs |their |your |cette |this )?(?:agence|agency|intermediaires?|middle ?m[ae]n|plate-?forme|platform|site|relais|marketplace))\\s+"
                            + "(?:prenn?\\w*|take|takes|taking|grab\\w*|keeps?|piqu\\w*)\\s+(?:vraiment |really |way |bien )?"
                            + "(?:trop|too much|une fortune|a fortune|a lot|beaucoup)(?! de temps| time| long)\\b"
                            + "|\\b(?:beaucoup|autant|tant|enormement) de commissions?\\b|\\b(?:so much|a lot of|that much) (?:in )?(?:fees|commission)\\b"
                            + "|\\b(?:why|pourquoi|no reason|not much reason|isn't much reason|no point|aucune raison|pas de raison) (?:[a-z']+ ){0,3}?"
                            + "(?:pay|paying|payer|give|giving|donner|laisser|verser)\\s+(?:them |leur |to them )?(?:the (?:site|platform|app|agency)'s |their )?"
                            + "(?:a |une |des |la |le |the |un )?(?:commissions?|fees?|cut|pourcentage|percentage|frais|part)\\b"),
            // just the two of them, on the side: « juste toi et moi », "hire you on the side", « en off », « virement perso »
            cue("toi et moi|vous et moi|nous deux|you and me|two of us|a cote|on the side|en off|virement|transfer|paiement|payment|wire|our own|my own|nos propre|notre propre", Strength.STRONG,
                    "\\b(?:(?:juste|rien que|seulement) (?:toi et moi|vous et moi|nous deux)|just (?:you and me|the two of us))\\b"
                            + "|\\b(?:contrats?|contracts?|missions?|deals?|jobs?|gigs?|boulot|travail|projets?|projects?|prestations?|hire you|work for us|bosser|travailler|pay|paid|payer|paie)"
                            + "(?:\\s+[a-z'-]+){0,3}?\\s+(?:a cote|on the side)\\b(?! (?:panel|bar|menu|de|du|des|d'|of|gauche|droite)\\b)"
                            + "|(?<!voix )(?<!voice )\\ben off\\b"
                            + "|\\b(?:virements?|transfers?|paiements?|payments?|wires?)\\s+(?:perso|personnel|personal|prive|private)\\b"
                            + "|\\b(?:our|my) own (?:agreement|contract|deal|arrangement|terms|paperwork)\\b|\\b(?:notre|nos) propres? (?:contrats?|accords?|conditions)\\b"),
            // a side deal, a personal quote, made to the other person: "a side arrangement", « un devis perso », "a private quote"
            cue("side |perso|prive|private|personal|officieu|informal|unofficial", Strength.NEEDS_TARGET,
                    "\\bside (?:arrangement|deal|contract|agreement|gig|job)s?\\b"
                            + "|\\b(?:devis|contrats?|tarifs?|factures?|arrangements?|accords?|deals?)\\s+(?:perso|personnel|prive|officieux|officieuse)\\b"
                            + "|\\b(?:private|personal|informal|unofficial)\\s+(?:quotes?|contracts?|deals?|arrangements?|agreements?|invoices?|rates?)\\b"),
            // the platform soon of no use: « ce site ne servira plus », "we won't need the platform anymore"
            cue("servira plus|sera plus|need the|need this|needed", Strength.STRONG,
                    "\\b(?:(?:ce|le|cette|la|this|the) (?:site|plateforme|platform|appli|app)|relais) (?:ne (?:nous )?(?:servira|sera) plus|won't be needed|will no longer be needed|is no longer needed)\\b"
                            + "|\\b(?:won't|will not|no longer|don't|do not) need (?:the|this) (?:platform|site|app|middleman)\\b"),
            // the platform no longer needed as the way: "we won't need to book you through here", « pas la peine de repasser par
            // ici », « inutile de passer par leur outil », "a deal that doesn't involve this site"
            cue("no need|won't need|will not need|wouldn't need|would not need|no longer need|pas besoin|plus besoin|aucun besoin|peine|"
                    + "no point|no reason|inutile|involv|impliqu", Strength.STRONG,
                    "\\b(?:(?:no need|no point|no reason|won't need|will not need|wouldn't need|would not need|no longer need|"
                            + "pas besoin|plus besoin|pas la peine|plus la peine|inutile|aucun besoin)\\s+(?:to\\s+|de\\s+|d'|in\\s+)?"
                            + "(?:passer|repasser|pass|go|going|book|booking|pay|paying|payer|use|using|utiliser|involve|involving|impliquer|run|running)\\s+"
                            + "(?:you\\s+|vous\\s+|te\\s+|it\\s+|this\\s+|ca\\s+|tout\\s+|everything\\s+)?(?:(?:par|through|via|on|sur|with|avec)\\s+(?:them|eux)\\b|"
                            + "(?:(?:par|through|via|on|sur|with|avec)\\s+)?" + NAMED_INDIRECTLY + ")"
                            + "|(?:(?:doesn't|does not|won't|will not|wouldn't|would not|without)\\s+involv\\w*|sans impliquer|n'impliqu\\w* pas)\\s+"
                            + NAMED_INDIRECTLY + ")"),
            // the platform no longer involved: "the platform no longer being involved from this stage", « la plateforme n'intervenant plus »,
            // « on n'aura plus besoin de l'intermédiaire », "engagements will no longer be placed via third-party marketplaces"
            cue("no longer|won't be|will not be|won't go|will not go|plus besoin|vraiment besoin|really need|won't need|will not need|"
                    + "intervenant plus|intervient plus|interviendra plus|ne sera plus", Strength.STRONG,
                    "\\b(?:" + PLATFORM + ")\\s+(?:no longer being|no longer|won't be|will not be|will no longer be|n'intervenant plus|n'intervient plus|n'interviendra plus|"
                            + "ne sera plus)\\s*(?:involved|impliquee?|dans la boucle|in the loop)?"
                            + "|\\b(?:plus|no longer|won't|will not)\\s+(?:vraiment |really |even )?(?:besoin d[e']|need)\\s*" + DET
                            + "(?:intermediaires?|middle ?m[ae]n|plate-?forme|platform|marketplace|place de marche)\\b"
                            + "|\\b(?:no longer|won't|will not|will no longer)\\s+(?:be\\s+)?(?:placed|routed|booked|run|paid|go|going|passed)\\s+(?:through|via|on)\\s+"
                            + NAMED_INDIRECTLY),
            // part of the work declared here, the rest settled elsewhere: "declare three days here and settle the other two
            // ourselves", « déclarer seulement 10 jours sur la plateforme et régler les 5 autres directement »
            cue("days here|day here|days on|jours ici|jours sur|hours here|heures ici|heures sur|hours on|moins de jours|moins d'heures|fewer|less hours|less days", Strength.STRONG,
                    "\\b(?:declar\\w*|log|logg\\w*|book\\w*|put|putting|enter\\w*|saisi\\w*|factur\\w*|invoic\\w*|bill\\w*|report\\w*|pass\\w*|met\\w*)\\s+"
                            + "(?:only |just |seulement |uniquement |que )?(?:[a-z0-9-]+|moins d[e']|fewer|less)\\s*(?:jours?|days?|heures?|hours?|semaines?|weeks?)\\s+"
                            + "(?:here|ici|on (?:the )?(?:platform|site|app)|sur (?:la plateforme|le site|l'appli|relais))"
                            // then the rest settled another way: « régler les 5 autres directement », "make up the difference separately"
                            + "(?=[^.?!\\n]{0,80}\\b(?:settl\\w*|pay\\w*|pai\\w*|regl\\w*|make up|complet\\w*|factur\\w*|invoic\\w*|bill)\\b[^.?!\\n]{0,40}\\b"
                            + "(?:the other|the rest|the remaining|the others|the extra|the difference|les autres|le reste|la difference|les [a-z0-9]+ autres|"
                            + "l'autre|autrement|separately|a part|ourselves|directly|directement|en direct))"),
            // work kept out of the record: "keep them out of the timesheet", « on ne le met pas dans le relevé d'activité »,
            // « sans rien déclarer ici », "without logging it on the platform"
            cue("timesheet|time sheet|record|activity report|releve|compte rendu|compte-rendu|cra |declar|saisi|enregistrer|signaler|"
                    + "logging|reporting|putting", Strength.STRONG,
                    "\\b(?:keep\\w*|leave|leaving|left)\\s+(?:them|it|this|these|those|that|the [a-z]+(?: [a-z]+)?)\\s+(?:out of|off)\\s+"
                            + "(?:the |our |my |your )?(?:timesheets?|time sheets?|records?|activity reports?)"
                            + "|\\b(?:ne|n')\\s*(?:le |la |les |l')?(?:met\\w*|declar\\w*|saisi\\w*|not\\w*)\\s+pas\\s+(?:dans|sur)\\s+(?:le |la |les |l')?"
                            + "(?:releve\\w*|compte[- ]rendu|cra|timesheet)"
                            + "|\\b(?:sans|without)\\s+(?:rien |anything |it |them |le |la |les |l')?(?:declarer|saisir|noter|enregistrer|signaler|logging|declaring|"
                            + "recording|reporting|putting)\\s+(?:[a-z]+\\s+)?(?:here|ici|on (?:the )?(?:platform|site|app)|sur (?:la plateforme|le site|l'appli|relais))\\b"),
            // the client's own way to contract or pay someone: "through our usual staffing firm", « par notre ESN partenaire »,
            // "pay you through our payroll provider", « par notre canal achats habituel »; not its software ("our payroll provider's API")
            cue("staffing|recruitment|interim|recrutement|esn|ssii|payroll|umbrella|portage|canal achat|canal d'achat|purchasing channel|"
                    + "accounts payable|ap team", Strength.NEEDS_TARGET,
                    "\\b(?:through|via|par|with|avec|using|onto|into)\\s+(?:our|notre|nos)\\s+(?:usual |own |regular |preferred |partner |habituel\\w* |propre )?"
                            + "(?:staffing (?:firm|agency|company|partner)|recruitment (?:agency|firm)|temp(?:ing)? agency|agence d'interim|cabinet de recrutement|"
                            + "esn|ssii|payroll(?: (?:provider|company|service))?|umbrella company|societe de portage|canal (?:d')?achats?|purchasing channel|"
                            + "accounts payable|ap team)\\b(?!'s|\\s+(?:api|integration|export|import|module|software|logiciel|tool|outil|data|donnees)\\b)"),
            // a competing marketplace as the way to carry on: « passer par Malt pour la suite », "pay you via Upwork"
            cue("malt|upwork|fiverr|codeur|comet|toptal|freelancer.com", Strength.STRONG,
                    "\\b(?:passe\\w*|passons|repasser|move|moving|switch\\w*|migr\\w*|go|going|bascul\\w*|pay|paying|pays|payer|pai(?:e|es|ent|erai\\w*)|"
                            + "regl\\w*|factur\\w*|invoic\\w*|bill|billing|contract\\w*|book\\w*|hire|hiring|embauch\\w*)\\s+"
                            + "(?:(?:you|vous|te|toi|me|moi|us|nous|it|this|ca|the rest|la suite|everything|tout|over)\\s+)?(?:par|through|via|to|on|sur)\\s+"
                            + "(?:malt|upwork|fiverr|codeur|comet|toptal|freelancer\\.com)\\b"),
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
                || !IntentContext.hasCounterpart(s, sentenceStart, sentenceEnd) || platformActs(s, start))) {
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
        boolean enDirect = before.equals("en");
        if (enDirect) {
            before = wordBefore(s, s.lastIndexOf("en", start));
        }
        // « directement après » is "right after"; « en direct après la recette » is going direct once the work is done
        return THING_BEFORE.contains(before)
                || WORK_AFTER.matcher(s).region(end, s.length()).lookingAt() && !(enDirect && TIME_AFTER.matcher(s).region(end, s.length()).lookingAt());
    }

    private static final Pattern TIME_AFTER = Pattern.compile("^\\s*(?:after|apres|once|une fois|des)\\b");

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
