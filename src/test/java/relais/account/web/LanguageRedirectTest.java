package relais.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/x", "http://localhost//evil.example/x", "http://localhost/\\evil.example/x",
            "https://evil.example/missions", "http://localhost.evil.example/missions", "javascript:alert(1)",
            "/missions", "http://localhost", "not a url"})
    void anythingButAPathOfThisSiteGoesHome(String referer) {
        String target = LanguageController.localPathOf(referer, "localhost");
        assertThat(target).isEqualTo("/");
        assertThat(target).doesNotStartWith("//").doesNotStartWith("/\\");
    }

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080/missions, /missions",
            "http://localhost:8080/missions?lang=en, /missions",
            "https://LOCALHOST/reports?status=OPEN&lang=fr&page=2, /reports?status=OPEN&page=2",
            "http://localhost/, /"})
    void aPageOfThisSiteIsWhereTheSwitchGoesBack(String referer, String expected) {
        assertThat(LanguageController.localPathOf(referer, "localhost")).isEqualTo(expected);
    }
}
