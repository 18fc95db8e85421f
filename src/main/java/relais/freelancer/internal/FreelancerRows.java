package relais.freelancer.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.database.IdQueries;
import relais.freelancer.BankAccount;
import relais.freelancer.Freelancer;
import relais.freelancer.FreelancerId;
import relais.freelancer.VatStatus;
import relais.shared.EmailAddress;
import relais.shared.Money;
import relais.shared.Siret;
import relais.shared.VatNumber;

@Repository
public class FreelancerRows {

    private static final String SELECT = """
            select id, full_name, email, siret, iban, vat_status, vat_number, contract_signed_on, title, skills, day_rate, currency,
                   address, languages
            from freelancer""";

    private final JdbcClient jdbc;

    FreelancerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Freelancer freelancer) {
        jdbc.sql("""
                insert into freelancer (id, full_name, email, siret, iban, vat_status, vat_number, contract_signed_on, title, skills, day_rate, currency,
                                        address, languages)
                values (:id, :name, :email, :siret, :iban, :vatStatus, :vat, :contract, :title, :skills, :rate, :currency,
                        :address, :languages)""")
                .paramSource(params(freelancer)).update();
    }

    public void update(Freelancer freelancer) {
        jdbc.sql("""
                update freelancer set full_name = :name, email = :email, siret = :siret, iban = :iban, vat_status = :vatStatus,
                       vat_number = :vat, contract_signed_on = :contract, title = :title, skills = :skills, day_rate = :rate,
                       currency = :currency, address = :address, languages = :languages
                where id = :id""")
                .paramSource(params(freelancer)).update();
    }

    private static Map<String, Object> params(Freelancer f) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", f.id().value());
        params.put("name", f.fullName());
        params.put("email", f.email().value());
        params.put("siret", f.siret() == null ? null : f.siret().value());
        params.put("iban", f.bankAccount() == null ? null : f.bankAccount().iban());
        params.put("vatStatus", f.vatStatus() == null ? null : f.vatStatus().name());
        params.put("vat", f.vatNumber() == null ? null : f.vatNumber().value());
        params.put("contract", f.contractSignedOn());
        params.put("title", f.title());
        params.put("skills", f.skills().toArray(String[]::new));
        params.put("rate", f.dayRate() == null ? null : f.dayRate().amount());
        params.put("currency", f.dayRate() == null ? Money.EUR : f.dayRate().currency());
        params.put("address", f.address());
        params.put("languages", f.languages().toArray(String[]::new));
        return params;
    }

    public Optional<Freelancer> byId(FreelancerId id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id.value()).query(FreelancerRows::freelancer).optional();
    }

    public List<Freelancer> byIds(Collection<UUID> ids) {
        return IdQueries.byIds(jdbc, SELECT + " where id = any(:ids)", ids, FreelancerRows::freelancer);
    }

    public boolean emailTaken(String email, FreelancerId except) {
        return jdbc.sql("select exists (select 1 from freelancer where email = :email and id <> :except)")
                .param("email", email).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class).single();
    }

    public List<Freelancer> search(String query, int limit) {
        String like = "%" + (query == null ? "" : query.trim().toLowerCase()) + "%";
        return jdbc.sql(SELECT + "\n" + """
                 where lower(full_name) like :like or email like :like or lower(coalesce(title, '')) like :like
                    or exists (select 1 from unnest(skills) s where lower(s) like :like)
                 order by lower(full_name) limit :limit""")
                .param("like", like).param("limit", limit).query(FreelancerRows::freelancer).list();
    }

    static Freelancer freelancer(ResultSet rs, int row) throws SQLException {
        String siret = rs.getString("siret");
        String iban = rs.getString("iban");
        String vatStatus = rs.getString("vat_status");
        String vat = rs.getString("vat_number");
        Date contract = rs.getDate("contract_signed_on");
        var rate = rs.getBigDecimal("day_rate");
        String[] skills = (String[]) rs.getArray("skills").getArray();
        String[] languages = (String[]) rs.getArray("languages").getArray();
        return new Freelancer(new FreelancerId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
                new EmailAddress(rs.getString("email")), siret == null ? null : new Siret(siret),
                iban == null ? null : new BankAccount(iban), vatStatus == null ? null : VatStatus.valueOf(vatStatus),
                vat == null ? null : new VatNumber(vat), contract == null ? null : contract.toLocalDate(),
                rs.getString("title"), List.of(skills), rate == null ? null : new Money(rate, rs.getString("currency")),
                rs.getString("address"), List.of(languages));
    }
}
