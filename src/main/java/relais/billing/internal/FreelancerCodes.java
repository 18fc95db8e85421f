package relais.billing.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import relais.freelancer.FreelancerId;

/**
 * The short code naming a freelancer's invoice series: their rank among invoiced freelancers, five digits
 * ("00017"), given on their first invoice and never changed, so their numbers read AF-00017-2026-0001.
 */
@Repository
public class FreelancerCodes {

    private final JdbcClient jdbc;

    /**
     * Codes known to be committed (a code is never changed): a month end's validations then find the code without
     * a query. A code is kept only once the transaction that read or created it has committed, so a rollback never
     * leaves a code here that the database does not have.
     */
    private final Map<UUID, String> committed = new ConcurrentHashMap<>();

    FreelancerCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String codeOf(FreelancerId freelancer) {
        var known = committed.get(freelancer.value());
        if (known != null) {
            return known;
        }
        var given = jdbc.sql("select code from billing_freelancer_code where freelancer_id = :id")
                .param("id", freelancer.value()).query(String.class).optional();
        if (given.isPresent()) {
            return keptAfterCommit(freelancer, given.get());
        }
        jdbc.sql("""
                insert into billing_freelancer_code (freelancer_id, code)
                select :id, lpad(nextval('billing_freelancer_code_seq')::text, 5, '0')
                where not exists (select 1 from billing_freelancer_code where freelancer_id = :id)
                on conflict do nothing""").param("id", freelancer.value()).update();
        return keptAfterCommit(freelancer, jdbc.sql("select code from billing_freelancer_code where freelancer_id = :id")
                .param("id", freelancer.value()).query(String.class).single());
    }

    private String keptAfterCommit(FreelancerId freelancer, String code) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    committed.put(freelancer.value(), code);
                }
            });
        }
        return code;
    }
}
