package relais.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.HttpMessageNotReadableException;
import relais.company.internal.CompanyRows;
import relais.company.internal.PersonRows;
import relais.shared.InvalidInputException;
import relais.support.JsonBodies;

class CompanyCreationFuzzTest {

    private static final CompanyRows ROWS = mock(CompanyRows.class);
    private static final CompanyManagement COMPANIES = new CompanyManagement(ROWS, mock(PersonRows.class),
            new BigDecimal("0.15"));

    static {
        when(ROWS.group(any())).thenReturn(Optional.of(mock(CompanyGroup.class)));
    }

    @FuzzTest(maxDuration = "2m")
    void aCompanyBodyIsRefusedByFieldOrRecordedWithItsIdentifiers(byte[] body) {
        try {
            Company company = COMPANIES.create(JsonBodies.required(body, CompanyDetails.class));
            assertThat(company.name()).isNotBlank();
            assertThat(company.siren()).isNotNull();
            assertThat(company.commissionRate()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        } catch (HttpMessageNotReadableException | InvalidInputException refused) {
            assertThat(refused).isNotNull();
        }
    }
}
