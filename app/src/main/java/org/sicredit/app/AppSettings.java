package org.sicredit.app;

import io.vavr.control.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * What the program runs on, each setting taken from the first place that has it: a command-line flag, then the
 * environment, then {@code sicredit.properties} (in the working directory), then the default.
 *
 * <table>
 *   <caption>settings</caption>
 *   <tr><th>property</th><th>environment</th><th>flag</th><th>default</th></tr>
 *   <tr><td>data.dir</td><td>SICREDIT_DATA</td><td>--data</td><td>./data</td></tr>
 *   <tr><td>db.url</td><td>SICREDIT_DB_URL</td><td>--db</td><td>the embedded H2 in data.dir</td></tr>
 *   <tr><td>db.user / db.password</td><td>SICREDIT_DB_USER / SICREDIT_DB_PASSWORD</td><td></td><td>none</td></tr>
 *   <tr><td>http.host</td><td>SICREDIT_HTTP_HOST</td><td>--host</td><td>127.0.0.1</td></tr>
 *   <tr><td>http.port</td><td>SICREDIT_HTTP_PORT</td><td>--port</td><td>8080</td></tr>
 *   <tr><td>platform.url</td><td>SICREDIT_PLATFORM_URL</td><td></td><td>none: the exchange directory</td></tr>
 *   <tr><td>platform.token</td><td>SICREDIT_PLATFORM_TOKEN</td><td></td><td>none</td></tr>
 *   <tr><td>log.format</td><td>SICREDIT_LOG_FORMAT</td><td>--log-format</td><td>text (json: one JSON object a line)</td></tr>
 * </table>
 */
record AppSettings(Path dataDir, Option<String> dbUrl, Option<String> dbUser, Option<String> dbPassword, String host,
                   int port, Option<String> platformUrl, Option<String> platformToken, boolean jsonLogs) {

    static final String FILE = "sicredit.properties";

    /** The settings from {@code flags} (property name → value), the environment and the properties file. */
    static AppSettings resolve(Map<String, String> flags, Function<String, String> environment, Properties file) {
        Source source = new Source(flags, environment, file);
        return new AppSettings(Path.of(source.get("data.dir").getOrElse("data")), source.get("db.url"),
                source.get("db.user"), source.get("db.password"), source.get("http.host").getOrElse("127.0.0.1"),
                source.get("http.port").map(AppSettings::port).getOrElse(8080), source.get("platform.url"),
                source.get("platform.token"), source.get("log.format").map(AppSettings::jsonLogs).getOrElse(false));
    }

    /** {@code sicredit.properties} of {@code directory}, empty when there is none. */
    static Properties file(Path directory) {
        Properties properties = new Properties();
        Path file = directory.resolve(FILE);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return properties;
    }

    private static boolean jsonLogs(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new ProgramRefusal("SETTING_INVALID", "log.format 须为 text 或 json：" + value,
                    "log.format is text or json: " + value);
        };
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ProgramRefusal("SETTING_INVALID", "http.port 须为 0–65535 之间的整数：" + value,
                    "http.port is a number from 0 to 65535: " + value);
        }
    }

    @Override
    public String toString() {
        return "AppSettings[data " + dataDir + ", db " + dbUrl.map(AppSettings::redacted).getOrElse("embedded H2")
                + ", http " + host + ":" + port
                + ", platform " + platformUrl.getOrElse("exchange directory") + "]";
    }

    /** Where the data is and where the Platform is reached, for a person. */
    String describe(boolean english) {
        String database = dbUrl.map(AppSettings::redacted).getOrElse(() -> (english ? "embedded H2 in " : "内嵌 H2，")
                + dataDir);
        String platform = platformUrl.getOrElse(() -> (english ? "exchange directory " : "交换目录 ")
                + dataDir.resolve("exchange"));
        return english ? "database: " + database + "; Platform: " + platform
                : "数据库：" + database + "；平台：" + platform;
    }

    /** A JDBC URL as it may be shown: a password given in it is not. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    /** Where a setting is looked for, in order. */
    private record Source(Map<String, String> flags, Function<String, String> environment, Properties file) {

        Option<String> get(String property) {
            return Option.of(flags.get(property))
                    .orElse(() -> Option.of(environment.apply("SICREDIT_" + property.toUpperCase(java.util.Locale.ROOT)
                            .replace('.', '_').replace("DATA_DIR", "DATA"))))
                    .orElse(() -> Option.of(file.getProperty(property)))
                    .filter(value -> !value.isBlank());
        }
    }
}
