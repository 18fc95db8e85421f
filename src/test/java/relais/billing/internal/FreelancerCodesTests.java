package relais.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import relais.freelancer.FreelancerId;
import relais.support.Fixtures;
import relais.support.IntegrationTest;

/**
 * A freelancer's code is remembered in memory so that a month end's validations do not read it again, but only once
 * the transaction that read or created it has committed: a rolled-back first invoice leaves nothing remembered.
 */
@IntegrationTest
class FreelancerCodesTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FreelancerCodes codes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeCreatedInATransactionRolledBackIsNotRemembered() {
        var freelancer = newFreelancer();
        transactions.executeWithoutResult(status -> {
            codes.codeOf(freelancer);
            status.setRollbackOnly();
        });
        assertThat(stored(freelancer)).isEmpty();

        String code = transactions.execute(status -> codes.codeOf(freelancer));

        assertThat(stored(freelancer)).containsExactly(code);
    }

    @Test
    void aCommittedCodeStaysTheFreelancersCode() {
        var freelancer = newFreelancer();

        String first = transactions.execute(status -> codes.codeOf(freelancer));
        String again = transactions.execute(status -> codes.codeOf(freelancer));
        String outsideATransaction = codes.codeOf(freelancer);

        assertThat(first).matches("\\d{5}");
        assertThat(List.of(again, outsideATransaction)).containsOnly(first);
        assertThat(stored(freelancer)).containsExactly(first);
    }

    private FreelancerId newFreelancer() {
        int n = Fixtures.next();
        return new FreelancerId(UUID.fromString(fixtures.freelancerId("Cody Coded", "codes-" + n + "@free.fr", null)));
    }

    private List<String> stored(FreelancerId freelancer) {
        return jdbc.sql("select code from billing_freelancer_code where freelancer_id = :id")
                .param("id", freelancer.value()).query(String.class).list();
    }
}
