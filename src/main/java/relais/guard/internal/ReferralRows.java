package relais.guard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import relais.guard.DeclarerRole;
import relais.guard.engine.Verdicts;

@Repository
public class ReferralRows {

    private final JdbcClient jdbc;

    ReferralRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id is the caller's: a declaration chooses it beforehand for the referral it confirms. */
    public UUID insert(UUID id, UUID freelancerId, UUID referrerId, UUID referredId, LocalDate on, String note,
            DeclarerRole role, UUID declaredByAccount, String declaredByName) {
        jdbc.sql("""
                insert into referral (id, freelancer_id, referrer_id, referred_id, referred_on, note, declared_by_role,
                                      declared_by_account, declared_by_name)
                values (:id, :freelancer, :referrer, :referred, :on, :note, :role, :account, :name)""")
                .param("id", id).param("freelancer", freelancerId).param("referrer", referrerId)
                .param("referred", referredId).param("on", on).param("note", note).param("role", role.name())
                .param("account", declaredByAccount).param("name", declaredByName).update();
        return id;
    }

    /** Whether the freelancer ever had a mission with the company, or a referral reaching one of its people. */
    public boolean worksWith(UUID freelancerId, UUID companyId) {
        return jdbc.sql("""
                select exists (select 1 from mission where company_id = :company and freelancer_id = :freelancer)
                    or exists (select 1 from referral r
                               join person_employment e on e.person_id in (r.referrer_id, r.referred_id)
                               where r.freelancer_id = :freelancer and e.company_id = :company)""")
                .param("company", companyId).param("freelancer", freelancerId).query(Boolean.class).single();
    }

    /**
     * The freelancers bound, or once bound, with people who worked at the company: by a mission with it, or by a
     * referral reaching one of its people. Verdicts then decide who is bound now.
     */
    public List<UUID> freelancersTouching(UUID companyId) {
        return jdbc.sql("""
                select freelancer_id from mission where company_id = :company
                union
                select r.freelancer_id from referral r
                where r.referred_id in (select person_id from person_employment where company_id = :company)
                   or r.referrer_id in (select person_id from person_employment where company_id = :company)""")
                .param("company", companyId).query(UUID.class).list();
    }
}
