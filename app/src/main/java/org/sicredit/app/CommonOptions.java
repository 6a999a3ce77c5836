package org.sicredit.app;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The options every command takes: where the data is, which database, which language. */
final class CommonOptions {

    @Option(names = "--db", scope = ScopeType.INHERIT, description = "数据库 JDBC URL（默认：数据目录中的内嵌 H2）/ JDBC URL (default: the embedded H2)")
    private String db;

    @Option(names = "--data", scope = ScopeType.INHERIT, description = "数据目录 / the data directory (default ./data)")
    private Path data;

    @Option(names = "--lang", scope = ScopeType.INHERIT, description = "zh（默认）或 en / zh (default) or en")
    private String lang;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, description = "日志格式 text（默认）或 json / log lines: text "
            + "(default) or json")
    private String logFormat;

    Map<String, String> flags() {
        Map<String, String> flags = new HashMap<>();
        if (db != null) {
            flags.put("db.url", db);
        }
        if (logFormat != null) {
            flags.put("log.format", logFormat);
        }
        if (data != null) {
            flags.put("data.dir", data.toString());
        }
        return flags;
    }

    boolean english() {
        return "en".equalsIgnoreCase(lang);
    }
}
