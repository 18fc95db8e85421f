package relais.company.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.company.CompanyId;
import relais.company.Employment;
import relais.company.Person;
import relais.company.PersonId;
import relais.database.IdQueries;

@Repository
public class PersonRows {

    private static final String SELECT = """
            select p.id, p.full_name, p.company_id,
                   coalesce((select array_agg(e.email::text order by e.position) from person_email e where e.person_id = p.id), '{}') as emails,
                   coalesce((select array_agg(m.company_id order by m.from_date nulls first) from person_employment m where m.person_id = p.id), '{}') as move_companies,
                   coalesce((select array_agg(m.from_date order by m.from_date nulls first) from person_employment m where m.person_id = p.id), '{}') as move_dates
            from person p""";

    private final JdbcClient jdbc;

    PersonRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Person person) {
        jdbc.sql("insert into person (id, full_name, company_id) values (:id, :name, :company)")
                .param("id", person.id().value()).param("name", person.fullName())
                .param("company", person.companyId().value()).update();
        int position = 0;
        for (String email : person.emails()) {
            jdbc.sql("insert into person_email (email, person_id, position) values (:email, :person, :position)")
                    .param("email", email).param("person", person.id().value()).param("position", position++).update();
        }
        for (Employment employment : person.employments()) {
            addEmployment(person.id(), employment);
        }
    }

    public List<String> emailsTakenByOthers(List<String> emails, PersonId except) {
        return jdbc.sql("select email::text from person_email where email = any(:emails::citext[]) and person_id <> :except")
                .param("emails", emails.toArray(String[]::new)).param("except", except.value()).query(String.class).list();
    }

    public void update(PersonId id, String fullName, List<String> emails) {
        jdbc.sql("update person set full_name = :name where id = :id").param("name", fullName).param("id", id.value()).update();
        jdbc.sql("delete from person_email where person_id = :id").param("id", id.value()).update();
        int position = 0;
        for (String email : emails) {
            jdbc.sql("insert into person_email (email, person_id, position) values (:email, :person, :position)")
                    .param("email", email).param("person", id.value()).param("position", position++).update();
        }
    }

    public void addEmployment(PersonId person, Employment employment) {
        jdbc.sql("insert into person_employment (person_id, company_id, from_date) values (:person, :company, :from)")
                .param("person", person.value()).param("company", employment.companyId().value())
                .param("from", employment.from()).update();
    }

    public void setCurrentCompany(PersonId person, CompanyId company) {
        jdbc.sql("update person set company_id = :company where id = :id").param("company", company.value())
                .param("id", person.value()).update();
    }

    public Optional<Person> byId(PersonId id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id.value()).query(PersonRows::person).optional();
    }

    public List<Person> byIds(Collection<UUID> ids) {
        return IdQueries.byIds(jdbc, SELECT + " where p.id = any(:ids)", ids, PersonRows::person);
    }

    public Optional<Person> byEmail(String email) {
        return jdbc.sql(SELECT + " where p.id = (select person_id from person_email where email = :email)")
                .param("email", email.trim()).query(PersonRows::person).optional();
    }

    public List<String> emailsTaken(List<String> emails) {
        return jdbc.sql("select email::text from person_email where email = any(:emails::citext[])")
                .param("emails", emails.toArray(String[]::new)).query(String.class).list();
    }

    public List<Person> search(String query, UUID companyId, int limit) {
        String like = "%" + (query == null ? "" : query.trim().toLowerCase()) + "%";
        return jdbc.sql(SELECT + "\n" + """
                 where (lower(p.full_name) like :like
                        or exists (select 1 from person_email e where e.person_id = p.id and e.email like :like))
                   and (cast(:company as uuid) is null or p.company_id = :company)
                 order by lower(p.full_name) limit :limit""")
                .param("like", like).param("company", companyId).param("limit", limit)
                .query(PersonRows::person).list();
    }

    static Person person(ResultSet rs, int row) throws SQLException {
        var emails = new ArrayList<String>();
        for (Object email : (Object[]) rs.getArray("emails").getArray()) {
            emails.add((String) email);
        }
        var employments = new ArrayList<Employment>();
        Object[] companies = (Object[]) rs.getArray("move_companies").getArray();
        Object[] dates = arrayOf(rs.getArray("move_dates"));
        for (int i = 0; i < companies.length; i++) {
            employments.add(new Employment(new CompanyId((UUID) companies[i]), toLocalDate(dates[i])));
        }
        return new Person(new PersonId(rs.getObject("id", UUID.class)), rs.getString("full_name"), emails,
                new CompanyId(rs.getObject("company_id", UUID.class)), employments);
    }

    private static Object[] arrayOf(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value; // null: the undated first employment
    }
}
