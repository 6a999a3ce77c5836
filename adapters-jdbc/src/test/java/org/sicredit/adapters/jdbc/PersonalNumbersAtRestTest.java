package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.sicredit.application.port.out.RecordStorePort.Save;
import org.sicredit.domain.record.DishonestyRecord;
import org.sicredit.domain.subject.ResidentIdNumber;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sicredit.domain.fixtures.RecordFixture.aRecord;

/**
 * A dump of the database holds no resident ID number in clear — not in a record, not in an outbox message that quotes
 * one — yet every record reads back and is found by it.
 */
class PersonalNumbersAtRestTest {

    private static final String PERSON = "440524188001010014";
    private static final String LEGAL_REPRESENTATIVE = "11010519491231002X";
    private static final String CARD = "931840198503120013";
    private static final String PASSPORT = "M12345678";

    @Test
    void a_postgresql_dump_of_every_table_holds_no_resident_id_number_in_clear() throws Exception {
        JdbcStores stores = TestDatabases.postgres();
        storeBoth(stores);

        String dump = postgresDump(TestDatabases.postgresDataSource());

        assertThat(dump).contains("上海示例贸易有限公司").contains("9131000013221158XC");
        assertThat(dump).doesNotContain(PERSON).doesNotContain(LEGAL_REPRESENTATIVE)
                .doesNotContain(PERSON.substring(6, 14) + PERSON.substring(14))
                .doesNotContain(CARD).doesNotContain(PASSPORT);
        assertFoundAndReadable(stores);
    }

    @Test
    void an_h2_script_of_the_database_holds_no_resident_id_number_in_clear(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        var dataSource = DataSources.embeddedH2(dir);
        JdbcStores stores = JdbcStores.migrate(dataSource, TestDatabases.KEYS,
                org.sicredit.domain.policy.Policies.defaultBook());
        storeBoth(stores);
        Path script = dir.resolve("dump.sql");

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT TO '" + script.toString().replace("'", "''") + "'");
        }
        String dump = Files.readString(script, StandardCharsets.UTF_8);
        dataSource.close();

        assertThat(dump).contains("INSERT INTO").contains("9131000013221158XC");
        assertThat(dump).doesNotContain(PERSON).doesNotContain(LEGAL_REPRESENTATIVE).doesNotContain(CARD)
                .doesNotContain(PASSPORT);
        assertThat(new String(Files.readAllBytes(dir.resolve("sicredit.mv.db")), StandardCharsets.ISO_8859_1))
                .as("the database file itself").doesNotContain(PERSON).doesNotContain(LEGAL_REPRESENTATIVE)
                .doesNotContain(CARD).doesNotContain(PASSPORT);
    }

    private static void storeBoth(JdbcStores stores) {
        DishonestyRecord organisation = aRecord().build();
        DishonestyRecord person = aRecord().ofAnIndividual().fraudOf("12000.00").build();
        assertThat(((org.sicredit.domain.subject.Organisation) organisation.content().subject()).legalRepresentative()
                .residentIdNumber().value()).isEqualTo(LEGAL_REPRESENTATIVE);
        assertThat(person.content().subject().identifier().value()).isEqualTo(PERSON);
        DishonestyRecord resident = aRecord().of(org.sicredit.domain.subject.SubjectDraft.individual("John Smith",
                org.sicredit.domain.subject.IdentityDocument.FOREIGN_PERMANENT_RESIDENT_ID, CARD)).category(4)
                .amount(null).documentNumber("F-1").build();
        DishonestyRecord visitor = aRecord().of(org.sicredit.domain.subject.SubjectDraft.individual("Kim Minji",
                org.sicredit.domain.subject.IdentityDocument.PASSPORT, "KOR:" + PASSPORT)).category(4)
                .amount(null).documentNumber("F-2").build();
        stores.records().saveAll(List.of(Save.created(organisation), Save.created(person), Save.created(resident),
                Save.created(visitor))).get();
        stores.outbox().enqueue(new org.sicredit.application.port.out.OutboxPort.VerificationNotice(
                new org.sicredit.application.port.out.ProviderNotifierPort.VerificationRequest("SHSI",
                        new org.sicredit.domain.objection.ObjectionId("OBJ-1"), person.id(),
                        "本人（身份证" + PERSON + "）从未在该单位工作", java.time.LocalDate.of(2019, 5, 10))),
                java.time.Instant.parse("2019-05-01T02:00:00Z"));
        stores.apiKeys().add(new org.sicredit.application.port.out.ApiKeyPort.StoredKey("00000000000000a1",
                new byte[32], org.sicredit.domain.record.ActorRole.SUBJECT, io.vavr.control.Option.none(),
                io.vavr.control.Option.some(new ResidentIdNumber(PERSON)), "门户", java.time.Instant.EPOCH,
                io.vavr.control.Option.none())).get();
        stores.idempotencyKeys().claim("apikey:00000000000000a1", "k-1", new byte[32], java.time.Instant.EPOCH,
                java.time.Instant.EPOCH);
        stores.idempotencyKeys().answer("apikey:00000000000000a1", "k-1", new org.sicredit.application.port.out
                .IdempotencyPort.Answer(201, "application/json", ("{\"subject\":\"" + PERSON + "\"}")
                .getBytes(StandardCharsets.UTF_8), io.vavr.control.Option.none()));
    }

    private static void assertFoundAndReadable(JdbcStores stores) {
        assertThat(stores.records().findBySubject(new org.sicredit.domain.subject.ForeignPermanentResidentId(CARD))
                .single().content().subject().name().value()).isEqualTo("John Smith");
        assertThat(stores.records().findBySubject(new org.sicredit.domain.subject.PassportNumber("KOR", PASSPORT))
                .single().content().subject().name().value()).isEqualTo("Kim Minji");
        assertThat(stores.apiKeys().findById("00000000000000a1").get().subject()).contains(new ResidentIdNumber(PERSON));
        assertThat(stores.records().findBySubject(new ResidentIdNumber(PERSON)).single().content().subject()
                .identifier().value()).isEqualTo(PERSON);
    }

    /** What pg_dump's data section holds: every row of every table of the schema, as COPY text. */
    private static String postgresDump(DataSource dataSource) throws Exception {
        StringWriter dump = new StringWriter();
        try (Connection connection = dataSource.getConnection()) {
            PGConnection postgres = connection.unwrap(PGConnection.class);
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).contains("dishonesty_record", "audit_entry", "objection", "repair_application",
                    "api_key", "idempotency_key");
            for (String table : tables) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                postgres.getCopyAPI().copyOut("COPY " + table + " TO STDOUT", out);
                dump.append(out.toString(StandardCharsets.UTF_8));
            }
        }
        return dump.toString();
    }
}
