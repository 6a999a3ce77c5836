package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.fixtures.Clocks;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;

import java.time.YearMonth;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.domain.fixtures.RecordFixture.BUREAU_OFFICER;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/** The schema holds the bounds of PlausibleDates: a month stored as -99 or a day in year 0001 is refused. */
class PlausibleDatesSchemaTest {

    @Test
    void h2_refuses_a_month_of_minus_99_and_a_day_of_year_0001() {
        DataSource h2 = DataSources.inMemoryH2("dates-" + System.nanoTime());
        refusesImplausibleDates(JdbcStores.migrate(h2, TestDatabases.KEYS, Policies.defaultBook()), h2);
    }

    @Test
    void postgresql_refuses_a_month_of_minus_99_and_a_day_of_year_0001() {
        refusesImplausibleDates(TestDatabases.postgres(), TestDatabases.postgresDataSource());
    }

    private static void refusesImplausibleDates(JdbcStores stores, DataSource database) {
        DishonestyRecord submitted = aRecord().documentNumber("DATES-1").build()
                .submit(YearMonth.of(2019, 4), BUREAU_OFFICER, Clocks.on(2019, 4, 25)).get().record();
        stores.records().saveAll(List.of(Save.created(submitted))).get();
        String row = " WHERE id = '" + submitted.id() + "'";

        assertThatThrownBy(() -> TestDatabases.execute(database, "UPDATE dishonesty_record SET status_period = -99"
                + row)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TestDatabases.execute(database, "UPDATE dishonesty_record SET status_period = 201913"
                + row)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TestDatabases.execute(database, "UPDATE dishonesty_record SET act_date = "
                + "DATE '0001-01-01'" + row)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TestDatabases.execute(database, "INSERT INTO submission_log (provider_code, period, "
                + "at, actor_id, added, unchanged, corrected, rejected) VALUES ('SHSI', -99, CURRENT_TIMESTAMP, "
                + "'clerk', 0, 0, 0, 0)")).isInstanceOf(IllegalStateException.class);
        assertThat(stores.records().findById(submitted.id()).get().state()).isEqualTo(submitted.state());
    }
}
