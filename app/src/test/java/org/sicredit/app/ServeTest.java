package org.sicredit.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve} on a fresh data directory: the first keys printed once, the API answering, a restart keeping both. */
class ServeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-07-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Pattern BUREAU_KEY = Pattern.compile("BUREAU +(sk_\\S+)");

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void serve_on_a_fresh_directory_prints_the_first_keys_once_and_a_restart_keeps_them(@TempDir Path data)
            throws Exception {
        AppSettings settings = AppSettings.resolve(Map.of("data.dir", data.toString(), "http.port", "0"),
                name -> null, new Properties());
        String printed;
        String key;
        try (ServeCommand.Running first = ServeCommand.start(settings, CLOCK, capture(), false)) {
            printed = output.toString(StandardCharsets.UTF_8);
            Matcher bureau = BUREAU_KEY.matcher(printed);
            assertThat(bureau.find()).as(printed).isTrue();
            key = bureau.group(1);
            assertThat(get(first.port(), "/api/v1/ready", null).statusCode()).isEqualTo(200);
            assertThat(get(first.port(), "/api/v1/objections", key).statusCode()).isEqualTo(200);
            assertThat(get(first.port(), "/api/v1/objections", null).statusCode()).isEqualTo(401);
        }
        output.reset();
        try (ServeCommand.Running again = ServeCommand.start(settings, CLOCK, capture(), true)) {
            String restarted = output.toString(StandardCharsets.UTF_8);

            assertThat(restarted).startsWith("sicredit serves http://127.0.0.1:").doesNotContain("sk_");
            assertThat(get(again.port(), "/api/v1/objections", key).statusCode()).isEqualTo(200);
        }
        assertThat(printed).contains("sicredit 已启动").contains("CENTRE").contains("OFFICER").contains("AUDITOR")
                .contains("PROVIDER");
        assertThat(data.resolve("sicredit.keys")).exists();
        assertThat(data.resolve("sicredit.mv.db")).exists();
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private PrintStream capture() {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(int port, String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
