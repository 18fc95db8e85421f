package relais.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import relais.payment.Transfer;
import relais.payment.TransferId;
import relais.shared.Money;

/** SEPA transfers and their pain.001 files, written once when issued; only the bank's execution is added later. */
@Repository
public class TransferRows {

    private final JdbcClient jdbc;

    TransferRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Transfer t, UUID issuedBy, String xml) {
        jdbc.sql("""
                insert into transfer (id, message_id, payout_count, total, currency, requested_on, issued_by, issued_at)
                values (:id, :messageId, :count, :total, :currency, :requestedOn, :issuedBy, :issuedAt)""")
                .param("id", t.id().value()).param("messageId", t.messageId()).param("count", t.payoutCount())
                .param("total", t.total().amount()).param("currency", t.total().currency())
                .param("requestedOn", t.requestedOn()).param("issuedBy", issuedBy)
                .param("issuedAt", OffsetDateTime.ofInstant(t.issuedAt(), ZoneOffset.UTC)).update();
        jdbc.sql("insert into transfer_document (transfer_id, xml) values (:id, :xml)")
                .param("id", t.id().value()).param("xml", xml).update();
    }

    public Optional<Transfer> byId(TransferId id) {
        return jdbc.sql("select * from transfer where id = :id").param("id", id.value()).query(TransferRows::transfer)
                .optional();
    }

    public Optional<Transfer> lockedById(TransferId id) {
        return jdbc.sql("select * from transfer where id = :id for update").param("id", id.value())
                .query(TransferRows::transfer).optional();
    }

    public Optional<String> xml(TransferId id) {
        return jdbc.sql("select xml from transfer_document where transfer_id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    public void executed(TransferId id, LocalDate on, UUID by, Instant at) {
        jdbc.sql("""
                update transfer set executed_on = :on, confirmed_by = :by, confirmed_at = :at where id = :id""")
                .param("on", on).param("by", by).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", id.value()).update();
    }

    /** The latest transfers, newest first. */
    public List<Transfer> latest(int limit) {
        return jdbc.sql("select * from transfer order by issued_at desc, message_id desc limit :limit")
                .param("limit", limit).query(TransferRows::transfer).list();
    }

    static Transfer transfer(ResultSet rs, int row) throws SQLException {
        return new Transfer(new TransferId(rs.getObject("id", UUID.class)), rs.getString("message_id"),
                rs.getInt("payout_count"), new Money(rs.getBigDecimal("total"), rs.getString("currency")),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getObject("executed_on", LocalDate.class));
    }
}
