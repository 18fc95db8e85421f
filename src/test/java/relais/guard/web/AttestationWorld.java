package relais.guard.web;

import static relais.support.Fixtures.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import relais.support.Api;
import relais.support.Cast;
import relais.support.Fixtures;

/**
 * The people of the attestation tests: Léa, a freelancer protected with Alice (a mission that ended in March 2025),
 * Max, another freelancer, Bruno, a person of another company Léa never worked with, and Claire, a client user. Calls
 * that need headers the support clients do not set (a client address, Accept-Language) or raw bytes go through
 * {@link #send}.
 */
record AttestationWorld(int port, Fixtures fixtures, Cast.Member lea, Cast.Member max, Cast.Member alice,
        Cast.Member bruno, Cast.Member claire, String aliceName, String brunoName, String leaName) {

    /** A day inside Léa's protection with Alice. */
    static final String ON = "2025-06-01";

    static AttestationWorld create(Fixtures fixtures) {
        var acme = Cast.of(fixtures, "attest-acme");
        var globex = Cast.of(fixtures, "attest-globex");
        int n = acme.n();
        String aliceName = "Alice Attest" + n;
        String brunoName = "Bruno Inconnu" + n;
        String leaName = "Léa Attestée" + n;
        var alice = acme.contact(aliceName, "alice");
        var claire = acme.clientUser("Claire Cliente" + n, "claire");
        var bruno = globex.contact(brunoName, "bruno");
        var lea = acme.freelancer(leaName, "lea");
        var max = acme.freelancer("Max Autre" + n, "max");
        acme.mission(lea, "2025-01-06", "2025-03-31", alice);
        return new AttestationWorld(fixtures.port(), fixtures, lea, max, alice, bruno, claire, aliceName, brunoName,
                leaName);
    }

    Api as(Cast.Member member) {
        return Api.at(port).as(member.email(), Fixtures.PASSWORD);
    }

    /** Léa's attestation about Alice on {@link #ON}: the created answer. */
    Api.Response leaAboutAlice() {
        return expect201(as(lea).post("/api/attestations", Api.json(map("email", alice.email(), "on", ON))));
    }

    static Api.Response expect201(Api.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + " " + response.body());
        }
        return response;
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).toString();
    }

    /** A fresh client address, so that each test has its own check budget. */
    static String freshAddress() {
        int n = Fixtures.next();
        return "10.77." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    /** A GET with the given headers (name, value, name, value…), answered as bytes. */
    HttpResponse<byte[]> send(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The public check of a code, from a fresh client address. */
    HttpResponse<byte[]> check(String code, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Forwarded-For";
        all[1] = freshAddress();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("/api/verify/" + code, all);
    }

    HttpResponse<byte[]> pdf(String code, Cast.Member reader) {
        return send("/api/attestations/" + code + "/pdf", "Authorization", basic(reader.email(), Fixtures.PASSWORD));
    }

    HttpResponse<byte[]> pdfAsManager(String code) {
        return send("/api/attestations/" + code + "/pdf", "Authorization",
                basic(Fixtures.ADMIN_EMAIL, Fixtures.ADMIN_PASSWORD));
    }

    static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The text of a PDF, its narrow and plain no-break spaces read as spaces. */
    static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
