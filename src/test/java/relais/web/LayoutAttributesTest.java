package relais.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;

/** The layout's attributes (and the unread count's query) are for handlers that render a page, not for the API. */
class LayoutAttributesTest {

    @RestController
    static class Api {
        String json() {
            return "{}";
        }
    }

    @Controller
    static class Pages {
        String page() {
            return "page";
        }

        @ResponseBody
        String file() {
            return "bytes";
        }
    }

    @Test
    void onlyHandlersThatRenderAViewGetTheLayout() throws Exception {
        assertThat(LayoutAttributes.writesItsOwnBody(new HandlerMethod(new Api(), Api.class.getDeclaredMethod("json"))))
                .isTrue();
        assertThat(LayoutAttributes.writesItsOwnBody(new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod("file"))))
                .isTrue();
        assertThat(LayoutAttributes.writesItsOwnBody(new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod("page"))))
                .isFalse();
        assertThat(LayoutAttributes.writesItsOwnBody(null)).isFalse();
    }
}
