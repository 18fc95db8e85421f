package relais.screening.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The go-direct report form, filled in from a message. Only a URL: the report module knows nothing of screening,
 * and its form already takes these query parameters.
 */
final class ReportFormLink {

    /** Long enough for any proposal; short enough that the link stays well within request-line limits. */
    static final int MAX_TEXT = 1_500;

    private ReportFormLink() {
    }

    static String to(MissionMessage message) {
        String text = message.body().length() <= MAX_TEXT ? message.body() : message.body().substring(0, MAX_TEXT) + "…";
        return "/reports/new?personId=" + message.personId() + "&channel=MESSAGE&receivedOn=" + message.sentOn()
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
