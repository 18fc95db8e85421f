package relais.marketplace.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import relais.account.RelaisUser;
import relais.marketplace.ProposalId;
import relais.marketplace.Proposals;

/** The devis as the API and the pages both hand it out: a PDF shown in the browser, named by its number. */
final class QuoteDownload {

    private QuoteDownload() {
    }

    static ResponseEntity<byte[]> of(Proposals proposals, ProposalId id, RelaisUser user, Locale locale) {
        var proposal = proposals.proposal(id, user);
        byte[] pdf = proposals.quotePdf(id, user, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"" + proposal.quoteNumber() + ".pdf\"").body(pdf);
    }
}
