package relais.screening;

import java.util.Map;
import java.util.regex.Pattern;

/** What a host is for: a way to reach someone, to pay someone, a work tool, or unknown. */
enum HostKind {
    CONTACT, PAYMENT, WORK_TOOL, UNKNOWN;

    private static final Map<String, HostKind> KNOWN = Map.ofEntries(
            Map.entry("wa.me", CONTACT), Map.entry("whatsapp.com", CONTACT), Map.entry("t.me", CONTACT),
            Map.entry("telegram.me", CONTACT), Map.entry("telegram.dog", CONTACT), Map.entry("signal.me", CONTACT),
            Map.entry("signal.group", CONTACT), Map.entry("skype.com", CONTACT), Map.entry("discord.gg", CONTACT),
            Map.entry("discord.com", CONTACT), Map.entry("m.me", CONTACT), Map.entry("messenger.com", CONTACT),
            Map.entry("linkedin.com", CONTACT), Map.entry("lnkd.in", CONTACT), Map.entry("instagram.com", CONTACT),
            Map.entry("facebook.com", CONTACT), Map.entry("fb.com", CONTACT), Map.entry("twitter.com", CONTACT),
            Map.entry("x.com", CONTACT), Map.entry("tiktok.com", CONTACT), Map.entry("behance.net", CONTACT),
            Map.entry("dribbble.com", CONTACT), Map.entry("calendly.com", CONTACT), Map.entry("cal.com", CONTACT),
            Map.entry("savvycal.com", CONTACT), Map.entry("zcal.co", CONTACT), Map.entry("tidycal.com", CONTACT),
            Map.entry("doodle.com", CONTACT), Map.entry("malt.fr", CONTACT), Map.entry("malt.com", CONTACT),
            Map.entry("upwork.com", CONTACT), Map.entry("fiverr.com", CONTACT), Map.entry("codeur.com", CONTACT),
            Map.entry("linktr.ee", CONTACT), Map.entry("about.me", CONTACT), Map.entry("wechat.com", CONTACT),
            Map.entry("viber.com", CONTACT), Map.entry("threads.net", CONTACT), Map.entry("bsky.app", CONTACT),
            Map.entry("paypal.me", PAYMENT), Map.entry("revolut.me", PAYMENT), Map.entry("lydia-app.com", PAYMENT),
            Map.entry("lydia.me", PAYMENT), Map.entry("venmo.com", PAYMENT), Map.entry("cash.app", PAYMENT),
            Map.entry("buymeacoffee.com", PAYMENT), Map.entry("ko-fi.com", PAYMENT), Map.entry("pumpkin-app.com", PAYMENT),
            Map.entry("github.com", WORK_TOOL), Map.entry("gitlab.com", WORK_TOOL), Map.entry("bitbucket.org", WORK_TOOL),
            Map.entry("figma.com", WORK_TOOL), Map.entry("notion.so", WORK_TOOL), Map.entry("notion.site", WORK_TOOL),
            Map.entry("trello.com", WORK_TOOL), Map.entry("atlassian.net", WORK_TOOL), Map.entry("google.com", WORK_TOOL),
            Map.entry("dropbox.com", WORK_TOOL), Map.entry("wetransfer.com", WORK_TOOL), Map.entry("vercel.app", WORK_TOOL),
            Map.entry("netlify.app", WORK_TOOL), Map.entry("herokuapp.com", WORK_TOOL), Map.entry("stripe.com", WORK_TOOL),
            Map.entry("paypal.com", WORK_TOOL), Map.entry("paypalobjects.com", WORK_TOOL), Map.entry("npmjs.com", WORK_TOOL),
            Map.entry("stackoverflow.com", WORK_TOOL), Map.entry("mozilla.org", WORK_TOOL), Map.entry("w3.org", WORK_TOOL),
            Map.entry("telegram.org", WORK_TOOL), Map.entry("loom.com", WORK_TOOL), Map.entry("miro.com", WORK_TOOL),
            Map.entry("canva.com", WORK_TOOL), Map.entry("zoom.us", WORK_TOOL), Map.entry("youtube.com", WORK_TOOL),
            Map.entry("youtu.be", WORK_TOOL), Map.entry("shopify.com", WORK_TOOL), Map.entry("myshopify.com", WORK_TOOL),
            Map.entry("wordpress.org", WORK_TOOL), Map.entry("aws.amazon.com", WORK_TOOL), Map.entry("amazonaws.com", WORK_TOOL),
            Map.entry("socket.io", WORK_TOOL), Map.entry("postman.com", WORK_TOOL), Map.entry("swagger.io", WORK_TOOL),
            Map.entry("sentry.io", WORK_TOOL), Map.entry("webflow.io", WORK_TOOL), Map.entry("framer.app", WORK_TOOL));

    /** Developer documentation of messaging or payment products is work material, not a contact channel. */
    private static final Pattern DOCUMENTATION = Pattern.compile(
            "^(?:developers?|docs?|api|business|core|dev|sandbox|status|help|support|about)\\.|/(?:docs?|developers?|api|business|bots?|legal|help)\\b");

    static HostKind of(String host, String path) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        HostKind kind = lookup(h);
        if (kind == CONTACT || kind == PAYMENT) {
            if (DOCUMENTATION.matcher(h).find() && !h.startsWith("api.whatsapp.com")
                    || DOCUMENTATION.matcher(path).find()
                    || (h.equals("t.me") || h.equals("telegram.me")) && path.matches("/\\w*bot\\b.*")) {
                return WORK_TOOL;
            }
            if (h.equals("linkedin.com") && !path.startsWith("/in/") && !path.startsWith("/pub/")) {
                return WORK_TOOL; // company pages and posts are shared as references, profiles are contact cards
            }
        }
        return kind;
    }

    private static HostKind lookup(String host) {
        String h = host;
        while (true) {
            HostKind k = KNOWN.get(h);
            if (k != null) {
                return k;
            }
            int dot = h.indexOf('.');
            if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
                return UNKNOWN;
            }
            h = h.substring(dot + 1);
        }
    }
}
