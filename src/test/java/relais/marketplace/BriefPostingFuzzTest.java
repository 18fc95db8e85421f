package relais.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import relais.account.RelaisUser;
import relais.company.Company;
import relais.company.CompanyManagement;
import relais.freelancer.FreelancerManagement;
import relais.marketplace.internal.BriefRows;
import relais.marketplace.internal.CandidateSearch;
import relais.marketplace.internal.Notices;
import relais.marketplace.internal.ProposalRows;
import relais.marketplace.internal.QuoteNumbers;
import relais.shared.InvalidInputException;
import relais.support.FuzzUsers;
import relais.support.JsonBodies;

class BriefPostingFuzzTest {

    private static final CompanyManagement COMPANIES = mock(CompanyManagement.class);
    private static final Briefs BRIEFS = new Briefs(mock(BriefRows.class), mock(ProposalRows.class),
            mock(QuoteNumbers.class), COMPANIES, mock(FreelancerManagement.class), mock(Notices.class),
            mock(CandidateSearch.class), FuzzUsers.NOW);

    static {
        when(COMPANIES.company(any())).thenReturn(Optional.of(mock(Company.class)));
    }

    @FuzzTest(maxDuration = "2m")
    void aBriefBodyIsRefusedByFieldOrPostedWithinTheRules(FuzzedDataProvider data) {
        RelaisUser poster = data.consumeBoolean() ? FuzzUsers.CLIENT : FuzzUsers.MANAGER;
        byte[] body = data.consumeRemainingAsBytes();
        try {
            Brief brief = BRIEFS.post(JsonBodies.required(body, BriefRequest.class), poster);
            assertThat(brief.title()).isNotBlank();
            assertThat(brief.skills()).hasSizeBetween(1, 10);
            assertThat(brief.profilesWanted()).isBetween(1, 4);
        } catch (HttpMessageNotReadableException | InvalidInputException refused) {
            assertThat(refused).isNotNull();
        }
    }
}
