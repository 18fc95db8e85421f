package relais.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What comes after the filter asks the method as often as it likes; the wrapped request is asked once. */
class RequestMethodOnceTest {

    @Test
    void theMethodIsAskedOfTheWrappedRequestOnceAndAnsweredTheSameEveryTime() throws Exception {
        var asked = new AtomicInteger();
        var request = new HttpServletRequestWrapper(new MockHttpServletRequest("PATCH", "/api/things/1")) {
            @Override
            public String getMethod() {
                asked.incrementAndGet();
                return super.getMethod();
            }
        };
        var seen = new StringBuilder();
        var chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                for (int i = 0; i < 100; i++) {
                    seen.append(req.getMethod().equals("PATCH") ? "" : "?");
                }
                seen.append(req.getRequestURI());
            }
        });

        new RequestMethodOnce().doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(seen).hasToString("/api/things/1");
        assertThat(asked).hasValue(1);
        assertThat(chain.getRequest()).isInstanceOf(HttpServletRequest.class).isNotSameAs(request);
    }
}
