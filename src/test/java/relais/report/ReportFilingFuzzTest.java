package relais.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import relais.guard.GuardManagement;
import relais.guard.VerdictTexts;
import relais.report.internal.ReportLimits;
import relais.shared.InvalidInputException;
import relais.shared.PlatformDates;
import relais.support.FuzzUsers;
import relais.support.JsonBodies;

class ReportFilingFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final GuardManagement GUARD = mock(GuardManagement.class);
    private static final ReportFiling FILING = new ReportFiling(mock(Cases.class), mock(ReportLimits.class), GUARD,
            mock(VerdictTexts.class), FuzzUsers.NOW);

    static {
        when(GUARD.checkPerson(any(), any(), any(), anyBoolean())).thenThrow(AskedTheGuard.class);
        when(GUARD.checkEmail(any(), any(), any(), anyBoolean())).thenThrow(AskedTheGuard.class);
    }

    static class AskedTheGuard extends RuntimeException {
    }

    @FuzzTest(maxDuration = "2m")
    void aReportBodyIsRefusedByFieldOrJudgedByTheGuard(byte[] body) {
        ReportRequest request = null;
        try {
            request = JsonBodies.required(body, ReportRequest.class);
            FILING.file(FuzzUsers.FREELANCER, request);
        } catch (HttpMessageNotReadableException | InvalidInputException refused) {
            return;
        } catch (AskedTheGuard asked) {
            assertThat(request.channel()).isNotNull();
            assertThat(PlatformDates.contains(request.receivedOn())).isTrue();
            assertThat(request.receivedOn()).isBeforeOrEqualTo(TODAY);
            return;
        }
        throw new AssertionError("a report was filed without the guard's verdict");
    }
}
