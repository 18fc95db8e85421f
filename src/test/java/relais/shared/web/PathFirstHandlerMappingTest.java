package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * A mapping is ruled out by its leading literal segments only where Spring's own comparison would rule it out too;
 * everything unusual is left to Spring.
 */
class PathFirstHandlerMappingTest {

    @Test
    void aPatternsLeadingLiteralsStopAtTheFirstVariableOrWildcard() {
        assertThat(PathFirstHandlerMapping.leadingLiterals("/api/freelancers/{id}/direct-work"))
                .containsExactly("api", "freelancers");
        assertThat(PathFirstHandlerMapping.leadingLiterals("/api/me/direct-work")).containsExactly("api", "me", "direct-work");
        assertThat(PathFirstHandlerMapping.leadingLiterals("/a/b/c/d")).containsExactly("a", "b", "c");
        assertThat(PathFirstHandlerMapping.leadingLiterals("/css/**")).containsExactly("css");
        assertThat(PathFirstHandlerMapping.leadingLiterals("/api/report*")).containsExactly("api");
        assertThat(PathFirstHandlerMapping.leadingLiterals("/{lang}/help")).isEmpty();
        assertThat(PathFirstHandlerMapping.leadingLiterals("/")).isEmpty();
        assertThat(PathFirstHandlerMapping.leadingLiterals("")).isEmpty();
    }

    @Test
    void aMappingWithAPatternThatHasNoLeadingLiteralIsNeverRuledOut() {
        var config = new RequestMappingInfo.BuilderConfiguration();
        config.setPatternParser(new PathPatternParser());
        var mixed = RequestMappingInfo.paths("/api/companies", "/{anything}").options(config).build();
        var plain = RequestMappingInfo.paths("/api/companies/{id}").options(config).build();

        assertThat(PathFirstHandlerMapping.leadingLiterals(mixed)).isNull();
        assertThat(PathFirstHandlerMapping.leadingLiterals(plain)).isDeepEqualTo(new String[][] {{"api", "companies"}});
        var segments = List.of("api", "freelancers", "42");
        assertThat(PathFirstHandlerMapping.anyStartsWith(segments, new String[][] {{"api", "companies"}})).isFalse();
        assertThat(PathFirstHandlerMapping.anyStartsWith(segments, new String[][] {{"api", "companies"}, {"api"}})).isTrue();
        assertThat(PathFirstHandlerMapping.anyStartsWith(List.of("api"), new String[][] {{"api", "companies"}})).isTrue();
    }

    @Test
    void aRequestPathsLeadingSegmentsAreComparedAsPatternsCompareThem() {
        assertThat(PathFirstHandlerMapping.leadingSegments(PathContainer.parsePath("/api/freelancers/abc;v=1/direct-work")))
                .containsExactly("api", "freelancers", "abc");
        assertThat(PathFirstHandlerMapping.leadingSegments(PathContainer.parsePath("/api/caf%C3%A9"))).containsExactly("api", "café");
        assertThat(PathFirstHandlerMapping.leadingSegments(PathContainer.parsePath("/api"))).containsExactly("api");
        assertThat(PathFirstHandlerMapping.leadingSegments(PathContainer.parsePath("//api/companies"))).isNull();
    }
}
