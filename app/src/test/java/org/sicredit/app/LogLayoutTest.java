package org.sicredit.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One line per event, readable or JSON, and never a resident ID number in clear — in the message or an error's. */
class LogLayoutTest {

    private static final String ID_NUMBER = "11010519491231002X";

    private final LogLayout layout = new LogLayout();
    private final LoggerContext context = new LoggerContext();

    @AfterEach
    void readable_again() {
        LogLayout.useJson(false);
    }

    @Test
    void a_readable_line_masks_the_id_number_in_the_message_and_in_every_cause() {
        String line = layout.doLayout(event());

        assertThat(line).doesNotContain(ID_NUMBER).contains("1101**********002X").contains("WARN ")
                .contains("Jobs  row of 1101**********002X refused").contains("IllegalStateException: ")
                .contains("← SQLException: duplicate key 1101**********002X").endsWith(System.lineSeparator());
        assertThat(line.lines()).hasSize(1);
    }

    @Test
    void a_json_line_is_one_object_with_the_same_masking() throws Exception {
        LogLayout.useJson(true);

        String line = layout.doLayout(event());

        assertThat(line.lines()).hasSize(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("logger").asText()).isEqualTo("org.sicredit.app.Jobs");
        assertThat(json.get("message").asText()).isEqualTo("row of 1101**********002X refused");
        assertThat(json.get("error").asText()).contains("1101**********002X").doesNotContain(ID_NUMBER);
        assertThat(json.get("ts").asText()).endsWith("+08:00");
    }

    private LoggingEvent event() {
        java.sql.SQLException cause = new java.sql.SQLException("duplicate key " + ID_NUMBER);
        LoggingEvent event = new LoggingEvent("org.sicredit.app.Jobs", context.getLogger("org.sicredit.app.Jobs"),
                Level.WARN, "row of {} refused", new IllegalStateException("storing " + ID_NUMBER, cause),
                new Object[] {ID_NUMBER});
        event.setTimeStamp(1_595_000_000_000L);
        return event;
    }
}
