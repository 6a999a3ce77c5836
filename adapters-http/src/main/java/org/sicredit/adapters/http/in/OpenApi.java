package org.sicredit.adapters.http.in;

import io.vavr.collection.List;
import org.sicredit.application.access.AccessPolicy;
import org.sicredit.domain.record.ActorRole;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0.3 document of the API, written from the same {@link Operation}s the router serves, so it cannot
 * name a path, a parameter or a body the server does not have; the schemas come from the JSON records themselves.
 * 3.0.3 rather than 3.1: the independent validator the tests check every request and response with
 * (swagger-request-validator) reads 3.0.
 */
final class OpenApi {

    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApi() {
    }

    static Map<String, Object> document(List<Operation> operations) {
        Map<String, Object> schemas = new TreeMap<>();
        schema(Problem.class, schemas);
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Operation operation : operations) {
            @SuppressWarnings("unchecked")
            Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(RestApi.BASE + operation.path(),
                    key -> new LinkedHashMap<>());
            path.put(operation.method().toLowerCase(java.util.Locale.ROOT), operation(operation, schemas));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "sicredit — 社会保险失信信息 API", "version", "1",
                "description", "Social-insurance dishonesty records under 沪人社规〔2018〕30号 and the Shanghai Social "
                        + "Credit Regulations. Every operation but the probes and this document needs "
                        + "'Authorization: Bearer <API key>'. Errors are application/problem+json with a stable code; "
                        + "titles and details follow Accept-Language (Chinese by default, English on request). "
                        + "POSTs take an Idempotency-Key; changes to a record, an objection or a repair take If-Match "
                        + "with the ETag read."));
        document.put("servers", java.util.List.of(Map.of("url", "/")));
        document.put("security", java.util.List.of(Map.of("apiKey", java.util.List.of())));
        document.put("paths", paths);
        document.put("components", Map.of("schemas", schemas, "securitySchemes", Map.of("apiKey",
                Map.of("type", "http", "scheme", "bearer", "description", "An API key issued by the Bureau"))));
        return document;
    }

    private static Map<String, Object> operation(Operation operation, Map<String, Object> schemas) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("operationId", operation.id());
        described.put("tags", java.util.List.of(operation.tag()));
        described.put("summary", operation.summary());
        operation.permission().forEach(permission -> {
            java.util.List<String> roles = AccessPolicy.roles(permission).filter(role -> role != ActorRole.SYSTEM)
                    .map(Enum::name).toSortedSet().toJavaList();
            described.put("description", "Permission " + permission + " — roles: " + String.join(", ", roles)
                    + (AccessPolicy.rule(permission).ownRecordsOnly() ? " (a provider: its own records only)" : ""));
            described.put("x-sicredit-roles", roles);
        });
        if (!operation.authenticated()) {
            described.put("security", java.util.List.of());
        }
        java.util.List<Object> parameters = new ArrayList<>();
        for (Operation.Param param : operation.params()) {
            parameters.add(parameter(param));
        }
        if (operation.isPost() && operation.authenticated()) {
            parameters.add(header("Idempotency-Key", "The same key and body again is answered as the first time; "
                    + "1–255 printable ASCII characters", Map.of("type", "string", "minLength", 1, "maxLength", 255)));
        }
        if (operation.versioned() && operation.status() != 201) {
            parameters.add(header("If-Match", "The ETag of the version read; a change made since is a 412",
                    Map.of("type", "string")));
        }
        parameters.add(header("Accept-Language", "zh (default) or en: the language of titles and details",
                Map.of("type", "string")));
        described.put("parameters", parameters);
        operation.body().forEach(type -> described.put("requestBody", Map.of("required", true,
                "content", Map.of(Json.MEDIA_TYPE, Map.of("schema", schema(type, schemas))))));
        if (!operation.uploadTypes().isEmpty()) {
            Map<String, Object> content = new LinkedHashMap<>();
            operation.uploadTypes().forEach(type -> content.put(type, Map.of("schema",
                    Map.of("type", "string", "format", "binary"))));
            described.put("requestBody", Map.of("required", true, "content", content));
        }
        described.put("responses", responses(operation, schemas));
        return described;
    }

    private static Map<String, Object> responses(Operation operation, Map<String, Object> schemas) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", operation.status() == 201 ? "Created" : "OK");
        Map<String, Object> content = new LinkedHashMap<>();
        operation.response().forEach(type -> content.put(Json.MEDIA_TYPE, Map.of("schema", schema(type, schemas))));
        operation.responseTypes().remove(Json.MEDIA_TYPE).forEach(type -> content.put(type,
                Map.of("schema", Map.of("type", "string", "format", "binary"))));
        success.put("content", content);
        Map<String, Object> headers = new LinkedHashMap<>();
        if (operation.versioned()) {
            headers.put("ETag", Map.of("description", "The version, for a later If-Match",
                    "schema", Map.of("type", "string")));
        }
        if (operation.status() == 201) {
            headers.put("Location", Map.of("description", "Where the new resource is",
                    "schema", Map.of("type", "string")));
        }
        if (!headers.isEmpty()) {
            success.put("headers", headers);
        }
        responses.put(String.valueOf(operation.status()), success);
        if (operation.id().equals("ready")) {
            responses.put("503", Map.of("description", "Not ready: which check failed", "content",
                    Map.of(Json.MEDIA_TYPE, Map.of("schema", schema(Views.Readiness.class, schemas)))));
        }
        responses.put("default", Map.of("description", "A problem (RFC 9457): 400 malformed, 401 no valid key, 403 "
                        + "not allowed, 404 not found, 409 not possible now, 412 changed since read, 413 too large, "
                        + "415 wrong media type, 422 breaks a rule, 429 too many requests, 500 fault, 503 busy",
                "content", Map.of(Problem.MEDIA_TYPE, Map.of("schema", Map.of("$ref", PROBLEM)))));
        return responses;
    }

    private static Map<String, Object> parameter(Operation.Param param) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", param.type());
        param.format().forEach(format -> schema.put("format", format));
        param.pattern().forEach(pattern -> schema.put("pattern", pattern));
        if (!param.values().isEmpty()) {
            schema.put("enum", param.values().toJavaList());
        }
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", param.name());
        described.put("in", param.inPath() ? "path" : "query");
        described.put("required", param.required());
        described.put("description", param.description());
        described.put("schema", schema);
        return described;
    }

    private static Map<String, Object> header(String name, String description, Map<String, Object> schema) {
        return Map.of("name", name, "in", "header", "required", false, "description", description,
                "schema", schema);
    }

    /** The schema of a Java type; a record becomes a component (all its fields required but those marked @Opt). */
    static Map<String, Object> schema(Type type, Map<String, Object> schemas) {
        if (type instanceof ParameterizedType generic) {
            Type raw = generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (raw == java.util.List.class) {
                return Map.of("type", "array", "items", schema(arguments[0], schemas));
            }
            if (raw == Map.class) {
                return Map.of("type", "object", "additionalProperties", schema(arguments[1], schemas));
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        Class<?> plain = (Class<?>) type;
        if (plain == Object.class) {
            return Map.of("type", "object");
        }
        if (plain == String.class) {
            return Map.of("type", "string");
        }
        if (plain == int.class || plain == Integer.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (plain == long.class || plain == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (plain.isRecord()) {
            String name = name(plain);
            Object known = schemas.get(name);
            if (known == null) {
                schemas.put(name, Map.of());
                schemas.put(name, record(plain, schemas));
            } else if (known instanceof Map<?, ?> map && map.containsKey("x-java") && !plain.getName().equals(map.get("x-java"))) {
                throw new IllegalStateException("two records named " + name);
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        throw new IllegalArgumentException("no schema for " + type);
    }

    private static Map<String, Object> record(Class<?> type, Map<String, Object> schemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        java.util.List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            properties.put(component.getName(), schema(component.getGenericType(), schemas));
            if (!component.isAnnotationPresent(Opt.class)) {
                required.add(component.getName());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private static String name(Class<?> type) {
        return type.getEnclosingClass() == Problem.class ? "Problem" + type.getSimpleName() : type.getSimpleName();
    }
}
