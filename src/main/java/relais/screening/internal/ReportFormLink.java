package relais.screening.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The go-direct report form, filled in from a message. Only a URL: the report module knows nothing of screening,
 * and its form already takes these query parameters.
 */
final class ReportFormLink {

    /** Long enough for any proposal; short enough that, even URL-encoded, the link stays under 8 KB request lines. */
    static final int MAX_TEXT = 1_000;

    private ReportFormLink() {
    }

    static String to(MissionMessage message) {
        String text = message.body().length() <= MAX_TEXT ? message.body() : excerpt(message.body());
        return "/reports/new?personId=" + message.personId() + "&channel=MESSAGE&receivedOn=" + message.sentOn()
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String excerpt(String body) {
        int cut = Character.isHighSurrogate(body.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT; // never halve an emoji
        return body.substring(0, cut) + "…";
    }
}
