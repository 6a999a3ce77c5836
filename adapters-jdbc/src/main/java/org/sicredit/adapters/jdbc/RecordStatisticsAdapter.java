package org.sicredit.adapters.jdbc;

import io.vavr.collection.Seq;
import org.sicredit.application.port.out.RecordStatisticsPort;
import org.sicredit.domain.policy.Severity;

import java.time.YearMonth;

/** {@link RecordStatisticsPort} by one grouped query: the records themselves are never loaded. */
final class RecordStatisticsAdapter implements RecordStatisticsPort {

    private final TransactionAdapter transactions;

    RecordStatisticsAdapter(TransactionAdapter transactions) {
        this.transactions = transactions;
    }

    @Override
    public Seq<Tally> tally(YearMonth from, YearMonth to) {
        return transactions.readList(handle -> handle.createQuery("SELECT collected_month, category, severity, "
                        + "provider_code, status, COUNT(*) AS n FROM dishonesty_record "
                        + "WHERE collected_month BETWEEN :from AND :to "
                        + "GROUP BY collected_month, category, severity, provider_code, status "
                        + "ORDER BY collected_month, category, severity, provider_code, status")
                .bind("from", RecordRows.month(from)).bind("to", RecordRows.month(to))
                .map((row, context) -> new Tally(YearMonth.of(row.getInt(1) / 100, row.getInt(1) % 100),
                        row.getInt(2), Severity.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                        row.getLong(6)))
                .list());
    }
}
