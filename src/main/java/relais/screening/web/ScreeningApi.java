package relais.screening.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import relais.screening.MessageScreener;
import relais.shared.InputCheck;

/** The detector for any authenticated account: what would be flagged in a text, and where. */
@RestController
class ScreeningApi {

    /** {@code lang} is accepted as a hint and not needed: the detector reads French and English alike. */
    record ScreenRequest(String text, String lang) {
    }

    private final MessageScreener screener;

    ScreeningApi(MessageScreener screener) {
        this.screener = screener;
    }

    @PostMapping("/api/screening")
    ScreeningJson screen(@RequestBody ScreenRequest request) {
        var check = new InputCheck();
        check.required("text", request.text());
        check.throwIfInvalid();
        return ScreeningJson.of(screener.screen(request.text()));
    }
}
