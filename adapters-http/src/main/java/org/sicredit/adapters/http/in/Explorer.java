package org.sicredit.adapters.http.in;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The API explorer: Swagger UI from its WebJar inside the jar (no CDN — the machines that serve this have no
 * internet), pointed at the API's own OpenAPI document. Only the files the page needs are served.
 */
final class Explorer {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> FILES = HashMap.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private Explorer() {
    }

    static void routes(JavalinConfig config, String base) {
        String version = webJarVersion();
        byte[] page = resource("explorer/index.html");
        byte[] initializer = resource("explorer/explorer-init.js");
        config.routes.get(base + "/explorer", context -> context.contentType("text/html; charset=utf-8").result(page));
        config.routes.get(base + "/explorer/explorer-init.js",
                context -> context.contentType("text/javascript").result(initializer));
        config.routes.get(base + "/explorer/{file}", context -> webJarFile(context, version));
    }

    private static void webJarFile(Context context, String version) {
        String file = context.pathParam("file");
        if (!FILES.containsKey(file)) {
            context.status(404);
            return;
        }
        context.contentType(FILES.get(file).get()).header("Cache-Control", "public, max-age=86400")
                .result(resource(WEBJAR + version + "/" + file));
    }

    private static String webJarVersion() {
        Properties properties = new Properties();
        try (InputStream in = Explorer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the API explorer needs org.webjars:swagger-ui on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Explorer.class.getClassLoader().getResourceAsStream(
                name.startsWith("META-INF") ? name : "org/sicredit/adapters/http/in/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
