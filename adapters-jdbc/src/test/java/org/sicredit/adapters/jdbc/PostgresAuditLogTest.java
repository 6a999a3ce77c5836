package org.sicredit.adapters.jdbc;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.sicredit.application.contract.AuditLogContract;
import org.sicredit.application.port.out.AuditLogPort.Action;
import org.sicredit.application.port.out.AuditLogPort.AuditEntry;
import org.sicredit.application.port.out.AuditLogPort;
import org.sicredit.domain.record.ActorRole;
import org.sicredit.domain.record.RecordId;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresAuditLogTest extends AuditLogContract {

    @Override
    protected AuditLogPort emptyLog() {
        return TestDatabases.postgres().auditLog();
    }

    @Test
    void the_database_itself_refuses_to_change_delete_or_truncate_the_audit_trail() {
        AuditLogPort log = emptyLog();
        RecordId record = new RecordId(UUID.randomUUID());
        log.append(new AuditEntry(Instant.parse("2019-04-25T02:00:00Z"), "officer-001", ActorRole.BUREAU,
                Action.LOOKUP, "核查", "9131000013221158XC", LocalDate.of(2019, 4, 25), List.of(record), false),
                List.of(org.sicredit.domain.subject.UnifiedSocialCreditCode.parse("9131000013221158XC").get()));

        for (String change : new String[] {"UPDATE audit_entry SET purpose = 'x'", "DELETE FROM audit_entry",
                "TRUNCATE audit_entry CASCADE", "UPDATE audit_entry_record SET position = 9",
                "DELETE FROM audit_entry_record", "TRUNCATE audit_entry_record",
                "UPDATE audit_entry_subject SET subject_key = 'x'", "DELETE FROM audit_entry_subject",
                "TRUNCATE audit_entry_subject"}) {
            assertThatThrownBy(() -> TestDatabases.execute(TestDatabases.postgresDataSource(), change))
                    .as(change).cause().isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42501");
                        assertThat(e.getMessage()).contains("审计记录只能追加", "append-only");
                    });
        }
        assertThat(log.entriesFor(record).map(AuditEntry::purpose)).containsExactly("核查");
    }
}
