package org.sicredit.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.adapters.jdbc.crypto.KeyFile;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.policy.Policies;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

class H2KeyCheckTest extends KeyCheckContract {

    @TempDir
    Path dir;

    @Override
    protected HikariDataSource newDatabase() {
        return DataSources.inMemoryH2("keys-" + System.nanoTime());
    }

    @Test
    void the_embedded_default_whose_key_file_was_deleted_refuses_to_start_instead_of_making_new_keys()
            throws Exception {
        Path keys = dir.resolve("sicredit.keys");
        try (HikariDataSource database = DataSources.embeddedH2(dir)) {
            JdbcStores.migrate(database, KeyFile.loadOrCreate(keys), Policies.defaultBook()).records()
                    .saveAll(List.of(Save.created(aRecord().ofAnIndividual().fraudOf("12000.00").build()))).get();
        }
        String lost = KeyFile.read(keys).activeKeyId();
        Files.delete(keys);

        try (HikariDataSource database = DataSources.embeddedH2(dir)) {
            assertThatThrownBy(() -> JdbcStores.migrate(database, KeyFile.loadOrCreate(keys), Policies.defaultBook()))
                    .isInstanceOf(KeyRingMismatchException.class)
                    .hasMessageContaining(lost);
        }
        assertThat(KeyFile.read(keys).activeKeyId()).isNotEqualTo(lost);
    }
}
