package relais.billing;

import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import relais.account.RelaisUser;
import relais.billing.internal.ActivityReportRows;

/**
 * The account managers' view of every mission's activity reports: those waiting for a client, oldest first (the
 * ones to chase or validate on the client's behalf), and the latest decided.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityReportRegister {

    private final JdbcClient jdbc;
    private final ActivityReportRows rows;

    public List<ActivityReport> waiting(RelaisUser manager, int limit) {
        return reports(manager, "select id from activity_report where status = 'SUBMITTED' order by submitted_at, id limit :limit", limit);
    }

    public List<ActivityReport> recentlyDecided(RelaisUser manager, int limit) {
        return reports(manager, """
                select id from activity_report where status <> 'SUBMITTED'
                order by coalesce(cancelled_at, decided_at) desc nulls last, id limit :limit
                """, limit);
    }

    private List<ActivityReport> reports(RelaisUser manager, String sql, int limit) {
        if (!manager.isAccountManager()) {
            return List.of();
        }
        return jdbc.sql(sql).param("limit", limit).query(UUID.class).list().stream()
                .flatMap(id -> rows.byId(new ActivityReportId(id)).stream()).toList();
    }
}
