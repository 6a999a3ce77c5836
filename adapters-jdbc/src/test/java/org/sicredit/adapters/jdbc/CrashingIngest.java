package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.sicredit.adapters.jdbc.crypto.KeyRing;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;
import org.sicredit.domain.record.DishonestyRecord;

import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * The process {@link CrashTest} kills: it stores one large submission in one transaction and is killed while the
 * database is writing it. Arguments: JDBC URL, user, password, rows, document-number prefix.
 */
public final class CrashingIngest {

    private CrashingIngest() {
    }

    public static void main(String[] args) {
        Seq<DishonestyRecord> submission = submission(args[4], Integer.parseInt(args[3]));
        var dataSource = DataSources.postgres(args[0] + "?ApplicationName=crashing-ingest", args[1], args[2]);
        JdbcStores stores = JdbcStores.migrate(dataSource, KeyRing.generate("crash"), Policies.defaultBook());
        System.out.println("INGESTING");
        System.out.flush();
        stores.records().saveAll(submission.map(Save::created)).get();
        System.out.println("COMMITTED");
        System.out.flush();
    }

    static Seq<DishonestyRecord> submission(String prefix, int rows) {
        return List.range(0, rows).map(i -> aRecord().documentNumber(prefix + i).build());
    }
}
