package org.sicredit.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppSettingsTest {

    @Test
    void a_flag_beats_the_environment_which_beats_the_file_which_beats_the_default() {
        Properties file = new Properties();
        file.setProperty("http.port", "9000");
        file.setProperty("http.host", "0.0.0.0");
        file.setProperty("data.dir", "/srv/sicredit");
        Map<String, String> environment = Map.of("SICREDIT_HTTP_PORT", "9100", "SICREDIT_DB_URL",
                "jdbc:postgresql://db/sicredit", "SICREDIT_DATA", "/var/lib/sicredit");

        AppSettings settings = AppSettings.resolve(Map.of("http.port", "9200"), environment::get, file);

        assertThat(settings.port()).isEqualTo(9200);
        assertThat(settings.dbUrl()).contains("jdbc:postgresql://db/sicredit");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/sicredit"));
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.platformUrl()).isEmpty();
    }

    @Test
    void nothing_set_is_the_embedded_database_under_data_on_loopback_port_8080() {
        AppSettings settings = AppSettings.resolve(Map.of(), name -> null, new Properties());

        assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
        assertThat(settings.dbUrl()).isEmpty();
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void a_port_that_is_no_port_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> AppSettings.resolve(Map.of("http.port", "80a"), name -> null, new Properties()))
                .hasMessageContaining("http.port");
    }
}
