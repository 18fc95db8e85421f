package relais.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.account.AccountId;
import relais.payment.BankStatementId;
import relais.shared.Money;

/** The bank_statement and bank_statement_line tables. */
@Repository
@RequiredArgsConstructor
public class StatementRows {

    /** A stored credit line; {@code settled} once matched at import or settled by hand. */
    public record LineRow(UUID id, BankStatementId statementId, String statementReference, int position, Money amount,
            LocalDate bookedOn, String remittance, String debtorName, String entryReference, String unmatchedReason,
            boolean settled, String settlementNote) {
    }

    /** An imported statement with how many of its credit lines found invoices and how many wait for a person. */
    public record StatementRow(BankStatementId id, String messageId, String statementId, String accountIban,
            String version, Instant importedAt, int lines, int matched, int unsettled) {
    }

    private static final String LINE = """
            select l.*, s.statement_id as statement_reference from bank_statement_line l
            join bank_statement s on s.id = l.statement_id""";

    private final JdbcClient jdbc;

    public boolean exists(String messageId, String statementId) {
        return jdbc.sql("select count(*) from bank_statement where message_id = :m and statement_id = :s")
                .param("m", messageId).param("s", statementId).query(Integer.class).single() > 0;
    }

    public void insertStatement(BankStatementId id, CamtStatement statement, AccountId by, Instant at) {
        jdbc.sql("""
                insert into bank_statement (id, message_id, statement_id, account_iban, version, imported_by, imported_at)
                values (:id, :m, :s, :iban, :version, :by, :at)""")
                .param("id", id.value()).param("m", statement.messageId()).param("s", statement.statementId())
                .param("iban", statement.accountIban()).param("version", statement.version())
                .param("by", by.value()).param("at", Timestamp.from(at)).update();
    }

    /** Stores a line: settled at once when matched, else with the reason it was not. */
    public void insertLine(UUID id, BankStatementId statement, CamtStatement.Line line, String unmatchedReason,
            AccountId by, Instant at) {
        jdbc.sql("""
                insert into bank_statement_line (id, statement_id, position, amount, currency, booked_on, remittance,
                    debtor_name, entry_reference, settled_at, settled_by, unmatched_reason)
                values (:id, :statement, :position, :amount, :currency, :booked, :remittance, :debtor, :reference,
                    :settledAt, :settledBy, :reason)""")
                .param("id", id).param("statement", statement.value()).param("position", line.position())
                .param("amount", line.amount().amount()).param("currency", line.amount().currency())
                .param("booked", line.bookedOn()).param("remittance", line.remittance())
                .param("debtor", line.debtorName()).param("reference", line.entryReference())
                .param("settledAt", unmatchedReason == null ? Timestamp.from(at) : null)
                .param("settledBy", unmatchedReason == null ? by.value() : null)
                .param("reason", unmatchedReason).update();
    }

    public Optional<LineRow> lineLocked(UUID id) {
        return jdbc.sql(LINE + " where l.id = :id for update of l").param("id", id).query(StatementRows::line).optional();
    }

    public List<LineRow> unsettled(int limit) {
        return jdbc.sql(LINE + " where l.settled_at is null order by l.booked_on, s.imported_at, l.position limit :limit")
                .param("limit", limit).query(StatementRows::line).list();
    }

    public void settle(UUID id, AccountId by, Instant at, String note) {
        jdbc.sql("update bank_statement_line set settled_at = :at, settled_by = :by, settlement_note = :note where id = :id")
                .param("at", Timestamp.from(at)).param("by", by.value()).param("note", note).param("id", id).update();
    }

    public List<StatementRow> statements(int limit) {
        return jdbc.sql("""
                select s.*, count(l.id) as lines,
                       count(l.id) filter (where l.unmatched_reason is null) as matched,
                       count(l.id) filter (where l.settled_at is null) as unsettled
                from bank_statement s left join bank_statement_line l on l.statement_id = s.id
                group by s.id order by s.imported_at desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new StatementRow(new BankStatementId(rs.getObject("id", UUID.class)),
                        rs.getString("message_id"), rs.getString("statement_id"), rs.getString("account_iban"),
                        rs.getString("version"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("lines"),
                        rs.getInt("matched"), rs.getInt("unsettled")))
                .list();
    }

    private static LineRow line(ResultSet rs, int row) throws SQLException {
        return new LineRow(rs.getObject("id", UUID.class), new BankStatementId(rs.getObject("statement_id", UUID.class)),
                rs.getString("statement_reference"), rs.getInt("position"),
                new Money(rs.getBigDecimal("amount"), rs.getString("currency").strip()),
                rs.getObject("booked_on", LocalDate.class), rs.getString("remittance"), rs.getString("debtor_name"),
                rs.getString("entry_reference"), rs.getString("unmatched_reason"), rs.getTimestamp("settled_at") != null,
                rs.getString("settlement_note"));
    }
}
