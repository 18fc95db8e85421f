package relais.company.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.company.Company;
import relais.company.CompanyGroup;
import relais.company.CompanyId;
import relais.company.PaymentTerms;
import relais.database.IdQueries;
import relais.shared.VatNumber;
import relais.shared.EmailAddress;
import relais.shared.Siren;
import relais.shared.Siret;

@Repository
public class CompanyRows {

    private static final String SELECT = """
            select c.id, c.name, c.siren, c.siret, c.vat_number, c.billing_address, c.invoice_email, c.po_required, c.group_id,
                   c.payment_terms, c.commission_rate,
                   coalesce((select array_agg(d.domain::text order by d.domain) from company_domain d where d.company_id = c.id), '{}') as domains
            from company c""";

    private final JdbcClient jdbc;

    CompanyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Company company) {
        jdbc.sql("""
                insert into company (id, name, siren, siret, vat_number, billing_address, invoice_email, po_required, group_id,
                                     payment_terms, commission_rate)
                values (:id, :name, :siren, :siret, :vat, :address, :invoiceEmail, :po, :group, :terms, :commission)""")
                .paramSource(params(company)).update();
        insertDomains(company);
    }

    public void update(Company company) {
        jdbc.sql("""
                update company set name = :name, siren = :siren, siret = :siret, vat_number = :vat, billing_address = :address,
                       invoice_email = :invoiceEmail, po_required = :po, group_id = :group,
                       payment_terms = :terms, commission_rate = :commission where id = :id""")
                .paramSource(params(company)).update();
        jdbc.sql("delete from company_domain where company_id = :id").param("id", company.id().value()).update();
        insertDomains(company);
    }

    private void insertDomains(Company company) {
        for (String domain : company.emailDomains()) {
            jdbc.sql("insert into company_domain (domain, company_id) values (:domain, :id)")
                    .param("domain", domain).param("id", company.id().value()).update();
        }
    }

    private static Map<String, Object> params(Company company) {
        var params = new LinkedHashMap<String, Object>();
        params.put("id", company.id().value());
        params.put("name", company.name());
        params.put("siren", company.siren().value());
        params.put("siret", company.siret() == null ? null : company.siret().value());
        params.put("vat", company.vatNumber() == null ? null : company.vatNumber().value());
        params.put("address", company.billingAddress());
        params.put("invoiceEmail", company.invoiceEmail() == null ? null : company.invoiceEmail().value());
        params.put("po", company.poRequired());
        params.put("group", company.groupId());
        params.put("terms", company.paymentTerms().name());
        params.put("commission", company.commissionRate());
        return params;
    }

    public Optional<Company> byId(CompanyId id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id.value()).query(CompanyRows::company).optional();
    }

    public List<Company> byIds(Collection<UUID> ids) {
        return IdQueries.byIds(jdbc, SELECT + " where c.id = any(:ids)", ids, CompanyRows::company);
    }

    public Optional<Company> byDomain(String domain) {
        return jdbc.sql(SELECT + " where c.id = (select company_id from company_domain where domain = :domain)")
                .param("domain", domain).query(CompanyRows::company).optional();
    }

    public boolean sirenTaken(String siren, CompanyId except) {
        return jdbc.sql("select exists (select 1 from company where siren = :siren and id <> :except)")
                .param("siren", siren).param("except", except == null ? new UUID(0, 0) : except.value())
                .query(Boolean.class).single();
    }

    public List<String> domainsTakenByOthers(List<String> domains, CompanyId except) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select domain::text from company_domain where domain = any(:domains::citext[]) and company_id <> :except")
                .param("domains", domains.toArray(String[]::new))
                .param("except", except == null ? new UUID(0, 0) : except.value())
                .query(String.class).list();
    }

    public List<Company> search(String query, int limit) {
        String like = "%" + (query == null ? "" : query.trim().toLowerCase()) + "%";
        return jdbc.sql(SELECT + "\n" + """
                 where lower(c.name) like :like or c.siren like :like
                    or exists (select 1 from company_domain d where d.company_id = c.id and d.domain like :like)
                 order by lower(c.name) limit :limit""")
                .param("like", like).param("limit", limit).query(CompanyRows::company).list();
    }

    public void insertGroup(CompanyGroup group) {
        jdbc.sql("insert into company_group (id, name) values (:id, :name)").param("id", group.id())
                .param("name", group.name()).update();
    }

    public Optional<CompanyGroup> group(UUID id) {
        return jdbc.sql("select id, name from company_group where id = :id").param("id", id)
                .query((rs, n) -> new CompanyGroup(rs.getObject("id", UUID.class), rs.getString("name"))).optional();
    }

    public List<CompanyGroup> groups() {
        return jdbc.sql("select id, name from company_group order by lower(name)")
                .query((rs, n) -> new CompanyGroup(rs.getObject("id", UUID.class), rs.getString("name"))).list();
    }

    public boolean groupNameTaken(String name) {
        return jdbc.sql("select exists (select 1 from company_group where lower(name) = lower(:name))").param("name", name)
                .query(Boolean.class).single();
    }

    static Company company(ResultSet rs, int row) throws SQLException {
        String siret = rs.getString("siret");
        String vat = rs.getString("vat_number");
        String invoiceEmail = rs.getString("invoice_email");
        var domains = new ArrayList<String>();
        for (Object domain : (Object[]) rs.getArray("domains").getArray()) {
            domains.add((String) domain);
        }
        return new Company(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("name"),
                new Siren(rs.getString("siren")), siret == null ? null : new Siret(siret),
                vat == null ? null : new VatNumber(vat), rs.getString("billing_address"),
                invoiceEmail == null ? null : new EmailAddress(invoiceEmail), rs.getBoolean("po_required"),
                rs.getObject("group_id", UUID.class), domains, PaymentTerms.valueOf(rs.getString("payment_terms")),
                rs.getBigDecimal("commission_rate"));
    }
}
