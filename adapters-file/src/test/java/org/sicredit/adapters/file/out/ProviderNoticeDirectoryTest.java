package org.sicredit.adapters.file.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sicredit.application.fixtures.MutableClock;
import org.sicredit.application.port.out.ProviderNotifierPort.VerificationRequest;
import org.sicredit.domain.objection.ObjectionId;
import org.sicredit.domain.record.RecordId;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderNoticeDirectoryTest {

    @TempDir
    Path temporary;

    private final MutableClock clock = new MutableClock(LocalDate.of(2023, 7, 10));

    @Test
    void a_verification_request_is_one_owner_only_file_per_objection_in_the_providers_folder_delivered_once()
            throws Exception {
        ProviderNoticeDirectory notices = ProviderNoticeDirectory.at(temporary.resolve("notices"), clock);
        VerificationRequest request = new VerificationRequest("SHSI", new ObjectionId("obj-1"),
                new RecordId(UUID.fromString("3f0c1a52-9d4e-4b7a-8a51-0c6f2b9e1d01")), "欠费金额有误",
                LocalDate.of(2023, 7, 17));

        Instant first = notices.requestVerification(request).get();
        clock.setDay(LocalDate.of(2023, 7, 11));
        Instant again = notices.requestVerification(request).get();

        assertThat(again).isEqualTo(first);
        Path notice = temporary.resolve("notices").resolve("SHSI").resolve("obj-1.json");
        JsonNode json = new ObjectMapper().readTree(notice.toFile());
        assertThat(json.get("grounds").asText()).isEqualTo("欠费金额有误");
        assertThat(json.get("decisionDue").asText()).isEqualTo("2023-07-17");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(notice))).isEqualTo("rw-------");
        try (var files = Files.list(notice.getParent())) {
            assertThat(files).hasSize(1);
        }
    }
}
