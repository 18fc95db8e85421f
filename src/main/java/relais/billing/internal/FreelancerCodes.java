package relais.billing.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.freelancer.FreelancerId;

/**
 * The short code naming a freelancer's invoice series: their rank among invoiced freelancers, five digits
 * ("00017"), given on their first invoice and never changed, so their numbers read AF-00017-2026-0001.
 */
@Repository
public class FreelancerCodes {

    private final JdbcClient jdbc;

    FreelancerCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String codeOf(FreelancerId freelancer) {
        var given = jdbc.sql("select code from billing_freelancer_code where freelancer_id = :id")
                .param("id", freelancer.value()).query(String.class).optional();
        if (given.isPresent()) {
            return given.get(); // every invoice but a freelancer's first: one read, nothing written
        }
        jdbc.sql("""
                insert into billing_freelancer_code (freelancer_id, code)
                select :id, lpad(nextval('billing_freelancer_code_seq')::text, 5, '0')
                where not exists (select 1 from billing_freelancer_code where freelancer_id = :id)
                on conflict do nothing""").param("id", freelancer.value()).update();
        return jdbc.sql("select code from billing_freelancer_code where freelancer_id = :id")
                .param("id", freelancer.value()).query(String.class).single();
    }
}
