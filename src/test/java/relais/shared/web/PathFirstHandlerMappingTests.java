package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import relais.support.Api;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/** The application looks its annotated handlers up path first, and still tells a wrong method from a wrong path. */
@IntegrationTest
class PathFirstHandlerMappingTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    Fixtures fixtures;

    @Test
    void theApplicationsMappingRulesOutByPathFirstAndStillAnswersAWrongMethodWith405() {
        assertThat(mapping).isInstanceOf(PathFirstHandlerMapping.class);
        String freelancer = fixtures.freelancerId("Path First", "path-first-" + Fixtures.next() + "@free.fr",
                Fixtures.PASSWORD);
        Api admin = fixtures.admin();

        assertThat(admin.get("/api/freelancers/" + freelancer + "/direct-work?email=x%40example.org").status())
                .isEqualTo(200);
        assertThat(admin.request("DELETE", "/api/freelancers/" + freelancer + "/direct-work", "{}").status()).isEqualTo(405);
        assertThat(admin.get("/api/freelancers/" + freelancer + "/no-such-thing").status()).isEqualTo(404);
    }
}
